import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../common/validation.js';
import { createApiKeySchema, toApiKeyDto, toCreatedApiKeyDto } from './api-keys.schemas.js';
import { ApiKeysService } from './api-keys.service.js';
import { Roles } from './auth.decorators.js';
import { idParam } from './auth.schemas.js';
import { CurrentPrincipal, type Principal } from './principal.js';

@ApiTags('api-keys')
@ApiBearerAuth()
@Controller('v1/api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  /** Your keys; admins see everyone's. The key itself is never listed. */
  @Get()
  async list(@CurrentPrincipal() principal: Principal) {
    return { items: (await this.apiKeys.list(principal)).map(toApiKeyDto) };
  }

  /** Answers the key once; afterwards only its prefix is shown. */
  @Roles('editor')
  @Post()
  async create(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    const { row, key } = await this.apiKeys.create(principal, parseInput(createApiKeySchema, body));
    return toCreatedApiKeyDto(row, key);
  }

  @Roles('editor')
  @Delete(':id')
  @HttpCode(204)
  async revoke(@CurrentPrincipal() principal: Principal, @Param('id') id: string): Promise<void> {
    await this.apiKeys.revoke(principal, parseInput(idParam, id));
  }
}
