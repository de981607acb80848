import { useNavigate, useSearchParams } from 'react-router';
import { AcceptInviteForm } from '@/features/auth/components/accept-invite-form';
import { AuthCard } from '@/features/auth/components/auth-card';

export function AcceptInviteRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  return (
    <AuthCard title="Choose your password" description="You were invited to apimon.">
      <AcceptInviteForm token={params.get('token') ?? ''} onDone={() => navigate('/', { replace: true })} />
    </AuthCard>
  );
}
