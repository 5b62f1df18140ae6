import { getListRegionsQueryKey, ListRegionsParams, useCreateRegion, useListRegions, useUpdateRegion } from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

export function useRegionList(params: ListRegionsParams) {
  const scope = useScopeKey();
  return useListRegions(params, {
    query: { queryKey: [...scope, ...getListRegionsQueryKey(params)], placeholderData: keepPreviousData },
  });
}

export function useRegionMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate('/api/v1/regions');
  return {
    create: useCreateRegion({ mutation: { onSuccess } }),
    update: useUpdateRegion({ mutation: { onSuccess } }),
  };
}
