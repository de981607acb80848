import type { AlertRule } from './api/types';
import { describeRule, emptyRule, toRuleBody, toRuleFormValues } from './rule-form';

describe('toRuleBody', () => {
  it('builds the API body of a valid form', () => {
    const result = toRuleBody({
      ...emptyRule(),
      name: ' Default ',
      channelIds: [3],
      renotifyMinutes: '30',
      flapThreshold: '5',
    });
    expect(result.body).toEqual({
      name: 'Default',
      scope: 'all',
      endpoint_id: null,
      tag: null,
      events: ['down', 'recovered'],
      channel_ids: [3],
      down_after_minutes: 0,
      renotify_minutes: 30,
      latency_threshold_ms: null,
      latency_consecutive: 3,
      cert_expiry_days: 14,
      flap_threshold: 5,
      flap_window_minutes: 10,
      enabled: true,
    });
  });

  it.each([
    [{ name: '' }, { name: 'is required' }],
    [{ events: [] }, { events: 'needs at least one event' }],
    [{ channelIds: [] }, { channelIds: 'needs at least one channel' }],
    [{ scope: 'endpoint', endpointId: '' }, { endpointId: 'is required' }],
    [{ scope: 'tag', tag: ' ' }, { tag: 'is required for scope tag' }],
    [{ events: ['latency_above'] }, { latencyThresholdMs: 'is required' }],
    [
      { downAfterMinutes: '-1', renotifyMinutes: '1.5' },
      {
        downAfterMinutes: 'must be a whole number from 0 to 10080',
        renotifyMinutes: 'must be a whole number from 1 to 10080',
      },
    ],
  ] as const)('%j → %j', (overrides, errors) => {
    expect(toRuleBody({ ...emptyRule(), name: 'r', channelIds: [1], ...overrides } as never).errors).toEqual(errors);
  });

  it('starts an endpoint rule from the endpoint page', () => {
    expect(emptyRule(7)).toMatchObject({ scope: 'endpoint', endpointId: '7' });
  });
});

describe('describeRule and toRuleFormValues', () => {
  const rule: AlertRule = {
    id: 1,
    name: 'r',
    scope: 'tag',
    endpoint_id: null,
    tag: 'prod',
    events: ['down', 'latency_above', 'certificate_expiring'],
    channel_ids: [1],
    down_after_minutes: 5,
    renotify_minutes: 30,
    latency_threshold_ms: 800,
    latency_consecutive: 3,
    cert_expiry_days: 14,
    flap_threshold: 5,
    flap_window_minutes: 10,
    enabled: true,
    created_at: '',
    updated_at: '',
  };
  it('says what the rule does', () => {
    expect(describeRule(rule)).toBe(
      'down for 5 min, latency > 800 ms ×3, certificate ≤ 14 d, re-notify every 30 min, flapping > 5 in 10 min',
    );
  });
  it('round-trips through the form', () => {
    const { body } = toRuleBody(toRuleFormValues(rule));
    expect(body).toMatchObject({
      scope: 'tag',
      tag: 'prod',
      down_after_minutes: 5,
      renotify_minutes: 30,
      latency_threshold_ms: 800,
    });
  });
});
