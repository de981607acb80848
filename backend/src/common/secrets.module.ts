import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/config.schema.js';
import { loadOrCreateSecretFile, SecretBox } from './secret-box.js';

/** Provides the one SecretBox (APP_SECRET, or a secret generated once in DATA_DIR). */
@Global()
@Module({})
export class SecretsModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: SecretsModule,
      providers: [
        {
          provide: SecretBox,
          useFactory: async () =>
            new SecretBox(config.appSecret ?? (await loadOrCreateSecretFile(config.dataDir, 'app-secret'))),
        },
      ],
      exports: [SecretBox],
    };
  }
}
