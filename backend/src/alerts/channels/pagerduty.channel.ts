import { z } from 'zod';
import type { AlertMessage } from '../alert-message.js';
import { DeliveryError, type ChannelKind, type SendContext } from './channel.js';
import { parseAnswer, postJson } from './http-post.js';

const schema = z.strictObject({
  routing_key: z.string().regex(/^[A-Za-z0-9]{32}$/, 'must be the 32-character integration key'),
});
export type PagerDutyConfig = z.output<typeof schema>;

interface PagerDutyEvent {
  event_action: 'trigger' | 'resolve';
  dedup_key: string;
  payload?: Record<string, unknown>;
  links?: { href: string; text: string }[];
  client: string;
  client_url?: string;
}

const SEVERITY = { critical: 'critical', warning: 'warning', info: 'info', resolved: 'info' } as const;
const THREAD_EVENTS = new Set(['down', 'heartbeat_missed', 'renotify', 'recovered', 'stable']);

/**
 * Events API v2. DOWN (and its re-notifications) trigger and recovery resolves one incident per
 * endpoint: dedup_key `apimon-endpoint-<id>`. Other events get their own key per endpoint and event.
 */
export class PagerDutyChannel implements ChannelKind<PagerDutyConfig, { events: PagerDutyEvent[] }> {
  readonly type = 'pagerduty' as const;
  readonly configSchema = schema;
  readonly secretFields = ['routing_key'];

  render(message: AlertMessage) {
    const subject =
      message.endpointId !== null ? `apimon-endpoint-${message.endpointId}` : `apimon-${slug(message.endpointName)}`;
    const dedupKey = THREAD_EVENTS.has(message.event) ? subject : `${subject}-${message.event}`;
    const resolve = message.event === 'recovered' || (message.event === 'stable' && message.status !== 'DOWN');
    const trigger: PagerDutyEvent = {
      event_action: 'trigger',
      dedup_key: message.event === 'test' ? 'apimon-test' : dedupKey,
      payload: {
        summary: message.title.slice(0, 1024),
        source: message.url ?? message.endpointName ?? 'apimon',
        severity: SEVERITY[message.severity],
        timestamp: message.since,
        component: message.endpointName ?? undefined,
        class: message.event,
        custom_details: { text: message.text, ...Object.fromEntries(message.facts.map((f) => [f.label, f.value])) },
      },
      links: message.link ? [{ href: message.link, text: 'Open in apimon' }] : undefined,
      client: 'apimon',
      client_url: message.link ?? undefined,
    };
    if (message.event === 'test')
      return { events: [trigger, { event_action: 'resolve' as const, dedup_key: 'apimon-test', client: 'apimon' }] };
    if (resolve) return { events: [{ event_action: 'resolve' as const, dedup_key: dedupKey, client: 'apimon' }] };
    return { events: [trigger] };
  }

  async send(payload: { events: PagerDutyEvent[] }, config: PagerDutyConfig, ctx: SendContext): Promise<string> {
    const answers: string[] = [];
    for (const event of payload.events) {
      const res = await postJson(
        ctx.pagerdutyEventsUrl,
        { routing_key: config.routing_key, ...event },
        {},
        ctx.timeoutMs,
      );
      const answer = parseAnswer<{ status: string; message: string }>(res.body);
      if (answer?.status !== 'success')
        throw new DeliveryError(`PagerDuty: ${answer?.message ?? res.body.slice(0, 200)}`);
      answers.push(`${event.event_action} ${event.dedup_key}`);
    }
    return `HTTP 202 ${answers.join(', ')}`;
  }
}

const slug = (s: string | null) => (s ?? 'event').toLowerCase().replace(/[^a-z0-9]+/g, '-');
