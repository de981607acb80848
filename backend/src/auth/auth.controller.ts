import { Body, Controller, Get, HttpCode, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { parseInput } from '../common/validation.js';
import { RateLimited } from './api-throttler.guard.js';
import { Public } from './auth.decorators.js';
import {
  acceptInviteSchema,
  changePasswordSchema,
  loginSchema,
  profileSchema,
  setupSchema,
  toMeResponse,
  toTokenResponse,
  toUserDto,
} from './auth.schemas.js';
import { AuthService } from './auth.service.js';
import { CurrentPrincipal, principalOf, type Principal } from './principal.js';
import type { ClientMeta, IssuedSession } from './sessions.service.js';

/** The httpOnly refresh cookie: sent only to the auth routes, never readable by scripts. */
export const REFRESH_COOKIE = 'apimon_refresh';
const COOKIE_PATH = '/api/v1/auth';

const TOKEN_EXAMPLE = {
  access_token: 'eyJhbGciOi…',
  token_type: 'Bearer',
  expires_in: 900,
  user: { id: 1, email: 'admin@example.com', name: 'Admin', role: 'admin' },
};

@ApiTags('auth')
@Controller('v1/auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Get('status')
  @ApiOkResponse({ schema: { example: { setup_required: false } } })
  async status() {
    return { setup_required: await this.auth.setupRequired() };
  }

  @Public()
  @RateLimited()
  @Post('setup')
  @ApiOkResponse({ schema: { example: TOKEN_EXAMPLE } })
  async setup(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.respond(req, res, await this.auth.setup(parseInput(setupSchema, body), meta(req)));
  }

  @Public()
  @RateLimited()
  @Post('login')
  @HttpCode(200)
  @ApiOkResponse({ schema: { example: TOKEN_EXAMPLE } })
  async login(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.respond(req, res, await this.auth.login(parseInput(loginSchema, body), meta(req)));
  }

  @Public()
  @RateLimited()
  @Post('refresh')
  @HttpCode(200)
  @ApiOkResponse({ schema: { example: TOKEN_EXAMPLE } })
  async refresh(@Req() req: Request, @Res({ passthrough: true }) res: Response) {
    try {
      return this.respond(req, res, await this.auth.refresh(refreshCookie(req), meta(req)));
    } catch (error) {
      res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
      throw error;
    }
  }

  /** Public so that a client whose access token expired can still end its session (by the cookie). */
  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.auth.logout(principalOf(req), refreshCookie(req), meta(req));
    res.clearCookie(REFRESH_COOKIE, { path: COOKIE_PATH });
  }

  @Post('accept-invite')
  @Public()
  @RateLimited()
  @HttpCode(200)
  async acceptInvite(@Body() body: unknown, @Req() req: Request, @Res({ passthrough: true }) res: Response) {
    return this.respond(req, res, await this.auth.acceptInvite(parseInput(acceptInviteSchema, body), meta(req)));
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiSecurity('api-key')
  async me(@CurrentPrincipal() principal: Principal) {
    return toMeResponse(await this.auth.me(principal), principal);
  }

  @Patch('me')
  async updateProfile(@CurrentPrincipal() principal: Principal, @Body() body: unknown) {
    return toUserDto(await this.auth.updateProfile(principal, parseInput(profileSchema, body)));
  }

  /** Ends every session of the user, then signs this client in again with a new one. */
  @Post('me/password')
  @HttpCode(200)
  async changePassword(
    @CurrentPrincipal() principal: Principal,
    @Body() body: unknown,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const input = parseInput(changePasswordSchema, body);
    return this.respond(req, res, await this.auth.changePassword(principal, input, meta(req)));
  }

  private respond(req: Request, res: Response, session: IssuedSession) {
    if (session.refreshToken) {
      res.cookie(REFRESH_COOKIE, session.refreshToken, {
        httpOnly: true,
        sameSite: 'strict',
        secure: req.secure,
        path: COOKIE_PATH,
        expires: session.refreshExpiresAt,
      });
    }
    res.setHeader('Cache-Control', 'no-store');
    return toTokenResponse(session);
  }
}

function meta(req: Request): ClientMeta {
  return { ip: req.ip, userAgent: req.headers['user-agent'] };
}

function refreshCookie(req: Request): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[REFRESH_COOKIE];
  return typeof value === 'string' ? value : undefined;
}
