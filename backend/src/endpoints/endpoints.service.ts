import { Inject, Injectable } from '@nestjs/common';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { hasRole, type Role } from '../auth/auth.decorators.js';
import type { CheckTarget } from '../checks/check-target.js';
import { Clock } from '../common/clock.js';
import { DomainError, NotFound, ValidationFailed } from '../common/errors.js';
import { SecretBox } from '../common/secret-box.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import type { EndpointRow, NewEndpointRow } from '../db/schema.js';
import { ENDPOINT_CHANGED, type EndpointChange, type EndpointChangedEvent } from './endpoint.events.js';
import { definitionToColumns } from './endpoint-rows.js';
import { definitionToCheckTarget, rowToCheckTarget } from './endpoint-target.js';
import { validateEndpointBody, type EndpointDefinition, type FieldIssue } from './endpoint-validation.js';
import { EndpointsRepository, type EndpointListOptions } from './endpoints.repository.js';
import { rowToBody } from './endpoints.schemas.js';
import { hashPushToken, newPushToken, pingUrl } from './push-token.js';
import { openHeaders, sealHeaders } from './secret-headers.js';

export class EndpointNotFound extends NotFound {
  constructor(id: number) {
    super('EndpointNotFound', `No endpoint ${id}.`);
  }
}

/** 409: endpoints from the YAML file (CONFIG_PATH) change only by editing the file. */
export class EndpointManaged extends DomainError {
  constructor(row: EndpointRow) {
    super(409, 'EndpointManaged', `Endpoint ${row.id} is managed by the ${row.managedBy} file; change it there.`);
  }
}

export function toValidationFailed(issues: FieldIssue[]): ValidationFailed {
  return new ValidationFailed(
    issues.map((i) => ({ field: i.path.length ? i.path.join('.') : undefined, message: i.message })),
  );
}

@Injectable()
export class EndpointsService {
  constructor(
    private readonly repository: EndpointsRepository,
    private readonly box: SecretBox,
    private readonly events: EventEmitter2,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(options: EndpointListOptions) {
    return this.repository.list(options);
  }

  tags() {
    return this.repository.tagCounts();
  }

  async get(id: number): Promise<EndpointRow> {
    const row = await this.repository.findById(id);
    if (!row) throw new EndpointNotFound(id);
    return row;
  }

  /** Validates an unsaved body (400 naming every bad field): the dry run uses it with definitionToCheckTarget. */
  validate(body: unknown): EndpointDefinition {
    const result = validateEndpointBody(body);
    if (!result.ok) throw toValidationFailed(result.issues);
    return result.value;
  }

  /**
   * The check target of an unsaved body (the form's "Test" button). With `endpointId`, masked secret
   * headers the edit form sent back are filled in from that stored endpoint. Push monitors have none.
   */
  async dryRunTarget(body: unknown, endpointId?: number): Promise<CheckTarget> {
    const definition = this.validate(body);
    if (definition.kind === 'push') {
      throw toValidationFailed([{ path: ['kind'], message: 'a push monitor is not checked; it waits for pings' }]);
    }
    const stored = endpointId === undefined ? [] : (await this.get(endpointId)).headers;
    const sealed = sealHeaders(definition.headers, stored, this.box);
    if (sealed.issues.length) throw toValidationFailed(sealed.issues);
    return { ...definitionToCheckTarget(definition), headers: openHeaders(sealed.headers, this.box) };
  }

  /** The stored endpoint as the check engine runs it (secrets decrypted). */
  async checkTarget(id: number): Promise<CheckTarget> {
    return rowToCheckTarget(await this.get(id), this.box);
  }

  async create(body: unknown, managedBy: string | null = null): Promise<EndpointRow> {
    const definition = this.validate(body);
    const [row] = await this.repository.insert([this.newRow(definition, managedBy)]);
    return this.changed(row!, 'created');
  }

  /** PUT: the body replaces the definition (missing fields take their defaults). */
  async replace(id: number, body: unknown): Promise<EndpointRow> {
    const existing = await this.editable(id);
    return this.save(existing, this.validate(body));
  }

  /** PATCH: the body's fields are merged onto the stored definition, then the whole is validated. */
  async patch(id: number, body: unknown): Promise<EndpointRow> {
    const existing = await this.editable(id);
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw toValidationFailed([{ path: [], message: 'the body must be a JSON object' }]);
    }
    return this.save(existing, this.validate({ ...rowToBody(existing), ...body }));
  }

