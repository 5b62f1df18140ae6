import type { MeDto } from '@sopr/api-client';
import { useContext } from 'react';
import { AuthContext, AuthContextValue } from './auth-context';

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/** The signed-in user; only for components below <RequireAuth>. */
export function useCurrentUser(): MeDto {
  const { user } = useAuth();
  if (!user) throw new Error('useCurrentUser must be used below <RequireAuth>');
  return user;
}

export function usePermissions(): readonly string[] {
  return useCurrentUser().permissions;
}
