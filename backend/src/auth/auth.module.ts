import { Module, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { ThrottlerModule } from '@nestjs/throttler';
import cookieParser from 'cookie-parser';
import { Clock } from '../common/clock.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { AppConfig } from '../config/config.schema.js';
import { ApiKeysController } from './api-keys.controller.js';
import { ApiKeysRepository } from './api-keys.repository.js';
import { ApiKeysService } from './api-keys.service.js';
import { ApiThrottlerGuard } from './api-throttler.guard.js';
import { AuditController } from './audit.controller.js';
import { AuditInterceptor } from './audit.interceptor.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { jwtSigningKey, resolveJwtSecret } from './jwt-secret.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';
import { SessionsRepository } from './sessions.repository.js';
import { SessionsService } from './sessions.service.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

/**
 * Users, sessions, API keys and the audit log; installs the global guard (authentication and roles),
 * the general rate limit (after it, so it can count per caller) and the audit interceptor.
 * Exports ApiKeysService (verify keys that arrive another way, e.g. usage pings) and AuditService.
 */
@Module({
  imports: [
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: async (config: AppConfig) => ({ secret: jwtSigningKey(await resolveJwtSecret(config)) }),
    }),
    ThrottlerModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        throttlers: [{ name: 'api', ttl: 60_000, limit: Math.max(1, config.rateLimitPerMinute) }],
      }),
    }),
  ],
  controllers: [AuthController, UsersController, ApiKeysController, AuditController],
  providers: [
    Clock,
    PasswordHasher,
    LoginThrottle,
    UsersRepository,
    SessionsRepository,
    ApiKeysRepository,
    AuditRepository,
    SessionsService,
    AuthService,
    UsersService,
    ApiKeysService,
    AuditService,
    // Order matters: the auth guard identifies the caller that the rate limit counts.
    { provide: APP_GUARD, useClass: AuthGuard },
    { provide: APP_GUARD, useClass: ApiThrottlerGuard },
    { provide: APP_INTERCEPTOR, useClass: AuditInterceptor },
  ],
  exports: [ApiKeysService, AuditService],
})
export class AuthModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(cookieParser()).forRoutes(AuthController);
  }
}