  async delete(id: number): Promise<void> {
    await this.editable(id);
    if (!(await this.repository.delete(id))) throw new EndpointNotFound(id);
    await this.emit(id, 'deleted');
  }

  /** Pause/resume are operational switches, allowed on managed endpoints too (a restart re-applies the file). */
  async setActive(id: number, active: boolean): Promise<EndpointRow> {
    const existing = await this.get(id);
    if (existing.isActive === active) return existing;
    const row = await this.repository.update(id, { isActive: active });
    if (!row) throw new EndpointNotFound(id);
    return this.changed(row, active ? 'resumed' : 'paused');
  }

  /**
   * The ping URL of a push monitor as this caller may see it (null for http endpoints). The token in
   * it is the only credential a ping needs, so whoever reads it can report the job as done: only
   * those who may edit the monitor (editors, admins) get it, viewers get null.
   */
  pingUrlFor(row: EndpointRow, role: Role): string | null {
    if (!row.pushTokenEncrypted || !hasRole(role, 'editor')) return null;
    return pingUrl(this.box.decrypt(row.pushTokenEncrypted), this.config.publicUrl);
  }

  /** The columns of a new row: sealed headers and, for push monitors, a fresh ping token. */
  newRow(definition: EndpointDefinition, managedBy: string | null): NewEndpointRow {
    const sealed = sealHeaders(definition.headers, [], this.box);
    if (sealed.issues.length) throw toValidationFailed(sealed.issues);
    const token = definition.kind === 'push' ? newPushToken() : null;
    return {
      ...definitionToColumns(definition, sealed.headers),
      managedBy,
      // Born inactive: PAUSED from the start (no transition happened, so no state change is recorded).
      ...(definition.isActive ? {} : { status: 'PAUSED' as const }),
      pushTokenHash: token && hashPushToken(token),
      pushTokenEncrypted: token && this.box.encrypt(token),
    };
  }

  /** The columns that change when an existing row takes a new definition. */
  updatedColumns(existing: EndpointRow, definition: EndpointDefinition): Partial<NewEndpointRow> {
    if (definition.kind !== existing.kind) {
      throw toValidationFailed([{ path: ['kind'], message: 'cannot be changed; create a new endpoint instead' }]);
    }
    const sealed = sealHeaders(definition.headers, existing.headers, this.box);
    if (sealed.issues.length) throw toValidationFailed(sealed.issues);
    return definitionToColumns(definition, sealed.headers);
  }

  private async save(existing: EndpointRow, definition: EndpointDefinition): Promise<EndpointRow> {
    const row = await this.repository.update(existing.id, this.updatedColumns(existing, definition));
    if (!row) throw new EndpointNotFound(existing.id);
    const flipped = row.isActive !== existing.isActive;
    return this.changed(row, flipped ? (row.isActive ? 'resumed' : 'paused') : 'updated');
  }

  private async editable(id: number): Promise<EndpointRow> {
    const row = await this.get(id);
    if (row.managedBy) throw new EndpointManaged(row);
    return row;
  }

  /** Emits the change and waits for its listeners (the scheduler records PAUSED/PENDING), then re-reads. */
  private async changed(row: EndpointRow, change: EndpointChange): Promise<EndpointRow> {
    await this.emit(row.id, change);
    return (await this.repository.findById(row.id)) ?? row;
  }

  async emit(endpointId: number, change: EndpointChange): Promise<void> {
    const event: EndpointChangedEvent = { endpointId, change, at: this.clock.now() };
    await this.events.emitAsync(ENDPOINT_CHANGED, event);
  }
}
