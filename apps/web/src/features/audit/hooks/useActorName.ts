import { getGetUserQueryKey, useGetUser } from '@sopr/api-client';
import { useScopeKey } from '../../auth/hooks/useScope';

/** The name of the user behind an audit entry, when that user is within the reader's scope. */
export function useActorName(actorId: string | null, enabled: boolean): string | undefined {
  const scope = useScopeKey();
  const query = useGetUser(actorId ?? '', {
    query: { queryKey: [...scope, ...getGetUserQueryKey(actorId ?? '')], enabled: enabled && !!actorId, staleTime: 5 * 60_000, retry: false },
  });
  return query.data?.fullName;
}
