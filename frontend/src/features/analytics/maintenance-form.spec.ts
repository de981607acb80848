import { EMPTY_FORM, parseMaintenanceForm, toFormValues, type MaintenanceFormValues } from './maintenance-form';

const good: MaintenanceFormValues = {
  ...EMPTY_FORM,
  title: ' Deploy ',
  startsAt: '2026-10-01T02:00',
  endsAt: '2026-10-01T03:30',
};

describe('parseMaintenanceForm', () => {
  it('builds the API body for each target', () => {
    expect(parseMaintenanceForm(good)).toEqual({
      ok: true,
      input: {
        title: 'Deploy',
        description: null,
        all: true,
        starts_at: '2026-10-01T02:00:00.000Z',
        ends_at: '2026-10-01T03:30:00.000Z',
        recurrence: 'none',
        timezone: 'UTC',
      },
    });
    const ids = parseMaintenanceForm({ ...good, target: 'endpoints', endpointIds: '3, 7,' });
    expect(ids.ok && ids.input.endpoint_ids).toEqual([3, 7]);
    const tags = parseMaintenanceForm({ ...good, target: 'tags', tags: 'db, eu' });
    expect(tags.ok && tags.input.tags).toEqual(['db', 'eu']);
  });

  it.each([
    { name: 'empty title', patch: { title: '  ' }, errors: ['title'] },
    { name: 'end before start', patch: { endsAt: '2026-10-01T01:00' }, errors: ['ends_at'] },
    { name: 'no start', patch: { startsAt: '' }, errors: ['starts_at'] },
    {
      name: 'daily over a day',
      patch: { recurrence: 'daily' as const, endsAt: '2026-10-02T03:00' },
      errors: ['ends_at'],
    },
    { name: 'bad ids', patch: { target: 'endpoints' as const, endpointIds: 'one, 2' }, errors: ['endpoint_ids'] },
    { name: 'no tags', patch: { target: 'tags' as const, tags: ' , ' }, errors: ['tags'] },
    { name: 'bad zone', patch: { timezone: 'Nowhere/Land' }, errors: ['timezone'] },
    {
      name: 'several',
      patch: { title: '', timezone: 'x/y', endsAt: 'soon' },
      errors: ['ends_at', 'timezone', 'title'],
    },
  ])('refuses $name', ({ patch, errors }) => {
    const result = parseMaintenanceForm({ ...good, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(errors);
  });

  it('round-trips a stored window into the form', () => {
    const values = toFormValues({
      id: 1,
      title: 'Nightly',
      description: null,
      all: false,
      endpoint_ids: [],
      tags: ['db'],
      starts_at: '2026-10-01T02:00:00.000Z',
      ends_at: '2026-10-01T02:30:00.000Z',
      recurrence: 'daily',
      timezone: 'Europe/Berlin',
      active_now: false,
    });
    expect(values).toMatchObject({
      target: 'tags',
      tags: 'db',
      startsAt: '2026-10-01T02:00',
      endsAt: '2026-10-01T02:30',
    });
    expect(parseMaintenanceForm(values).ok).toBe(true);
  });
});
