import { QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { useCurrentUser } from './useAuth';

/**
 * The prefix of every query key: the account and its place. One account never reads another's
 * cache, even if the cache were not cleared between sessions.
 */
export function useScopeKey(): readonly [string, string, string] {
  const user = useCurrentUser();
  const place = user.organizationId ?? user.municipalityId ?? user.regionId ?? 'all';
  return useMemo(() => ['sopr', user.id, place] as const, [user.id, place]);
}

/** `[...scope, ...key]` for a generated query key. */
export function useScopedKey(key: QueryKey): QueryKey {
  const scope = useScopeKey();
  return [...scope, ...key];
}

/** Invalidates the scoped queries whose API path starts with one of `prefixes` (e.g. '/api/v1/users'). */
export function useInvalidateApi(): (...prefixes: string[]) => Promise<void> {
  const queryClient = useQueryClient();
  const scope = useScopeKey();
  return useCallback(
    (...prefixes: string[]) =>
      queryClient.invalidateQueries({
        predicate: (query) => {
          const key = query.queryKey;
          if (key[0] !== scope[0] || key[1] !== scope[1] || key[2] !== scope[2]) return false;
          const path = key[3];
          return typeof path === 'string' && prefixes.some((prefix) => path.startsWith(prefix));
        },
      }),
    [queryClient, scope],
  );
}
