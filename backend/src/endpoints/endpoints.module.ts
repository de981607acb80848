import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { EndpointsConfigService } from './endpoints-config.service.js';
import { EndpointsController } from './endpoints.controller.js';
import { EndpointsRepository } from './endpoints.repository.js';
import { EndpointsService } from './endpoints.service.js';

/** Endpoint definitions: CRUD, pause/resume, the YAML file. Exports the service (check targets, validation). */
@Module({
  controllers: [EndpointsController],
  providers: [EndpointsService, EndpointsRepository, EndpointsConfigService, Clock],
  exports: [EndpointsService],
})
export class EndpointsModule {}
