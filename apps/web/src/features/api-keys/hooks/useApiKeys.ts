import { getListApiKeysQueryKey, ListApiKeysParams, useCreateApiKey, useListApiKeys, useRevokeApiKey } from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

const PATH = '/api/v1/api-keys';

export function useApiKeyList(params: ListApiKeysParams) {
  const scope = useScopeKey();
  return useListApiKeys(params, {
    query: { queryKey: [...scope, ...getListApiKeysQueryKey(params)], placeholderData: keepPreviousData },
  });
}

export function useApiKeyMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(PATH);
  return {
    create: useCreateApiKey({ mutation: { onSuccess } }),
    revoke: useRevokeApiKey({ mutation: { onSuccess } }),
  };
}
