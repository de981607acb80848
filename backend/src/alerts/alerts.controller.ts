import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiZodQuery } from '../common/openapi.js';
import { parseInput } from '../common/validation.js';
import { AlertOutboxService } from './alert-outbox.service.js';
import { alertListQuerySchema, toAlertFilter, toAlertPage } from './alerts.schemas.js';

@ApiTags('alerts')
@Controller('v1/alerts')
export class AlertsController {
  constructor(private readonly outbox: AlertOutboxService) {}

  /** The alert history and delivery state, newest first; page on with `before_id=<next_before_id>`. */
  @Get()
  @ApiZodQuery(alertListQuerySchema)
  async list(@Query() query: unknown) {
    const filter = toAlertFilter(parseInput(alertListQuerySchema, query));
    return toAlertPage(await this.outbox.list(filter), filter.limit);
  }
}
