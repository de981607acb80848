import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { SystemService } from './system.service.js';

@ApiTags('system')
@Controller('v1/system')
export class SystemController {
  constructor(private readonly system: SystemService) {}

  @Get()
  @ApiOkResponse({
    schema: {
      example: { version: '0.1.0', database: 'embedded', installed_at: '2026-11-23T08:00:00.000Z', started_at: '…' },
    },
  })
  get() {
    const info = this.system.info();
    return {
      version: info.version,
      database: info.database,
      environment: this.system.environment,
      installed_at: info.installedAt.toISOString(),
      started_at: info.startedAt.toISOString(),
    };
  }
}
