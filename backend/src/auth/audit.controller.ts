import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../common/validation.js';
import { AuditService } from './audit.service.js';
import { auditQuerySchema, toAuditPage } from './audit.schemas.js';
import { Roles } from './auth.decorators.js';

@ApiTags('audit')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** Newest first; `before` (an entry id) pages further back. */
  @Get()
  async list(@Query() query: unknown) {
    const filter = parseInput(auditQuerySchema, query);
    return toAuditPage(await this.audit.list(filter), filter.limit);
  }
}
