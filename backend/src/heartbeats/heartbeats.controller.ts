import { All, Body, Controller, Param, Query, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { HeartbeatsService, type PingKind } from './heartbeats.service.js';
import { pingQuery, type PingInput } from './ping-input.js';

const METHODS = new Set(['GET', 'HEAD', 'POST']);
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

  @All(':token')
  @ApiOperation({ summary: 'A ping: records a check result (up unless status=down)' })
  ping(
    @Param('token') token: string,
    @Query() query: Record<string, unknown>,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.record('ping', token, pingFields(query, body), req, res);
  }

  @All(':token/fail')
  @ApiOperation({ summary: 'An explicit failure of the job' })
  fail(
    @Param('token') token: string,
    @Query() query: Record<string, unknown>,
    @Body() body: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ) {
    return this.record('fail', token, pingFields(query, body), req, res);
  }

  @All(':token/start')
  @ApiOperation({ summary: 'A run started: the next ping records its duration' })
  async start(@Param('token') token: string, @Req() req: Request, @Res() res: Response) {
    if (!METHODS.has(req.method)) return plain(res, 405, 'Use GET, POST or HEAD.');
    if (!(await this.heartbeats.start(token))) return plain(res, 404, UNKNOWN);
    plain(res, 200, 'OK');
  }

  private async record(kind: PingKind, token: string, fields: unknown, req: Request, res: Response) {
    if (!METHODS.has(req.method)) return plain(res, 405, 'Use GET, POST or HEAD.');
    const input = pingQuery.safeParse(fields);
    if (!input.success) {
      const problems = input.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ');
      return plain(res, 400, `Invalid ping: ${problems}`);
    }
    if (!(await this.heartbeats.ping(token, kind, input.data as PingInput))) return plain(res, 404, UNKNOWN);
    plain(res, 200, 'OK');
  }
}
