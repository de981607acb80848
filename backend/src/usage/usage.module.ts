import { Module } from '@nestjs/common';
import { Clock } from '../common/clock.js';
import { UsageCompatController } from './usage-compat.controller.js';
import { UsageCompatService } from './usage-compat.service.js';
import { NoApiKeysVerifier, UsageKeyVerifier } from './usage-key-verifier.js';
import { UsageTagsController } from './usage-tags.controller.js';
import { UsageTagsService } from './usage-tags.service.js';
import { UsageRepository } from './usage.repository.js';

@Module({
  controllers: [UsageCompatController, UsageTagsController],
  providers: [
    UsageRepository,
    UsageCompatService,
    UsageTagsService,
    Clock,
    { provide: UsageKeyVerifier, useClass: NoApiKeysVerifier },
  ],
})
export class UsageModule {}
