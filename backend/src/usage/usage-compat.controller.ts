import { Controller, Get, Headers, Query, Req, Res } from '@nestjs/common';
import { ApiHeader, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators.js';
import { verifiedApiKeyOf } from '../auth/principal.js';
import { UsageCompatService, type CompatReply, type CompatRequest } from './usage-compat.service.js';
import { historyPageQuery } from './usage.schemas.js';

type Query = Record<string, unknown>;

function compatRequest(req: Request, query: Query, headerKey: string | undefined): CompatRequest {
  const key = headerKey || (typeof query.key === 'string' ? query.key : undefined) || undefined;
  const verified = verifiedApiKeyOf(req);
  // The global guard already verified the header key: reuse its answer for exactly that key.
  return { tag: query.tag, key, verified: verified && verified.raw === key ? verified.identity : undefined };
}

function send(res: Response, { status, body, headers }: CompatReply): void {
  res.status(status).set(headers ?? {});
  // Only the history answers JSON; everything else is plain text, errors included.
  if (typeof body === 'string') res.type('text/plain').send(body);
  else res.json(body);
}

/**
 * The compatible usage API: plain-text bodies and status codes that existing callers depend on. Public
 * to the global guard because it authenticates itself (an API key, or nothing for anonymous updates).
 */
@ApiTags('usage')
@ApiHeader({ name: 'X-API-Key', required: false, description: 'or ?key=' })
@ApiQuery({ name: 'tag', required: true })
@Public()
@Controller()
export class UsageCompatController {
  constructor(private readonly usage: UsageCompatService) {}

  @Get(['create', 'v1/usage/create'])
  @ApiOperation({ summary: 'Create a tag: 200 "Tag Created Successfully", 409 "Tag already exists!"' })
  async create(
    @Req() req: Request,
    @Query() query: Query,
    @Headers('x-api-key') key: string | undefined,
    @Res() res: Response,
  ) {
    send(res, await this.usage.create(compatRequest(req, query, key)));
  }

  @Get(['update', 'v1/usage/update'])
  @ApiOperation({ summary: 'Count one use: 200 with the new count, 404 "Tag does not exist!"' })
  async update(
    @Req() req: Request,
    @Query() query: Query,
    @Headers('x-api-key') key: string | undefined,
    @Res() res: Response,
  ) {
    send(res, await this.usage.update(compatRequest(req, query, key)));
  }

  @Get(['get', 'v1/usage/get'])
  @ApiOperation({ summary: 'The count: 200 with the count, 404 "Tag does not exist!"' })
  async get(
    @Req() req: Request,
    @Query() query: Query,
    @Headers('x-api-key') key: string | undefined,
    @Res() res: Response,
  ) {
    send(res, await this.usage.get(compatRequest(req, query, key)));
  }

  @Get('history')
  @ApiOperation({ summary: 'The last 10,000 uses, oldest first: {"1":{"date":…}}; 404 "No Data Found!"' })
  async history(
    @Req() req: Request,
    @Query() query: Query,
    @Headers('x-api-key') key: string | undefined,
    @Res() res: Response,
  ) {
    send(res, await this.usage.history(compatRequest(req, query, key)));
  }

  @Get('v1/usage/history')
  @ApiOperation({ summary: 'Uses keyed by use number, paged by ?limit= (≤ 10,000) and ?before=<use number>' })
  @ApiQuery({ name: 'limit', required: false })
  @ApiQuery({ name: 'before', required: false })
  async historyPage(
    @Req() req: Request,
    @Query() query: Query,
    @Headers('x-api-key') key: string | undefined,
    @Res() res: Response,
  ) {
    const page = historyPageQuery.safeParse({ limit: query.limit, before: query.before });
    const paging = page.success ? { limit: page.data.limit, beforeSeq: page.data.before } : 'invalid';
    send(res, await this.usage.history(compatRequest(req, query, key), paging));
  }
}
