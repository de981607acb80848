import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UsageTag } from '../api/types';
import { UsageTagsTable } from './usage-tags-table';

const tag = (overrides: Partial<UsageTag>): UsageTag => ({
  id: 1,
  name: 'signup',
  use_count: 0,
  last_used_at: null,
  is_active: true,
  anonymous_updates: false,
  created_at: '2026-12-01T00:00:00.000Z',
  updated_at: '2026-12-01T00:00:00.000Z',
  ...overrides,
});

describe('UsageTagsTable', () => {
  it('shows each tag with its count, last use and status in words, and selects one', async () => {
    const selected: number[] = [];
    render(
      <UsageTagsTable
        tags={[
          tag({ id: 1, name: 'signup', use_count: 12345, last_used_at: '2026-12-01T06:04:00.000Z' }),
          tag({ id: 2, name: 'page/home', is_active: false }),
        ]}
        selectedId={1}
        onSelect={(id) => selected.push(id)}
      />,
    );
    const rows = within(screen.getByRole('table', { name: 'Usage tags' }))
      .getAllByRole('row')
      .slice(1);
    expect(
      rows.map((r) =>
        within(r)
          .getAllByRole('cell')
          .map((c) => c.textContent),
      ),
    ).toEqual([
      ['12,345', '2026-12-01 06:04 UTC', 'Active'],
      ['0', 'Never', 'Inactive'],
    ]);
    expect(rows[0]).toHaveAttribute('aria-selected', 'true');
    await userEvent.click(screen.getByRole('button', { name: 'page/home' }));
    expect(selected).toEqual([2]);
  });
});
