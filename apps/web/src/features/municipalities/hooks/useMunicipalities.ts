import {
  getListMunicipalitiesQueryKey,
  ListMunicipalitiesParams,
  useCreateMunicipality,
  useDeleteMunicipality,
  useListMunicipalities,
  useUpdateMunicipality,
} from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';

const PATH = '/api/v1/municipalities';

export function useMunicipalityList(params: ListMunicipalitiesParams) {
  const scope = useScopeKey();
  return useListMunicipalities(params, {
    query: { queryKey: [...scope, ...getListMunicipalitiesQueryKey(params)], placeholderData: keepPreviousData },
  });
}

export function useMunicipalityMutations() {
  const invalidate = useInvalidateApi();
  const onSuccess = () => invalidate(PATH);
  return {
    create: useCreateMunicipality({ mutation: { onSuccess } }),
    update: useUpdateMunicipality({ mutation: { onSuccess } }),
    remove: useDeleteMunicipality({ mutation: { onSuccess } }),
  };
}
