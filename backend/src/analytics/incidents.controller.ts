import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Clock } from '../common/clock.js';
import { parseInput } from '../common/validation.js';
import { IncidentsService } from './incidents.service.js';
import { incidentsQuerySchema, parseId, toCheckWire, toIncidentWire } from './stats.schemas.js';

@ApiTags('incidents')
@Controller('v1/incidents')
export class IncidentsController {
  constructor(
    private readonly incidents: IncidentsService,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list(@Query() query: unknown) {
    const q = parseInput(incidentsQuerySchema, query);
    const { rows, total } = await this.incidents.list({
      endpointId: q.endpoint_id,
      open: q.open,
      from: q.from ? new Date(q.from) : undefined,
      to: q.to ? new Date(q.to) : undefined,
      limit: q.limit,
      offset: q.offset,
    });
    const now = this.clock.now();
    return { incidents: rows.map((r) => toIncidentWire(r, now)), total };
  }

  @Get(':id')
  async get(@Param('id') rawId: string) {
    const { incident, checks } = await this.incidents.get(parseId(rawId));
    return { ...toIncidentWire(incident, this.clock.now()), checks: checks.map(toCheckWire) };
  }
}
