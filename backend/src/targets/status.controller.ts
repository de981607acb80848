import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PublicStatus } from '../auth/auth.decorators.js';
import { Clock } from '../common/clock.js';
import { ApiZodQuery } from '../common/openapi.js';
import { parseInput } from '../common/validation.js';
import {
  historyQuery,
  historyQueryFields,
  historyRange,
  statusFilterQuery,
  toHistory,
  toStatusItem,
  toStatusTarget,
} from './targets.schemas.js';
import { TargetsService } from './targets.service.js';

/**
 * The unified availability status API: one scheme over every vendor. Its wire format is its own
 * published contract (camelCase `lastTimestamp`), not the snake_case of /api/v1.
 */
@ApiTags('public status')
@PublicStatus()
@Controller('status')
export class StatusController {
  constructor(
    private readonly targets: TargetsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Every target with its services; ?status=Outage keeps services in that status' })
  @ApiZodQuery(statusFilterQuery)
  @ApiOkResponse({
    schema: {
      example: {
        targets: [
          {
            name: 'github',
            endpoint: 'https://www.githubstatus.com/api/v2/summary.json',
            type: 'REST',
            status: 'OK',
            lastTimestamp: '2023-04-18T09:45:04.745Z',
            services: [
              {
                name: 'Git Operations',
                lastTimestamp: '2023-04-18T09:45:04.745Z',
                status: 'OK',
                dimensions: { rawStatus: 'operational', serviceId: '8l4ygp009s5s' },
              },
            ],
          },
        ],
      },
    },
  })
  async all(@Query() query: unknown) {
    const { status } = parseInput(statusFilterQuery, query);
    return { targets: (await this.targets.overview(status)).map(toStatusTarget) };
  }

  @Get(':target')
  @ApiOperation({ summary: "One target's services (case-insensitive name)" })
  @ApiZodQuery(statusFilterQuery)
  async target(@Param('target') target: string, @Query() query: unknown) {
    const { status } = parseInput(statusFilterQuery, query);
    const view = await this.targets.target(target, status);
    return view.services.map((s) => toStatusItem(view, s));
  }

  @Get(':target/:service')
  @ApiOperation({ summary: 'One service (case-insensitive, URL-encoded names)' })
  async service(@Param('target') target: string, @Param('service') service: string) {
    const found = await this.targets.service(target, service);
    return [toStatusItem(found.target, found.service)];
  }

  @Get(':target/:service/history')
  @ApiOperation({ summary: 'Status changes of one service in [from, to] (default: the last 24 hours)' })
  @ApiZodQuery(historyQueryFields)
  async history(@Param('target') target: string, @Param('service') service: string, @Query() query: unknown) {
    const { from, to } = historyRange(parseInput(historyQuery, query), this.clock.now());
    return toHistory(await this.targets.history(target, service, from, to));
  }
}
