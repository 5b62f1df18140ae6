import {
  getListOrganizationsQueryKey,
  ListOrganizationsParams,
  useCreateOrganization,
  useDeleteOrganization,
  useListOrganizations,
  useUpdateOrganization,
} from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

const PATH = '/api/v1/organizations';

export function useOrganizationList(params: ListOrganizationsParams) {
  const scope = useScopeKey();
  return useListOrganizations(params, {
    query: { queryKey: [...scope, ...getListOrganizationsQueryKey(params)], placeholderData: keepPreviousData },
  });
}

/** Create, update (also activate/deactivate) and delete; each refreshes the lists and names. */
export function useOrganizationMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(PATH, '/api/v1/users');
  return {
    create: useCreateOrganization({ mutation: { onSuccess } }),
    update: useUpdateOrganization({ mutation: { onSuccess } }),
    remove: useDeleteOrganization({ mutation: { onSuccess } }),
  };
}
