import {
  ApiError,
  clearSession,
  getRefreshToken,
  login as apiLogin,
  logout as apiLogout,
  MeDto,
  onSessionExpired,
  restoreSession,
  SESSION_EXPIRED_MESSAGE,
  setSession,
  subscribeSession,
  TokenPairDto,
} from '@sopr/api-client';
import { useQueryClient } from '@tanstack/react-query';
import { ReactNode, useCallback, useEffect, useMemo, useState } from 'react';
import { AuthContext, AuthContextValue, AuthStatus } from '../hooks/auth-context';

function hasUser(tokens: object | null): tokens is TokenPairDto {
  return tokens !== null && 'user' in tokens;
}

/**
 * Owns the signed-in user. Restores the session from the stored refresh token on start, follows
 * every token change of the HTTP layer (refresh, expiry, logout in another tab), and clears the
 * query cache whenever the account changes so no data of one account is shown to another.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<AuthStatus>('loading');
  const [user, setUser] = useState<MeDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [startError, setStartError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [signedOut, setSignedOut] = useState(false);

  useEffect(() => {
    return subscribeSession((tokens) => {
      if (tokens === null) {
        queryClient.clear();
        setUser(null);
        setStatus('anonymous');
      } else if (hasUser(tokens)) {
        setUser(tokens.user);
        setStatus('authenticated');
      }
    });
  }, [queryClient]);

  useEffect(() => onSessionExpired(() => setNotice(SESSION_EXPIRED_MESSAGE)), []);

  useEffect(() => {
    let cancelled = false;
    setStatus('loading');
    setStartError(null);
    restoreSession<TokenPairDto>()
      .then((pair) => {
        if (cancelled) return;
        if (pair) {
          setUser(pair.user);
          setStatus('authenticated');
        } else {
          setStatus('anonymous');
        }
      })
      .catch((error: unknown) => {
        if (cancelled) return;
        setStartError(error instanceof ApiError ? error : null);
        setStatus('unreachable');
      });
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  const login = useCallback(
    async (email: string, password: string): Promise<MeDto> => {
      const pair = await apiLogin({ email, password });
      queryClient.clear();
      setNotice(null);
      setSignedOut(false);
      setSession(pair);
      return pair.user;
    },
    [queryClient],
  );

  const logout = useCallback(async (): Promise<void> => {
    const refreshToken = getRefreshToken();
    if (refreshToken) {
      try {
        await apiLogout({ refreshToken });
      } catch {
        // The local session ends anyway; the server forgets the token when it expires.
      }
    }
    setNotice(null);
    setSignedOut(true);
    clearSession();
  }, []);

  const applyTokens = useCallback((pair: TokenPairDto) => setSession(pair), []);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  const value = useMemo<AuthContextValue>(
    () => ({ status, user, notice, startError, signedOut, login, logout, applyTokens, retry }),
    [status, user, notice, startError, signedOut, login, logout, applyTokens, retry],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
