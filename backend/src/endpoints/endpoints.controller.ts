import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { CurrentPrincipal, type Principal } from '../auth/principal.js';
import { parseInput } from '../common/validation.js';
import type { EndpointRow } from '../db/schema.js';
import { ENDPOINT_BODY_EXAMPLE, ENDPOINT_EXAMPLE } from './endpoints.openapi.js';
import { EndpointsService } from './endpoints.service.js';
import { idParamSchema, listQuerySchema, toEndpointWire } from './endpoints.schemas.js';

@ApiTags('endpoints')
@ApiBearerAuth()
@Controller('v1/endpoints')
export class EndpointsController {
  constructor(private readonly endpoints: EndpointsService) {}

  @Get()
  @ApiOperation({
    summary:
      'List endpoints: ?limit=&offset=&status=&tag=&kind=&q=&sort=[-]name|status|last_checked_at|latency|created_at',
  })
  @ApiOkResponse({ schema: { example: { endpoints: [ENDPOINT_EXAMPLE], total: 1 } } })
  async list(@Query() query: unknown, @CurrentPrincipal() caller: Principal) {
    const q = parseInput(listQuerySchema, query);
    const { rows, total } = await this.endpoints.list({
      limit: q.limit,
      offset: q.offset,
      statuses: q.status,
      tags: q.tag,
      kind: q.kind,
      nameContains: q.q,
      sort: q.sort,
    });
    return { endpoints: rows.map((row) => this.wire(row, caller)), total };
  }

  /** Declared before :id so that "tags" is not read as an id. */
  @Get('tags')
  @ApiOperation({ summary: 'Tags in use, with how many endpoints carry each: {"tags":[{"tag","count"}]}' })
  async tags() {
    return { tags: await this.endpoints.tags() };
  }

  @Post()
  @Roles('editor')
  @ApiBody({ schema: { example: ENDPOINT_BODY_EXAMPLE } })
  @ApiOkResponse({ schema: { example: ENDPOINT_EXAMPLE } })
  async create(@Body() body: unknown, @CurrentPrincipal() caller: Principal) {
    return this.wire(await this.endpoints.create(body), caller);
  }

  @Get(':id')
  @ApiOkResponse({ schema: { example: ENDPOINT_EXAMPLE } })
  async get(@Param() params: unknown, @CurrentPrincipal() caller: Principal) {
    return this.wire(await this.endpoints.get(parseInput(idParamSchema, params).id), caller);
  }

  @Put(':id')
  @Roles('editor')
  @ApiBody({ schema: { example: ENDPOINT_BODY_EXAMPLE } })
  @ApiOkResponse({ schema: { example: ENDPOINT_EXAMPLE } })
  async replace(@Param() params: unknown, @Body() body: unknown, @CurrentPrincipal() caller: Principal) {
    return this.wire(await this.endpoints.replace(parseInput(idParamSchema, params).id, body), caller);
  }

  @Patch(':id')
  @Roles('editor')
  @ApiBody({ schema: { example: ENDPOINT_BODY_EXAMPLE } })
  @ApiOkResponse({ schema: { example: ENDPOINT_EXAMPLE } })
  async patch(@Param() params: unknown, @Body() body: unknown, @CurrentPrincipal() caller: Principal) {
    return this.wire(await this.endpoints.patch(parseInput(idParamSchema, params).id, body), caller);
  }

  @Delete(':id')
  @Roles('editor')
  @HttpCode(204)
  async delete(@Param() params: unknown): Promise<void> {
    await this.endpoints.delete(parseInput(idParamSchema, params).id);
  }

  @Post(':id/pause')
  @Roles('editor')
  @HttpCode(200)
  async pause(@Param() params: unknown, @CurrentPrincipal() caller: Principal) {
    return this.wire(await this.endpoints.setActive(parseInput(idParamSchema, params).id, false), caller);
  }

  @Post(':id/resume')
  @Roles('editor')
  @HttpCode(200)
  async resume(@Param() params: unknown, @CurrentPrincipal() caller: Principal) {
    return this.wire(await this.endpoints.setActive(parseInput(idParamSchema, params).id, true), caller);
  }

  /** Every answer goes through here with its caller: what a row shows depends on who asks. */
  private wire(row: EndpointRow, caller: Principal) {
    return toEndpointWire(row, this.endpoints.pingUrlFor(row, caller.role));
  }
}
