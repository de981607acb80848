import { Navigate, useNavigate } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { useAuthStatus } from '@/features/auth/api/get-auth-status';
import { AuthCard } from '@/features/auth/components/auth-card';
import { SetupForm } from '@/features/auth/components/setup-form';

/** First run: shown while the server has no user. */
export function SetupRoute() {
  const navigate = useNavigate();
  const status = useAuthStatus();
  // Set up already (or just now): the app decides between the dashboard and the login page.
  if (status.data && !status.data.setup_required) return <Navigate to="/" replace />;
  return (
    <AuthCard title="Welcome to apimon" description="Create the first admin account. You can invite others afterwards.">
      {status.isLoading ? <LoadingState /> : <SetupForm onDone={() => navigate('/', { replace: true })} />}
    </AuthCard>
  );
}
