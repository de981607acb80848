import type { ChannelType } from '../../db/schema.js';
import type { ChannelKind } from './channel.js';
import { DiscordChannel } from './discord.channel.js';
import { EmailChannel } from './email.channel.js';
import { PagerDutyChannel } from './pagerduty.channel.js';
import { SlackChannel } from './slack.channel.js';
import { TeamsChannel } from './teams.channel.js';
import { TelegramChannel } from './telegram.channel.js';
import { WebhookChannel } from './webhook.channel.js';

// Each kind validates its own config, so the registry can treat them all alike.
const KINDS: Record<ChannelType, ChannelKind<object, unknown>> = {
  email: new EmailChannel() as ChannelKind<object, unknown>,
  slack: new SlackChannel() as ChannelKind<object, unknown>,
  webhook: new WebhookChannel() as ChannelKind<object, unknown>,
  telegram: new TelegramChannel() as ChannelKind<object, unknown>,
  discord: new DiscordChannel() as ChannelKind<object, unknown>,
  teams: new TeamsChannel() as ChannelKind<object, unknown>,
  pagerduty: new PagerDutyChannel() as ChannelKind<object, unknown>,
};

export function channelKind(type: ChannelType): ChannelKind<object, unknown> {
  return KINDS[type];
}
