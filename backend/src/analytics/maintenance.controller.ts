import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { parseInput } from '../common/validation.js';
import { maintenanceInputSchema, toMaintenanceWire } from './maintenance.schemas.js';
import { parseId } from './stats.schemas.js';
import { MaintenanceService } from './maintenance.service.js';

@ApiTags('maintenance')
@Controller('v1/maintenance')
export class MaintenanceController {
  constructor(private readonly maintenance: MaintenanceService) {}

  @Get()
  async list() {
    const rows = await this.maintenance.list();
    return { maintenance: rows.map((r) => toMaintenanceWire(r, this.maintenance.isActive(r))), total: rows.length };
  }

  @Get(':id')
  async get(@Param('id') id: string) {
    const row = await this.maintenance.get(parseId(id));
    return toMaintenanceWire(row, this.maintenance.isActive(row));
  }

  @Post()
  @Roles('editor')
  async create(@Body() body: unknown) {
    const row = await this.maintenance.create(parseInput(maintenanceInputSchema, body));
    return toMaintenanceWire(row, this.maintenance.isActive(row));
  }

  @Put(':id')
  @Roles('editor')
  async update(@Param('id') id: string, @Body() body: unknown) {
    const row = await this.maintenance.update(parseId(id), parseInput(maintenanceInputSchema, body));
    return toMaintenanceWire(row, this.maintenance.isActive(row));
  }

  @Delete(':id')
  @Roles('editor')
  @HttpCode(204)
  async delete(@Param('id') id: string): Promise<void> {
    await this.maintenance.delete(parseId(id));
  }
}
