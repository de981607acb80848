import { Module } from '@nestjs/common';
import { EventsController } from './events.controller.js';
import { LiveEventsService } from './live-events.service.js';

/** GET /api/v1/events: the live stream the UI updates its caches from. */
@Module({ controllers: [EventsController], providers: [LiveEventsService] })
export class EventsModule {}
