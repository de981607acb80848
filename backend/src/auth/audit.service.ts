import { Injectable, Logger } from '@nestjs/common';
import { AuditRepository, type AuditEntry, type AuditFilter, type NewAuditEntry } from './audit.repository.js';

/** The audit log: logins (by the auth service) and every successful API mutation (by the interceptor). */
@Injectable()
export class AuditService {
  private readonly logger = new Logger('Audit');

  constructor(private readonly repository: AuditRepository) {}

  /** Never fails the caller's request: a lost audit line is logged, not thrown. */
  async record(entry: NewAuditEntry): Promise<void> {
    try {
      await this.repository.insert(entry);
    } catch (error) {
      this.logger.error({ err: error, action: entry.action }, 'audit entry not stored');
    }
  }

  list(filter: AuditFilter): Promise<AuditEntry[]> {
    return this.repository.list(filter);
  }
}
