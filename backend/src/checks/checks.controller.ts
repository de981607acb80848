import { Body, Controller, HttpCode, Param, Post, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { parseInput } from '../common/validation.js';
import {
  decodeCursor,
  dryRunBody,
  dryRunTarget,
  encodeCursor,
  endpointIdParam,
  listChecksQuery,
  toCheckWire,
} from './checks.schemas.js';
import { ChecksService } from './checks.service.js';

const EXAMPLE = {
  id: 1,
  endpoint_id: 7,
  checked_at: '2026-12-01T06:00:00.000Z',
  ok: true,
  degraded: false,
  status_code: 200,
  latency_ms: 42,
  dns_ms: 1,
  connect_ms: 3,
  tls_ms: 12,
  ttfb_ms: 25,
  size_bytes: 512,
  error_kind: null,
  error_message: null,
  attempts: 1,
  cert_expires_at: '2027-03-01T00:00:00.000Z',
  details: null,
};

@ApiTags('checks')
@Controller('v1')
export class ChecksController {
  constructor(private readonly checks: ChecksService) {}

  @Post('endpoints/:id/check')
  @HttpCode(200)
  @Roles('editor')
  @ApiOkResponse({ description: 'Runs one check now, records it and returns it.', schema: { example: EXAMPLE } })
  async checkNow(@Param('id') id: string) {
    return toCheckWire(await this.checks.checkNow(parseInput(endpointIdParam, id)));
  }

  @Post('checks/dry-run')
  @HttpCode(200)
  @Roles('editor')
  @ApiOkResponse({
    description: 'Checks an unsaved endpoint body; nothing is recorded.',
    schema: { example: { ...EXAMPLE, id: undefined, endpoint_id: undefined } },
  })
  async dryRun(@Body() body: unknown) {
    return toCheckWire(await this.checks.dryRun(dryRunTarget(parseInput(dryRunBody, body))));
  }

  @Get('endpoints/:id/checks')
  @ApiOkResponse({ schema: { example: { checks: [EXAMPLE], next_before: 'MjAyNi0xMi0wMVQwNjowMDowMC4wMDBafDE' } } })
  async list(@Param('id') id: string, @Query() query: unknown) {
    const endpointId = parseInput(endpointIdParam, id);
    const q = parseInput(listChecksQuery, query);
    const rows = await this.checks.listResults(endpointId, {
      limit: q.limit + 1,
      before: q.before ? decodeCursor(q.before) : undefined,
      from: q.from,
      to: q.to,
    });
    const page = rows.slice(0, q.limit);
    return {
      checks: page.map(toCheckWire),
      next_before: rows.length > q.limit ? encodeCursor(page[page.length - 1]!) : null,
    };
  }
}
