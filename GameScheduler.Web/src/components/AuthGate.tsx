import type { ReactNode } from 'react';
import { ApiError } from '../api/http';
import { useCurrentUser } from '../hooks/queries';
import { LoginPage } from '../pages/LoginPage';
import { QueryView } from './QueryView';

/** Shows the login page instead of `children` while nobody is signed in. */
export function AuthGate({ children }: { children: ReactNode }) {
  const currentUser = useCurrentUser();
  if (currentUser.error instanceof ApiError && currentUser.error.status === 401) return <LoginPage />;
  return (
    <QueryView query={currentUser} loadingLabel="Checking your session">
      {() => children}
    </QueryView>
  );
}
