import { Link } from 'react-router';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useHistory } from '../api/history';
import { useRules } from '../api/rules';
import { describeRule } from '../rule-form';
import { AlertTable } from './alert-table';
import { scopeLabel } from './rule-list';

/** For the endpoint detail page: the endpoint's recent alerts and the rules that apply to it. */
export function EndpointAlertsPanel({ endpointId }: { endpointId: number }) {
  const alerts = useHistory({ endpointId, limit: 10 });
  const rules = useRules({ endpointId });
  return (
    <section
      aria-labelledby={`alerts-${endpointId}`}
      className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`alerts-${endpointId}`} className="font-medium">
          Alerts
        </h2>
        <div className="flex gap-3 text-sm">
          <Link to={`/alerts?endpoint_id=${endpointId}`} className="text-emerald-800 hover:underline">
            All alerts
          </Link>
          <Link to={`/alerts/rules/new?endpoint_id=${endpointId}`} className="text-emerald-800 hover:underline">
            Add a rule
          </Link>
        </div>
      </div>
      <div>
        <h3 className="mb-1 text-sm font-medium text-slate-700">Rules that apply</h3>
        {rules.isPending ? (
          <LoadingState label="Loading rules…" />
        ) : rules.isError ? (
          <ErrorState title="Rules could not be loaded" message={rules.error.message} />
        ) : rules.data.length ? (
          <ul className="list-disc pl-5 text-sm">
            {rules.data.map((r) => (
              <li key={r.id}>
                <Link to={`/alerts/rules/${r.id}`} className="font-medium hover:underline">
                  {r.name}
                </Link>{' '}
                <span className="text-slate-600">
                  ({scopeLabel(r)}: {describeRule(r)}){r.enabled ? '' : ' — disabled'}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">No rule applies: this endpoint sends no alerts.</p>
        )}
      </div>
      <div>
        <h3 className="mb-1 text-sm font-medium text-slate-700">Recent alerts</h3>
        {alerts.isPending ? (
          <LoadingState label="Loading alerts…" />
        ) : alerts.isError ? (
          <ErrorState title="Alerts could not be loaded" message={alerts.error.message} />
        ) : alerts.data.items.length ? (
          <AlertTable items={alerts.data.items} showEndpoint={false} />
        ) : (
          <p className="text-sm text-slate-600">No alerts for this endpoint yet.</p>
        )}
      </div>
    </section>
  );
}
