import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { ApiZodBody, ApiZodQuery } from '../common/openapi.js';
import { parseInput } from '../common/validation.js';
import { UsageTagsService } from './usage-tags.service.js';
import { createTagBody, seriesQuery, tagIdParam, toTagWire, updateTagBody } from './usage.schemas.js';

const parseId = (id: string) => parseInput(tagIdParam, id);

@ApiTags('usage')
@Controller('v1/usage/tags')
export class UsageTagsController {
  constructor(private readonly tags: UsageTagsService) {}

  @Get()
  async list() {
    return { data: (await this.tags.list()).map(toTagWire) };
  }

  @Post()
  @Roles('editor')
  @ApiZodBody(createTagBody)
  async create(@Body() body: unknown) {
    const input = parseInput(createTagBody, body);
    return toTagWire(await this.tags.create({ name: input.name, anonymousUpdates: input.anonymous_updates }));
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return toTagWire(await this.tags.get(parseId(id)));
  }

  @Patch(':id')
  @Roles('editor')
  @ApiZodBody(updateTagBody)
  async update(@Param('id') id: string, @Body() body: unknown) {
    const tagId = parseId(id);
    const input = parseInput(updateTagBody, body);
    const row = await this.tags.update(tagId, {
      name: input.name,
      isActive: input.is_active,
      anonymousUpdates: input.anonymous_updates,
    });
    return toTagWire(row);
  }

  @Delete(':id')
  @Roles('editor')
  @HttpCode(204)
  async delete(@Param('id') id: string) {
    await this.tags.delete(parseId(id));
  }

  @Get(':id/series')
  @ApiZodQuery(seriesQuery)
  async series(@Param('id') id: string, @Query() query: unknown) {
    const tagId = parseId(id);
    const input = parseInput(seriesQuery, query);
    const series = await this.tags.series(tagId, input.bucket, {
      from: input.from ? new Date(input.from) : undefined,
      to: input.to ? new Date(input.to) : undefined,
    });
    return {
      bucket: series.bucket,
      from: series.from.toISOString(),
      to: series.to.toISOString(),
      points: series.points.map((p) => ({ at: p.at.toISOString(), count: p.count })),
    };
  }
}
