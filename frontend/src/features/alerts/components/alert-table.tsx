import { formatUtc } from '@/lib/format';
import type { AlertItem } from '../api/types';
import { AlertStatusPill } from './alert-status-pill';

/** Alerts with their delivery: status, attempts, when sent, the error or why suppressed. */
export function AlertTable({ items, showEndpoint = true }: { items: AlertItem[]; showEndpoint?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full text-left text-sm">
        <thead className="bg-slate-50 text-xs text-slate-600">
          <tr>
            <th className="px-3 py-2 font-medium">Alert</th>
            {showEndpoint && <th className="px-3 py-2 font-medium">Endpoint</th>}
            <th className="px-3 py-2 font-medium">Channel</th>
            <th className="px-3 py-2 font-medium">Created</th>
            <th className="px-3 py-2 font-medium">Delivery</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((a) => (
            <tr key={a.id} className="align-top">
              <td className="px-3 py-2">
                <p className="font-medium">{a.title}</p>
                <p className="text-xs text-slate-500">{a.event}</p>
              </td>
              {showEndpoint && <td className="px-3 py-2">{a.endpoint_name ?? '—'}</td>}
              <td className="px-3 py-2">{a.channel_name ?? `${a.channel_type} (deleted)`}</td>
              <td className="whitespace-nowrap px-3 py-2">{formatUtc(new Date(a.created_at))}</td>
              <td className="px-3 py-2">
                <div className="flex items-center gap-2">
                  <AlertStatusPill status={a.status} />
                  <span className="text-xs text-slate-500">
                    {a.attempts} {a.attempts === 1 ? 'attempt' : 'attempts'}
                  </span>
                </div>
                <DeliveryNote alert={a} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DeliveryNote({ alert: a }: { alert: AlertItem }) {
  if (a.status === 'sent' && a.sent_at)
    return (
      <p className="text-xs text-slate-600">
        {formatUtc(new Date(a.sent_at))} · {a.delivery_detail}
      </p>
    );
  if (a.status === 'suppressed') return <p className="text-xs text-slate-600">{a.suppressed_reason}</p>;
  return (
    <>
      {a.last_error && <p className="break-all text-xs text-red-800">{a.last_error}</p>}
      {a.status === 'pending' && a.next_attempt_at && (
        <p className="text-xs text-slate-600">next try {formatUtc(new Date(a.next_attempt_at))}</p>
      )}
    </>
  );
}
