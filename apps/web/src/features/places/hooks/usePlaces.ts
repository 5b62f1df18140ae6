import {
  getGetMunicipalityQueryKey,
  getGetOrganizationQueryKey,
  getGetRegionQueryKey,
  getListMunicipalitiesQueryKey,
  getListOrganizationsQueryKey,
  getListRegionsQueryKey,
  ListMunicipalitiesParams,
  ListOrganizationsParams,
  ListRegionsParams,
  useGetMunicipality,
  useGetOrganization,
  useGetRegion,
  useListMunicipalities,
  useListOrganizations,
  useListRegions,
} from '@sopr/api-client';
import { keepPreviousData } from '@tanstack/react-query';
import { useScopeKey } from '../../auth/hooks/useScope';

/** Option lists and names of regions, municipalities and organizations (scoped query keys). */

const OPTIONS_LIMIT = 50;

export function useRegionOptions(params: ListRegionsParams, enabled = true) {
  const scope = useScopeKey();
  const full = { limit: OPTIONS_LIMIT, sort: 'name', ...params };
  return useListRegions(full, {
    query: { queryKey: [...scope, ...getListRegionsQueryKey(full)], enabled, placeholderData: keepPreviousData },
  });
}

export function useMunicipalityOptions(params: ListMunicipalitiesParams, enabled = true) {
  const scope = useScopeKey();
  const full = { limit: OPTIONS_LIMIT, sort: 'name', ...params };
  return useListMunicipalities(full, {
    query: { queryKey: [...scope, ...getListMunicipalitiesQueryKey(full)], enabled, placeholderData: keepPreviousData },
  });
}

export function useOrganizationOptions(params: ListOrganizationsParams, enabled = true) {
  const scope = useScopeKey();
  const full = { limit: OPTIONS_LIMIT, sort: 'name', ...params };
  return useListOrganizations(full, {
    query: { queryKey: [...scope, ...getListOrganizationsQueryKey(full)], enabled, placeholderData: keepPreviousData },
  });
}

const NAME_STALE_MS = 5 * 60_000;

export function useRegionName(id: string | null | undefined): { name?: string; loading: boolean } {
  const scope = useScopeKey();
  const query = useGetRegion(id ?? '', {
    query: { queryKey: [...scope, ...getGetRegionQueryKey(id ?? '')], enabled: !!id, staleTime: NAME_STALE_MS, retry: false },
  });
  return { name: query.data?.name, loading: query.isLoading };
}

export function useMunicipalityName(id: string | null | undefined): { name?: string; loading: boolean } {
  const scope = useScopeKey();
  const query = useGetMunicipality(id ?? '', {
    query: { queryKey: [...scope, ...getGetMunicipalityQueryKey(id ?? '')], enabled: !!id, staleTime: NAME_STALE_MS, retry: false },
  });
  return { name: query.data?.name, loading: query.isLoading };
}

export function useOrganizationName(id: string | null | undefined): { name?: string; loading: boolean } {
  const scope = useScopeKey();
  const query = useGetOrganization(id ?? '', {
    query: { queryKey: [...scope, ...getGetOrganizationQueryKey(id ?? '')], enabled: !!id, staleTime: NAME_STALE_MS, retry: false },
  });
  return { name: query.data?.shortName || query.data?.name, loading: query.isLoading };
}
