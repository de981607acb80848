import { Link } from 'react-router';
import { usePublicStatus } from '../api/get-public-status';
import { countNotOk } from '../status-display';

/** "3 public services not OK": a small tile for the dashboard, linking to the full page. `load` false waits. */
export function PublicServicesNotOkCount({ load = true }: { load?: boolean }) {
  const status = usePublicStatus(load);
  const count = status.data ? countNotOk(status.data) : undefined;
  return (
    <Link
      to="/public-services"
      className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-slate-300"
      aria-label={count === undefined ? 'Public services' : `${count} public services not OK`}
    >
      <p className="text-sm text-slate-500">Public services not OK</p>
      <p className={`mt-1 text-2xl font-semibold ${count ? 'text-amber-700' : 'text-emerald-700'}`}>
        {status.isError ? '–' : (count ?? '…')}
      </p>
    </Link>
  );
}
