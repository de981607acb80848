import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { SystemController } from './system.controller.js';
import { SystemRepository } from './system.repository.js';
import { SystemService } from './system.service.js';

@Module({ controllers: [SystemController], providers: [SystemService, SystemRepository, Clock] })
export class SystemModule {}
