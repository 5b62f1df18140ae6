import { getListUsersQueryKey, ListUsersParams, useCreateUser, useDeactivateUser, useListUsers, useUpdateUser } from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

const PATH = '/api/v1/users';

export function useUserList(params: ListUsersParams) {
  const scope = useScopeKey();
  return useListUsers(params, {
    query: { queryKey: [...scope, ...getListUsersQueryKey(params)], placeholderData: keepPreviousData },
  });
}

export function useUserMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(PATH);
  return {
    create: useCreateUser({ mutation: { onSuccess } }),
    update: useUpdateUser({ mutation: { onSuccess } }),
    block: useDeactivateUser({ mutation: { onSuccess } }),
  };
}
