import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { ApiZodBody } from '../common/openapi.js';
import { parseInput } from '../common/validation.js';
import {
  channelBodySchema,
  idParamSchema,
  toChannelInput,
  toChannelResponse,
  toTestResponse,
} from './alert-channels.schemas.js';
import { AlertChannelsService } from './alert-channels.service.js';

@ApiTags('alerts')
@Controller('v1/alert-channels')
export class AlertChannelsController {
  constructor(private readonly channels: AlertChannelsService) {}

  @Get()
  async list() {
    return { items: (await this.channels.list()).map(toChannelResponse) };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return toChannelResponse(await this.channels.get(parseInput(idParamSchema, id)));
  }

  @Post()
  @Roles('admin')
  @ApiZodBody(channelBodySchema)
  async create(@Body() body: unknown) {
    return toChannelResponse(await this.channels.create(toChannelInput(parseInput(channelBodySchema, body))));
  }

  @Put(':id')
  @Roles('admin')
  @ApiZodBody(channelBodySchema)
  async update(@Param('id') id: string, @Body() body: unknown) {
    const input = toChannelInput(parseInput(channelBodySchema, body));
    return toChannelResponse(await this.channels.update(parseInput(idParamSchema, id), input));
  }

  @Delete(':id')
  @Roles('admin')
  @HttpCode(204)
  async delete(@Param('id') id: string) {
    await this.channels.delete(parseInput(idParamSchema, id));
  }

  @Post(':id/test')
  @Roles('admin')
  @HttpCode(200)
  @ApiOkResponse({ schema: { example: { status: 'failed', detail: null, error: 'HTTP 500: oops', duration_ms: 12 } } })
  async test(@Param('id') id: string) {
    return toTestResponse(await this.channels.test(parseInput(idParamSchema, id)));
  }
}
