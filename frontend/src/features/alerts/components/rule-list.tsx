import { Link } from 'react-router';
import { StatusPill } from '@/components/ui/status-pill';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useChannels } from '../api/channels';
import { useDeleteRule, useRules } from '../api/rules';
import type { AlertRule } from '../api/types';
import { describeRule } from '../rule-form';
import { buttonClass } from '@/components/ui/button';

export function scopeLabel(rule: AlertRule): string {
  if (rule.scope === 'all') return 'All endpoints';
  if (rule.scope === 'tag') return `Tag "${rule.tag}"`;
  return `Endpoint #${rule.endpoint_id}`;
}

export function RuleList() {
  const rules = useRules();
  const channels = useChannels();
  const remove = useDeleteRule();
  if (rules.isPending) return <LoadingState label="Loading rules…" />;
  if (rules.isError)
    return (
      <ErrorState
        title="Rules could not be loaded"
        message={rules.error.message}
        onRetry={() => void rules.refetch()}
      />
    );
  if (!rules.data.length) {
    return (
      <EmptyState title="No alert rules yet">
        <p className="mt-1">
          A rule ties events (down, recovered, slow, certificate expiring…) of some endpoints to channels.
        </p>
      </EmptyState>
    );
  }
  const channelName = (id: number) => channels.data?.find((c) => c.id === id)?.name ?? `#${id}`;
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Alert rules">
      {rules.data.map((rule) => (
        <li key={rule.id} className="flex flex-wrap items-start justify-between gap-2 p-3" aria-label={rule.name}>
          <div className="min-w-0">
            <div className="flex items-center gap-2">
              <Link to={`/alerts/rules/${rule.id}`} className="font-medium hover:underline">
                {rule.name}
              </Link>
              {!rule.enabled && <StatusPill tone="neutral" label="Disabled" />}
            </div>
            <p className="text-sm text-slate-600">
              {scopeLabel(rule)}: {describeRule(rule)}
            </p>
            <p className="text-xs text-slate-500">To {rule.channel_ids.map(channelName).join(', ')}</p>
          </div>
          <button
            type="button"
            className={buttonClass()}
            onClick={() => {
              if (window.confirm(`Delete the rule "${rule.name}"?`)) remove.mutate(rule.id);
            }}
          >
            Delete
          </button>
        </li>
      ))}
    </ul>
  );
}
