import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { Clock } from '../common/clock.js';
import { ApiZodBody } from '../common/openapi.js';
import { parseInput } from '../common/validation.js';
import type { TargetRow } from '../db/schema.js';
import { TargetsCollector } from './targets.collector.js';
import {
  createTargetBody,
  historyQuery,
  historyRange,
  intervalBody,
  toHistory,
  toTargetWire,
  updateTargetBody,
} from './targets.schemas.js';
import { TargetsService } from './targets.service.js';

/** Managing the public-status targets: anyone signed in reads, admins change. */
@ApiTags('targets')
@Controller('v1/targets')
export class TargetsController {
  constructor(
    private readonly targets: TargetsService,
    private readonly collector: TargetsCollector,
    private readonly clock: Clock,
  ) {}

  @Get()
  async list() {
    return { items: (await this.targets.list()).map((row) => this.wire(row)) };
  }

  @Get(':name')
  async get(@Param('name') name: string) {
    return this.wire(await this.targets.get(name));
  }

  @Post()
  @Roles('admin')
  @ApiZodBody(createTargetBody)
  async create(@Body() body: unknown) {
    return this.wire(await this.targets.create(parseInput(createTargetBody, body)));
  }

  @Put(':name')
  @Roles('admin')
  @ApiZodBody(updateTargetBody)
  async update(@Param('name') name: string, @Body() body: unknown) {
    return this.wire(await this.targets.update(name, parseInput(updateTargetBody, body)));
  }

  @Delete(':name')
  @Roles('admin')
  @HttpCode(204)
  async remove(@Param('name') name: string) {
    await this.targets.remove(name);
  }

  @Post(':name/enable')
  @Roles('admin')
  @HttpCode(200)
  async enable(@Param('name') name: string) {
    return this.wire(await this.targets.update(name, { enabled: true }));
  }

  @Post(':name/disable')
  @Roles('admin')
  @HttpCode(200)
  async disable(@Param('name') name: string) {
    return this.wire(await this.targets.update(name, { enabled: false }));
  }

  @Put(':name/interval')
  @Roles('admin')
  @ApiZodBody(intervalBody)
  async interval(@Param('name') name: string, @Body() body: unknown) {
    const { interval_seconds } = parseInput(intervalBody, body);
    return this.wire(await this.targets.update(name, { intervalSeconds: interval_seconds }));
  }

  @Post(':name/collect')
  @Roles('editor')
  @HttpCode(200)
  @ApiOperation({ summary: 'Collect this target now, whatever its interval' })
  async collect(@Param('name') name: string) {
    const result = await this.collector.collectNow(name);
    return { ...this.wire(await this.targets.get(name)), outcome: result.outcome };
  }

  @Get(':name/history')
  @ApiOperation({ summary: "Every service's status changes in [from, to], for the status strips" })
  async history(@Param('name') name: string, @Query() query: unknown) {
    const { from, to } = historyRange(parseInput(historyQuery, query), this.clock.now());
    return { items: (await this.targets.targetHistory(name, from, to)).map(toHistory) };
  }

  private wire(row: TargetRow) {
    const target = this.targets.build(row);
    return toTargetWire(row, target.endpoint, target.type);
  }
}
