import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { DATABASE } from '../db/database.module.js';
import type { Database } from '../db/database.js';

const PING_TIMEOUT_MS = 2_000;

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(DATABASE) private readonly database: Database) {}

  /** Used by Docker, the deploy step and load balancers: 200 when the database answers, 503 otherwise. */
  @Get()
  @HttpCode(200)
  @ApiOkResponse({ schema: { example: { status: 'ok', db: 'up' } } })
  @ApiServiceUnavailableResponse({ schema: { example: { status: 'error', db: 'down' } } })
  async health(@Res({ passthrough: true }) res: Response): Promise<{ status: string; db: string }> {
    const up = await this.pingWithTimeout();
    res.setHeader('Cache-Control', 'no-store');
    if (!up) {
      res.status(503);
      return { status: 'error', db: 'down' };
    }
    return { status: 'ok', db: 'up' };
  }

  private async pingWithTimeout(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.database.ping().then(() => true), timeout]);
    } catch {
      return false;
    } finally {
      clearTimeout(timer);
    }
  }
}
