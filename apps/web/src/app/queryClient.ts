import { QueryClient } from '@tanstack/react-query';
import { errorStatus } from '../shared/lib/api-errors';

/** Retries only what may pass on a second try: no connection and server errors, twice at most. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const status = errorStatus(error);
  const transient = status === undefined || status === 0 || status >= 500;
  return transient && failureCount < 2;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: false, staleTime: 30_000 },
      mutations: { retry: false },
    },
  });
}
