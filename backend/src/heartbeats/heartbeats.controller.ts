import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { HeartbeatsService, type PingKind } from './heartbeats.service.js';
import { pingQuery } from './ping-input.js';

// One answer for every token that is not a push monitor's: nothing tells a wrong one from a deleted one.
const UNKNOWN = 'No push monitor has this ping URL.';

function plain(res: Response, status: number, text: string): void {
  res.status(status).type('text/plain').send(text);
}

/** The fields of a ping: the query string, with a POSTed form or JSON body filling the gaps. */
function pingFields(query: Record<string, unknown>, body: unknown): unknown {
  const posted = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const text = typeof body === 'string' && body.trim() ? { msg: body.trim().slice(0, 1000) } : {};
  return { ...text, ...posted, ...query };
}

/**
 * Heartbeat pings: `GET|POST|HEAD /api/v1/push/{token}` (optional status=up|down, msg=, duration_ms=),
 * `…/start` and `…/fail`. Public: the token is the credential. Each answers with a short plain text.
 */
@ApiTags('heartbeats')
@Public()
@Controller('v1/push')
export class HeartbeatsController {
  constructor(private readonly heartbeats: HeartbeatsService) {}

  // GET routes answer HEAD too (express), so curl -I and wget --spider work.
  @Get(':token')
  @ApiOperation({ summary: 'A ping: records a check result (up unless status=down)' })
  pingGet(@Req() req: Request, @Res() res: Response) {
    return this.record('ping', req, res);
  }

  @Post(':token')
  @ApiOperation({ summary: 'A ping (POST: form or JSON fields, or a text body as msg)' })
  pingPost(@Req() req: Request, @Res() res: Response) {
    return this.record('ping', req, res);
  }

  @Get(':token/fail')
  @ApiOperation({ summary: 'An explicit failure of the job' })
  failGet(@Req() req: Request, @Res() res: Response) {
    return this.record('fail', req, res);
  }

  @Post(':token/fail')
  @ApiOperation({ summary: 'An explicit failure of the job' })
  failPost(@Req() req: Request, @Res() res: Response) {
    return this.record('fail', req, res);
  }

  @Get(':token/start')
  @ApiOperation({ summary: 'A run started: the next ping records its duration' })
  startGet(@Req() req: Request, @Res() res: Response) {
    return this.start(req, res);
  }

  @Post(':token/start')
  @ApiOperation({ summary: 'A run started: the next ping records its duration' })
  startPost(@Req() req: Request, @Res() res: Response) {
    return this.start(req, res);
  }

  private async start(req: Request, res: Response) {
    if (!(await this.heartbeats.start(String(req.params.token)))) return plain(res, 404, UNKNOWN);
    plain(res, 200, 'OK');
  }

  private async record(kind: PingKind, req: Request, res: Response) {
    const input = pingQuery.safeParse(pingFields(req.query, req.body));
    if (!input.success) {
      const problems = input.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
      return plain(res, 400, `Invalid ping: ${problems}`);
    }
    if (!(await this.heartbeats.ping(String(req.params.token), kind, input.data))) return plain(res, 404, UNKNOWN);
    plain(res, 200, 'OK');
  }
}
