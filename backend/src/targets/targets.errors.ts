import { Conflict, NotFound } from '../common/errors.js';

export class TargetNotFound extends NotFound {
  constructor() {
    super('TargetNotFound', 'The specified target does not exist.');
  }
}

export class ServiceNotFound extends NotFound {
  constructor() {
    super('ServiceNotFound', 'The specified service does not exist.');
  }
}

export class TargetExists extends Conflict {
  constructor(name: string) {
    super('TargetExists', `A target named ${name} already exists.`);
  }
}

export class TargetManagedByConfig extends Conflict {
  constructor(name: string) {
    super('TargetManagedByConfig', `Target ${name} comes from the config file; change it there.`);
  }
}

export class BuiltinTargetNotDeletable extends Conflict {
  constructor(name: string) {
    super('BuiltinTargetNotDeletable', `Target ${name} is built in; disable it instead of deleting it.`);
  }
}
