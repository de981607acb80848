import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/auth.decorators.js';
import { parseInput } from '../common/validation.js';
import { maintenanceInputSchema, toMaintenanceWire } from './maintenance.schemas.js';
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
  async get(@Param('id', ParseIntPipe) id: number) {
    const row = await this.maintenance.get(id);
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
  async update(@Param('id', ParseIntPipe) id: number, @Body() body: unknown) {
    const row = await this.maintenance.update(id, parseInput(maintenanceInputSchema, body));
    return toMaintenanceWire(row, this.maintenance.isActive(row));
  }

  @Delete(':id')
  @Roles('editor')
  @HttpCode(204)
  async delete(@Param('id', ParseIntPipe) id: number): Promise<void> {
    await this.maintenance.delete(id);
  }
}
