import { Module } from '@nestjs/common';
import { ApiKeysService } from '../auth/api-keys.service.js';
import { AuthModule } from '../auth/auth.module.js';
import { Clock } from '../common/clock.js';
import { UsageCompatController } from './usage-compat.controller.js';
import { UsageCompatService } from './usage-compat.service.js';
import { UsageKeyVerifier } from './usage-key-verifier.js';
import { UsageTagsController } from './usage-tags.controller.js';
import { UsageTagsService } from './usage-tags.service.js';
import { UsageRepository } from './usage.repository.js';

@Module({
  imports: [AuthModule],
  controllers: [UsageCompatController, UsageTagsController],
  providers: [
    UsageRepository,
    UsageCompatService,
    UsageTagsService,
    Clock,
    { provide: UsageKeyVerifier, useExisting: ApiKeysService },
  ],
})
export class UsageModule {}
