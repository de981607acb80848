import { Controller, Get, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { LiveEventsService } from './live-events.service.js';

@ApiTags('events')
@ApiBearerAuth()
@Controller('v1/events')
export class EventsController {
  constructor(private readonly live: LiveEventsService) {}

  /** Authenticated by the global guard like every route: read it with fetch and a bearer header. */
  @Get()
  @ApiProduces('text/event-stream')
  @ApiOperation({
    summary:
      'Live updates (Server-Sent Events): `state` (state changes), `checks` (latest check per endpoint), `endpoint` (definition changes), batched at most twice a second; `: heartbeat` comments keep proxies from closing it',
  })
  stream(@Res() res: Response): void {
    this.live.attach(res);
  }
}
