import { endpointsApiQuery, filtersFromSearch, filtersToSearch, type EndpointFilters } from './list-filters';

const defaults: EndpointFilters = { q: '', status: null, tag: null, sort: 'name' };

describe('filtersFromSearch', () => {
  it.each<[string, string, Partial<EndpointFilters>]>([
    ['empty URL gives the defaults', '', {}],
    [
      'reads every filter',
      'q=pay&status=DOWN&tag=prod&sort=-latency',
      { q: 'pay', status: 'DOWN', tag: 'prod', sort: '-latency' },
    ],
    ['ignores an unknown status', 'status=BROKEN', {}],
    ['ignores an unknown sort', 'sort=password', {}],
    ['trims the search and tag', 'q=%20api%20&tag=%20', { q: 'api' }],
  ])('%s', (_name, search, expected) => {
    expect(filtersFromSearch(new URLSearchParams(search))).toEqual({ ...defaults, ...expected });
  });
});

describe('filtersToSearch', () => {
  it.each<[string, Partial<EndpointFilters>, string]>([
    ['defaults give an empty query', {}, ''],
    ['writes only what differs', { status: 'UP', sort: 'status' }, 'status=UP&sort=status'],
    ['drops a blank search', { q: '   ' }, ''],
  ])('%s', (_name, filters, expected) => {
    expect(filtersToSearch({ ...defaults, ...filters }).toString()).toBe(expected);
  });

  it('round-trips through the URL', () => {
    const filters: EndpointFilters = { q: 'a b&c', status: 'PAUSED', tag: 'x/y', sort: '-created_at' };
    expect(filtersFromSearch(filtersToSearch(filters))).toEqual(filters);
  });
});

describe('endpointsApiQuery', () => {
  it('pages and filters', () => {
    expect(endpointsApiQuery({ q: 'pay', status: 'DOWN', tag: null, sort: 'name' }, 200, 100)).toBe(
      'limit=100&offset=200&q=pay&status=DOWN&sort=name',
    );
  });
});
