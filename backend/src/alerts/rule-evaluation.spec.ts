import {
  certificateExpiring,
  delayedDownOwed,
  dueWhileDown,
  eventForStateChange,
  latencyStreakStarts,
  ruleApplies,
  ruleAppliesToService,
  serviceChangeNotifies,
  type RuleSpec,
  type StateChangeFacts,
} from './rule-evaluation.js';

const T0 = Date.parse('2026-12-01T10:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const rule = (overrides: Partial<RuleSpec> = {}): RuleSpec => ({
  id: 1,
  scope: 'all',
  endpointId: null,
  tag: null,
  events: ['down', 'recovered'],
  downAfterMinutes: 0,
  renotifyMinutes: null,
  latencyThresholdMs: null,
  latencyConsecutive: 3,
  certExpiryDays: 14,
  flapThreshold: null,
  flapWindowMinutes: 10,
  ...overrides,
});

const change = (overrides: Partial<StateChangeFacts>): StateChangeFacts => ({
  from: 'UP',
  to: 'DOWN',
  at: at(0),
  errorKind: 'timeout',
  downSince: null,
  ...overrides,
});

describe('ruleApplies', () => {
  const endpoint = { id: 7, tags: ['payments', 'prod'] };
  it.each([
    [{ scope: 'all', endpointId: null, tag: null }, true],
    [{ scope: 'endpoint', endpointId: 7, tag: null }, true],
    [{ scope: 'endpoint', endpointId: 8, tag: null }, false],
    [{ scope: 'tag', endpointId: null, tag: 'prod' }, true],
    [{ scope: 'tag', endpointId: null, tag: 'staging' }, false],
  ] as const)('%j → %s', (scope, expected) => {
    expect(ruleApplies(scope, endpoint)).toBe(expected);
  });
});

describe('eventForStateChange', () => {
  it.each<[string, Partial<RuleSpec>, Partial<StateChangeFacts>, string | null]>([
    ['UP → DOWN', {}, {}, 'down'],
    ['PENDING → DOWN', {}, { from: 'PENDING' }, 'down'],
    ['DOWN with a delay waits for the timed evaluation', { downAfterMinutes: 5 }, {}, null],
    ['a rule without down ignores DOWN', { events: ['recovered'] }, {}, null],
    [
      'missed heartbeat → heartbeat_missed',
      { events: ['heartbeat_missed'] },
      { errorKind: 'missed' },
      'heartbeat_missed',
    ],
    ['missed heartbeat for a down rule', {}, { errorKind: 'missed' }, 'heartbeat_missed'],
    [
      'missed heartbeat ignores the down delay',
      { events: ['heartbeat_missed'], downAfterMinutes: 5 },
      { errorKind: 'missed' },
      'heartbeat_missed',
    ],
    ['DOWN → UP', {}, { from: 'DOWN', to: 'UP', downSince: at(-3) }, 'recovered'],
    ['DOWN → DEGRADED is a recovery', {}, { from: 'DOWN', to: 'DEGRADED' }, 'recovered'],
    ['DOWN → DEGRADED without recovered', { events: ['degraded'] }, { from: 'DOWN', to: 'DEGRADED' }, 'degraded'],
    [
      'recovery before the DOWN delay passed is silent',
      { downAfterMinutes: 5 },
      { from: 'DOWN', to: 'UP', at: at(4), downSince: at(0) },
      null,
    ],
    [
      'recovery after the DOWN delay passed',
      { downAfterMinutes: 5 },
      { from: 'DOWN', to: 'UP', at: at(6), downSince: at(0) },
      'recovered',
    ],
    [
      'recovered-only rule always reports recovery',
      { events: ['recovered'], downAfterMinutes: 5 },
      { from: 'DOWN', to: 'UP', at: at(1), downSince: at(0) },
      'recovered',
    ],
    ['UP → DEGRADED', { events: ['degraded'] }, { to: 'DEGRADED' }, 'degraded'],
    ['UP → DEGRADED without degraded', {}, { to: 'DEGRADED' }, null],
    ['DEGRADED → UP is not a recovery', {}, { from: 'DEGRADED', to: 'UP' }, null],
    ['PENDING → UP', {}, { from: 'PENDING', to: 'UP' }, null],
    ['UP → PAUSED', {}, { to: 'PAUSED' }, null],
    ['PAUSED → UP', {}, { from: 'PAUSED', to: 'UP' }, null],
  ])('%s', (_name, r, c, expected) => {
    expect(eventForStateChange(rule(r), change(c))).toBe(expected);
  });
});

