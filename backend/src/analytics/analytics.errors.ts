import { NotFound } from '../common/errors.js';

export class IncidentNotFound extends NotFound {
  constructor(id: number) {
    super('IncidentNotFound', `No incident with id ${id}.`);
  }
}

export class MaintenanceWindowNotFound extends NotFound {
  constructor(id: number) {
    super('MaintenanceWindowNotFound', `No maintenance window with id ${id}.`);
  }
}
