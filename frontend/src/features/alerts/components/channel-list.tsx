import { Link } from 'react-router';
import { StatusPill } from '@/components/ui/status-pill';
import { EmptyState, ErrorState, LoadingState } from '@/components/ui/states';
import { useChannels, useDeleteChannel, useTestChannel } from '../api/channels';
import type { AlertChannel } from '../api/types';
import { CHANNEL_LABELS } from '../channel-form';
import { buttonClass } from '@/components/ui/button';
import { TestResultNote } from './test-result';

export function ChannelList() {
  const channels = useChannels();
  if (channels.isPending) return <LoadingState label="Loading channels…" />;
  if (channels.isError)
    return (
      <ErrorState
        title="Channels could not be loaded"
        message={channels.error.message}
        onRetry={() => void channels.refetch()}
      />
    );
  if (!channels.data.length) {
    return (
      <EmptyState title="No alert channels yet">
        <p className="mt-1">
          Add where alerts should go: email, Slack, a webhook, Telegram, Discord, Teams or PagerDuty.
        </p>
      </EmptyState>
    );
  }
  return (
    <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white" aria-label="Alert channels">
      {channels.data.map((c) => (
        <ChannelRow key={c.id} channel={c} />
      ))}
    </ul>
  );
}

function ChannelRow({ channel }: { channel: AlertChannel }) {
  const test = useTestChannel();
  const remove = useDeleteChannel();
  return (
    <li className="flex flex-col gap-2 p-3" aria-label={channel.name}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-2">
          <Link to={`/alerts/channels/${channel.id}`} className="font-medium hover:underline">
            {channel.name}
          </Link>
          <span className="text-xs text-slate-500">{CHANNEL_LABELS[channel.type]}</span>
          {!channel.enabled && <StatusPill tone="neutral" label="Disabled" />}
        </div>
        <div className="flex gap-2">
          <button
            type="button"
            className={buttonClass()}
            disabled={test.isPending}
            onClick={() => test.mutate(channel.id)}
          >
            {test.isPending ? 'Sending…' : 'Send test'}
          </button>
          <button
            type="button"
            className={buttonClass()}
            disabled={remove.isPending}
            onClick={() => {
              if (window.confirm(`Delete the channel "${channel.name}"? Rules stop sending to it.`))
                remove.mutate(channel.id);
            }}
          >
            Delete
          </button>
        </div>
      </div>
      <TestResultNote result={test.data} error={test.error} />
      {remove.error && <p className="text-sm text-red-800">{remove.error.message}</p>}
    </li>
  );
}