describe('dueWhileDown', () => {
  const down = { stateChangeId: 42, since: at(0), errorKind: 'timeout' };
  it.each<[string, Partial<RuleSpec>, number, { event: string; occurrence: string; at: Date }[]]>([
    ['nothing timed without delay or re-notify', {}, 30, []],
    ['delay not reached', { downAfterMinutes: 5 }, 4, []],
    ['delay reached', { downAfterMinutes: 5 }, 5, [{ event: 'down', occurrence: 'sc:42', at: at(5) }]],
    ['re-notify not yet', { renotifyMinutes: 10 }, 9, []],
    ['first re-notify', { renotifyMinutes: 10 }, 10, [{ event: 'renotify', occurrence: 'renotify:42:1', at: at(10) }]],
    ['second re-notify', { renotifyMinutes: 10 }, 25, [{ event: 'renotify', occurrence: 'renotify:42:2', at: at(20) }]],
    [
      're-notify counts from the delayed DOWN',
      { downAfterMinutes: 5, renotifyMinutes: 10 },
      15,
      [
        { event: 'down', occurrence: 'sc:42', at: at(5) },
        { event: 'renotify', occurrence: 'renotify:42:1', at: at(15) },
      ],
    ],
    ['rules without down owe nothing', { events: ['recovered'], renotifyMinutes: 10 }, 30, []],
  ])('%s', (_name, r, now, expected) => {
    expect(dueWhileDown(rule(r), down, at(now))).toEqual(expected);
  });

  it('re-notifies a missed heartbeat without the DOWN delay', () => {
    const r = rule({ events: ['heartbeat_missed'], downAfterMinutes: 5, renotifyMinutes: 10 });
    expect(dueWhileDown(r, { ...down, errorKind: 'missed' }, at(10))).toEqual([
      { event: 'renotify', occurrence: 'renotify:42:1', at: at(10) },
    ]);
  });
});

describe('delayedDownOwed', () => {
  const down = { stateChangeId: 42, at: at(0), check: { errorKind: 'timeout' } };
  it.each<[string, Partial<RuleSpec>, number, { event: string; occurrence: string; at: Date } | null]>([
    ['no delay: the DOWN was sent with the change', {}, 30, null],
    ['ended before the delay', { downAfterMinutes: 5 }, 4, null],
    ['ended at the delay', { downAfterMinutes: 5 }, 5, { event: 'down', occurrence: 'sc:42', at: at(5) }],
    [
      'ended long after, re-notifies are not owed',
      { downAfterMinutes: 5, renotifyMinutes: 1 },
      60,
      {
        event: 'down',
        occurrence: 'sc:42',
        at: at(5),
      },
    ],
    ['rules without down', { events: ['recovered'], downAfterMinutes: 5 }, 30, null],
  ])('%s', (_name, r, endedAt, expected) => {
    expect(delayedDownOwed(rule(r), down, at(endedAt))).toEqual(expected);
  });

  it('a missed heartbeat is told at once, never delayed', () => {
    const r = rule({ events: ['heartbeat_missed', 'recovered'], downAfterMinutes: 5 });
    expect(delayedDownOwed(r, { ...down, check: { errorKind: 'missed' } }, at(30))).toBeNull();
  });
});

describe('latencyStreakStarts', () => {
  it.each<[(number | null)[], boolean]>([
    [[900, 900, 900], true],
    [[900, 900, 900, 100], true],
    [[900, 900, 900, 900], false],
    [[900, 900, 100], false],
    [[900, 900], false],
    [[900, null, 900], false],
    [[900, 900, 900, null], true],
    [[500, 900, 900], false],
  ])('%j → %s', (latencies, expected) => {
    expect(latencyStreakStarts(latencies, 500, 3)).toBe(expected);
  });
});

describe('certificateExpiring', () => {
  const now = new Date('2026-12-01T00:00:00Z');
  it.each([
    ['2026-12-20T00:00:00Z', false],
    ['2026-12-15T00:00:00Z', true],
    ['2026-12-10T00:00:00Z', true],
    ['2026-11-01T00:00:00Z', true],
  ])('%s within 14 days → %s', (expiresAt, expected) => {
    expect(certificateExpiring(new Date(expiresAt), now, 14)).toBe(expected);
  });
});

describe('ruleAppliesToService', () => {
  const actions = { target: 'github', service: 'Actions' };
  it.each<[Pick<RuleSpec, 'scope' | 'tag'>, { target: string; service: string | null }, boolean]>([
    [{ scope: 'all', tag: null }, actions, true],
    [{ scope: 'tag', tag: 'github' }, actions, true],
    [{ scope: 'tag', tag: 'GitHub/actions' }, actions, true],
    [{ scope: 'tag', tag: 'github/Pages' }, actions, false],
    [{ scope: 'tag', tag: 'github' }, { target: 'github', service: null }, true],
    [{ scope: 'tag', tag: 'zoom' }, actions, false],
    [{ scope: 'endpoint', tag: null }, actions, false],
  ])('%j × %j → %s', (rule, service, expected) => {
    expect(ruleAppliesToService(rule, service)).toBe(expected);
  });

  it.each([
    [null, 'OK', false],
    ['OK', 'OK', false],
    ['OK', 'Outage', true],
  ])('%s → %s notifies: %s', (from, to, expected) => {
    expect(serviceChangeNotifies(from, to)).toBe(expected);
  });
});
