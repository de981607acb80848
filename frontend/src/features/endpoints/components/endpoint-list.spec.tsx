import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EndpointWire } from '@/types/api';
import { json, LocalApi } from '@/test/local-api';
import { renderRoute, withLayout } from '@/test/render';
import { EndpointList } from './endpoint-list';

let api: LocalApi;
beforeEach(async () => (api = await LocalApi.start()));
afterEach(() => api.stop());
withLayout();

const endpoint = (id: number, over: Partial<EndpointWire> = {}) =>
  ({
    id,
    kind: 'http',
    name: `api-${id}`,
    status: 'UP',
    status_since: new Date().toISOString(),
    last_checked_at: new Date(Date.now() - 12_000).toISOString(),
    last_latency_ms: 87,
    interval: 300,
    tags: ['prod'],
    managed_by: null,
    ...over,
  }) as EndpointWire;

/** Pages of a list of `total` endpoints, as the server pages them. */
function serveList(total: number) {
  api.on('GET', '/api/v1/endpoints', (req, res) => {
    const q = new URL(req.url, 'http://x').searchParams;
    const offset = Number(q.get('offset'));
    const limit = Number(q.get('limit'));
    const ids = Array.from({ length: Math.max(0, Math.min(limit, total - offset)) }, (_, i) => offset + i + 1);
    json(res, 200, { endpoints: ids.map((id) => endpoint(id)), total });
  });
}

describe('EndpointList', () => {
  it('shows name, status, latency, interval, last check and tags, and only the rows on screen', async () => {
    serveList(20_000);
    renderRoute(<EndpointList canEdit />);
    const row = (await screen.findByRole('link', { name: 'api-1' })).closest('[role="row"]') as HTMLElement;
    expect(within(row).getByText('UP')).toBeVisible();
    expect(row).toHaveTextContent('87 ms');
    expect(row).toHaveTextContent('5 min');
    expect(row).toHaveTextContent(/\b1\d s ago/); // checked 12 s before the answer; the machine may be slow
    expect(row).toHaveTextContent('prod');
    expect(screen.getByText('20,000 endpoints')).toBeVisible();
    expect(screen.getAllByRole('row').length).toBeLessThan(60);
    expect(api.requests.map((r) => r.url)).toEqual(['/api/v1/endpoints?limit=100&offset=0&sort=name']);
  });

  it('filters through the URL and the API query', async () => {
    serveList(3);
    const { router } = renderRoute(<EndpointList canEdit />, { path: '/endpoints?status=DOWN' });
    await screen.findByRole('link', { name: 'api-1' });
    expect(screen.getByLabelText('Status')).toHaveValue('DOWN');
    await userEvent.setup().selectOptions(screen.getByLabelText('Sort'), '-latency');
    await waitFor(() => expect(router.state.location.search).toBe('?status=DOWN&sort=-latency'));
    await waitFor(() =>
      expect(api.requests.at(-1)?.url).toBe('/api/v1/endpoints?limit=100&offset=0&status=DOWN&sort=-latency'),
    );
  });

  it('hides edit and delete from viewers and for file-managed endpoints', async () => {
    api.on('GET', '/api/v1/endpoints', { json: { endpoints: [endpoint(1, { managed_by: 'apimon.yaml' })], total: 1 } });
    renderRoute(<EndpointList canEdit />);
    await screen.findByText('(from file)');
    expect(screen.queryByRole('link', { name: 'Edit api-1' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete api-1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Pause api-1' })).toBeVisible();
  });

  it('shows a viewer only the View action', async () => {
    serveList(1);
    renderRoute(<EndpointList canEdit={false} />);
    const row = (await screen.findByRole('link', { name: 'api-1' })).closest('[role="row"]') as HTMLElement;
    expect(
      within(row)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['api-1', 'View']);
    expect(within(row).queryAllByRole('button')).toEqual([]);
  });

  it('says when there are no endpoints, and when the server fails', async () => {
    api.on('GET', '/api/v1/endpoints', { json: { endpoints: [], total: 0 } });
    renderRoute(<EndpointList canEdit={false} />);
    expect(await screen.findByText('No endpoints yet')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Add an endpoint' })).toBeNull();

    api.on('GET', '/api/v1/endpoints', { status: 500, json: { error: { code: 'InternalError', message: 'boom' } } });
    renderRoute(<EndpointList canEdit />, { path: '/endpoints?q=x' });
    expect(await screen.findByText('The endpoints could not be loaded')).toBeVisible();
  });

  it('deletes after confirmation only', async () => {
    serveList(1);
    api.on('DELETE', '/api/v1/endpoints/1', (_req, res) => res.writeHead(204).end());
    const user = userEvent.setup();
    renderRoute(<EndpointList canEdit />);
    await user.click(await screen.findByRole('button', { name: 'Delete api-1' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete api-1?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(api.requests.some((r) => r.method === 'DELETE')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Delete api-1' }));
    await user.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(api.requests.filter((r) => r.method === 'DELETE').map((r) => r.url)).toEqual(['/api/v1/endpoints/1']);
  });
});
