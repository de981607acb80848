import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { ApiZodBody, ApiZodQuery } from '../common/openapi.js';
import { parseInput } from '../common/validation.js';
import { idParamSchema } from './alert-channels.schemas.js';
import { ruleBodySchema, ruleListQuerySchema, toRuleInput, toRuleResponse } from './alert-rules.schemas.js';
import { AlertRulesService } from './alert-rules.service.js';

@ApiTags('alerts')
@Controller('v1/alert-rules')
export class AlertRulesController {
  constructor(private readonly rules: AlertRulesService) {}

  /** `?endpoint_id=` lists the rules that apply to that endpoint (by id, tag or default scope). */
  @Get()
  @ApiZodQuery(ruleListQuerySchema)
  async list(@Query() query: unknown) {
    const { endpoint_id } = parseInput(ruleListQuerySchema, query);
    return { items: (await this.rules.list({ endpointId: endpoint_id })).map(toRuleResponse) };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    return toRuleResponse(await this.rules.get(parseInput(idParamSchema, id)));
  }

  @Post()
  @Roles('editor')
  @ApiZodBody(ruleBodySchema)
  async create(@Body() body: unknown) {
    return toRuleResponse(await this.rules.create(toRuleInput(parseInput(ruleBodySchema, body))));
  }

  @Put(':id')
  @Roles('editor')
  @ApiZodBody(ruleBodySchema)
  async update(@Param('id') id: string, @Body() body: unknown) {
    const input = toRuleInput(parseInput(ruleBodySchema, body));
    return toRuleResponse(await this.rules.update(parseInput(idParamSchema, id), input));
  }

  @Delete(':id')
  @Roles('editor')
  @HttpCode(204)
  async delete(@Param('id') id: string) {
    await this.rules.delete(parseInput(idParamSchema, id));
  }
}
