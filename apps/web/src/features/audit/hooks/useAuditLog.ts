import { getListAuditLogQueryKey, ListAuditLogParams, useListAuditLog } from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useScopeKey } from '../../auth/hooks/useScope';

export function useAuditLog(params: ListAuditLogParams) {
  const scope = useScopeKey();
  return useListAuditLog(params, {
    query: { queryKey: [...scope, ...getListAuditLogQueryKey(params)], placeholderData: keepPreviousData },
  });
}
