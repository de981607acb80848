import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LoadingState } from '@/components/ui/states';
import { useAuthStatus } from '@/features/auth/api/get-auth-status';
import { AuthCard } from '@/features/auth/components/auth-card';
import { LoginForm } from '@/features/auth/components/login-form';
import { safeNext } from '@/features/auth/roles';

export function LoginRoute() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const status = useAuthStatus();
  const next = safeNext(params.get('next'));
  if (status.data?.setup_required) return <Navigate to="/setup" replace />;
  return (
    <AuthCard title="Sign in" description="Sign in to your apimon.">
      {status.isLoading ? <LoadingState /> : <LoginForm onSignedIn={() => navigate(next, { replace: true })} />}
    </AuthCard>
  );
}
