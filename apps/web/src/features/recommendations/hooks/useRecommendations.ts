import {
  getListRecommendationsQueryKey,
  ListRecommendations200,
  ListRecommendationsParams,
  listRecommendations,
  useUpdateRecommendation,
} from '@sopr/api-client';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { errorStatus } from '../../../shared/lib/api-errors';
import { useInvalidateApi, useScopeKey } from '../../auth/hooks/useScope';
import { secondStatusWindow, StatusFilter, statusesOf } from '../lib/recommendations';

const RECOMMENDATIONS_PATH = getListRecommendationsQueryKey()[0];

export type RecommendationListParams = Omit<ListRecommendationsParams, 'status'> & { limit: number; offset: number };

/**
 * A page of recommendations with the status filter. The API takes one status at a time, so
 * «Открытые» reads the issued ones and then the accepted ones that fill the rest of the page
 * (two requests, the total of both).
 */
async function readPage(params: RecommendationListParams, filter: StatusFilter, signal: AbortSignal): Promise<ListRecommendations200> {
  const statuses = statusesOf(filter);
  if (statuses.length < 2) return listRecommendations({ ...params, status: statuses[0] }, { signal });
  const [first, second] = statuses;
  const head = await listRecommendations({ ...params, status: first }, { signal });
  const window = secondStatusWindow(params, head.total, head.items.length);
  const tail = await listRecommendations({ ...params, status: second, offset: window.offset, limit: window.limit }, { signal });
  return { items: [...head.items, ...tail.items.slice(0, window.take)], total: head.total + tail.total, limit: params.limit, offset: params.offset };
}

export function useRecommendationList(params: RecommendationListParams, filter: StatusFilter) {
  const scope = useScopeKey();
  return useQuery({
    queryKey: [...scope, RECOMMENDATIONS_PATH, { ...params, status: filter }],
    queryFn: ({ signal }) => readPage(params, filter, signal),
    placeholderData: keepPreviousData,
  });
}

/**
 * Accept, finish or reject; every list of recommendations is read again after it, and after a
 * refusal other than a form error (409: someone moved it meanwhile; 403, 404), which shows the list stale.
 */
export function useRecommendationUpdate() {
  const invalidate = useInvalidateApi();
  return useUpdateRecommendation({
    mutation: {
      onSuccess: () => invalidate(RECOMMENDATIONS_PATH),
      onError: (error) => {
        if (errorStatus(error) !== 400) void invalidate(RECOMMENDATIONS_PATH);
      },
    },
  });
}
