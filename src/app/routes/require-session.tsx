import { Outlet } from 'react-router';
import { useSession } from '../../auth/use-session';
import { SignInScreen } from './sign-in-screen';

/** Pages below need a session; without one, the sign-in screen takes their place. */
export function RequireSession() {
  const session = useSession();
  return session ? <Outlet /> : <SignInScreen />;
}
