import type { ApiError, MeDto, TokenPairDto } from '@sopr/api-client';
import { createContext } from 'react';

export type AuthStatus = 'loading' | 'anonymous' | 'authenticated' | 'unreachable';

export interface AuthContextValue {
  status: AuthStatus;
  user: MeDto | null;
  /** A message for the login page, e.g. that the session has ended. */
  notice: string | null;
  /** Why the session could not be restored on start (server unreachable). */
  startError: ApiError | null;
  /** The user logged out on purpose: the next login starts on the home page, not where they were. */
  signedOut: boolean;
  login(email: string, password: string): Promise<MeDto>;
  logout(): Promise<void>;
  /** Stores a new token pair (after a change of password). */
  applyTokens(pair: TokenPairDto): void;
  /** Tries to restore the session again after the server was unreachable. */
  retry(): void;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
