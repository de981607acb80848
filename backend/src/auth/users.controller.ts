import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { parseInput } from '../common/validation.js';
import { Roles } from './auth.decorators.js';
import { idParam, toUserDto } from './auth.schemas.js';
import { CurrentPrincipal, type Principal } from './principal.js';
import { createUserSchema, resetPasswordSchema, toUserWithInviteDto, updateUserSchema } from './users.schemas.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async list() {
    return { items: (await this.users.list()).map(toUserDto) };
  }

  @Post()
  async create(@Body() body: unknown) {
    return toUserWithInviteDto(await this.users.create(parseInput(createUserSchema, body)));
  }

  @Patch(':id')
  async update(@CurrentPrincipal() principal: Principal, @Param('id') id: string, @Body() body: unknown) {
    const changes = parseInput(updateUserSchema, body);
    return toUserDto(await this.users.update(principal, parseInput(idParam, id), changes));
  }

  @Post(':id/reset-password')
  async resetPassword(@Param('id') id: string, @Body() body: unknown) {
    const { password } = parseInput(resetPasswordSchema, body);
    return toUserWithInviteDto(await this.users.resetPassword(parseInput(idParam, id), password));
  }
}
