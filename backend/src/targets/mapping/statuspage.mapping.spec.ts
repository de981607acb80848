import { mapStatuspageSummary, mapStatuspageUnresolved } from './statuspage.mapping.js';
import { FormatChanged } from './vendor-errors.js';

const page = { id: 'p', name: 'Example', url: 'https://status.example.com', updated_at: '2026-01-01T00:00:00Z' };
const comp = (name: string, status: string, extra: object = {}) => ({ id: name.toLowerCase(), name, status, ...extra });
const flat = (r: ReturnType<typeof mapStatuspageSummary>) => [
  [r.overall.name, r.overall.status, r.overall.dimensions.maintenance ?? false],
  ...r.services.map((s) => [s.name, s.status, s.dimensions.maintenance ?? false]),
];

describe('mapStatuspageSummary', () => {
  it.each<[string, object, (string | boolean)[][]]>([
    [
      'an incident.io page: null lists and no group flag',
      {
        page,
        status: { indicator: 'minor' },
        components: [comp('API', 'partial_outage'), comp('Web', 'operational')],
        incidents: null,
        scheduled_maintenances: null,
      },
      [
        ['Example', 'Degraded', false],
        ['API', 'Degraded', false],
        ['Web', 'OK', false],
      ],
    ],
    [
      'groups give no entry; children name their group',
      {
        page,
        status: { indicator: 'none' },
        components: [
          comp('Region EU', 'operational', { group: true, components: ['a'] }),
          comp('A', 'operational', { group_id: 'region eu', group: false }),
        ],
        incidents: [],
      },
      [
        ['Example', 'OK', false],
        ['A', 'OK', false],
      ],
    ],
    [
      'the indicator is taken as given, even with a component down',
      { page, status: { indicator: 'none' }, components: [comp('API', 'major_outage')] },
      [
        ['Example', 'OK', false],
        ['API', 'Outage', false],
      ],
    ],
    [
      'maintenance indicator',
      { page, status: { indicator: 'maintenance' }, components: [comp('API', 'under_maintenance')] },
      [
        ['Example', 'Degraded', true],
        ['API', 'Degraded', true],
      ],
    ],
  ])('%s', (_name, doc, expected) => {
    expect(flat(mapStatuspageSummary(doc))).toEqual(expected);
  });

  it('names the group of a child component in its dimensions', () => {
    const report = mapStatuspageSummary({
      page,
      status: { indicator: 'none' },
      components: [
        comp('Region EU', 'operational', { id: 'g1', group: true }),
        comp('A', 'operational', { group_id: 'g1' }),
      ],
    });
    expect(report.services[0]!.dimensions).toMatchObject({ group: 'Region EU', serviceId: 'a' });
  });

  it.each([
    ['no components', { page, status: { indicator: 'none' } }],
    ['no page', { status: { indicator: 'none' }, components: [] }],
    ['components is an object', { page, status: { indicator: 'none' }, components: {} }],
    ['an array', []],
  ])('%s is a format change', (_name, doc) => {
    expect(() => mapStatuspageSummary(doc)).toThrow(FormatChanged);
  });
});

describe('mapStatuspageUnresolved', () => {
  it('overall = worst impact; components = worst status across incidents', () => {
    const report = mapStatuspageUnresolved({
      page,
      incidents: [
        { name: 'One', impact: 'minor', components: [comp('API', 'degraded_performance')] },
        { name: 'Two', impact: 'critical', components: [comp('API', 'major_outage'), comp('Web', 'partial_outage')] },
      ],
    });
    expect(flat(report)).toEqual([
      ['Example', 'Outage', false],
      ['API', 'Outage', false],
      ['Web', 'Degraded', false],
    ]);
  });
});
