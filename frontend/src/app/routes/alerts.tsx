import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/layout/page-header';
import { ErrorState, LoadingState } from '@/components/ui/states';
import { useChannel } from '@/features/alerts/api/channels';
import { useRule } from '@/features/alerts/api/rules';
import { AlertHistory } from '@/features/alerts/components/alert-history';
import { AlertsTabs } from '@/features/alerts/components/alerts-tabs';
import { ChannelForm } from '@/features/alerts/components/channel-form';
import { ChannelList } from '@/features/alerts/components/channel-list';
import { buttonClass } from '@/components/ui/button';
import { RuleForm } from '@/features/alerts/components/rule-form';
import { RuleList } from '@/features/alerts/components/rule-list';

const Header = ({ title, action }: { title: string; action?: { to: string; label: string } }) => (
  <>
    <PageHeader
      title={title}
      description="Where alerts go, when they fire, and whether each one arrived."
      actions={
        action && (
          <Link to={action.to} className={buttonClass('primary')}>
            {action.label}
          </Link>
        )
      }
    />
    <AlertsTabs />
  </>
);

export function AlertsHistoryRoute() {
  return (
    <>
      <Header title="Alerts" />
      <AlertHistory />
    </>
  );
}

export function AlertChannelsRoute() {
  return (
    <>
      <Header title="Alert channels" action={{ to: '/alerts/channels/new', label: 'Add channel' }} />
      <ChannelList />
    </>
  );
}

export function NewChannelRoute() {
  const navigate = useNavigate();
  return (
    <>
      <Header title="Add an alert channel" />
      <ChannelForm onSaved={() => navigate('/alerts/channels')} />
    </>
  );
}

export function EditChannelRoute() {
  const id = Number(useParams().id);
  const channel = useChannel(Number.isInteger(id) ? id : undefined);
  return (
    <>
      <Header title="Edit alert channel" />
      {channel.isPending ? (
        <LoadingState />
      ) : channel.isError ? (
        <ErrorState title="The channel could not be loaded" message={channel.error.message} />
      ) : (
        <ChannelForm key={channel.data.id} channel={channel.data} onSaved={() => undefined} />
      )}
    </>
  );
}

export function AlertRulesRoute() {
  return (
    <>
      <Header title="Alert rules" action={{ to: '/alerts/rules/new', label: 'Add rule' }} />
      <RuleList />
    </>
  );
}

export function NewRuleRoute() {
  const navigate = useNavigate();
  const endpointId = Number(useSearchParams()[0].get('endpoint_id')) || undefined;
  return (
    <>
      <Header title="Add an alert rule" />
      <RuleForm endpointId={endpointId} onSaved={() => navigate('/alerts/rules')} />
    </>
  );
}

export function EditRuleRoute() {
  const navigate = useNavigate();
  const id = Number(useParams().id);
  const rule = useRule(Number.isInteger(id) ? id : undefined);
  return (
    <>
      <Header title="Edit alert rule" />
      {rule.isPending ? (
        <LoadingState />
      ) : rule.isError ? (
        <ErrorState title="The rule could not be loaded" message={rule.error.message} />
      ) : (
        <RuleForm key={rule.data.id} rule={rule.data} onSaved={() => navigate('/alerts/rules')} />
      )}
    </>
  );
}
