/**
 * Downloads a file from the API with the session's bearer token. `customFetch` reads every body
 * as text (JSON or a string), which breaks binary files such as XLSX, so files take this path:
 * the same token source and the same one-refresh-and-retry on a 401, then the Blob is saved.
 */
import { ApiError, ApiErrorBody, getAccessToken, getRefreshToken, NETWORK_ERROR_MESSAGE, refreshSession, SESSION_EXPIRED_MESSAGE } from '@sopr/api-client';

const UNKNOWN_DOWNLOAD_MESSAGE = 'Не удалось скачать файл. Повторите попытку позже.';

async function request(url: string, token: string | null): Promise<Response> {
  const headers = new Headers();
  if (token) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(url, { method: 'GET', headers });
  } catch {
    throw new ApiError(0, { statusCode: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE });
  }
}

async function errorOf(response: Response): Promise<ApiError> {
  let body: Partial<ApiErrorBody> | null = null;
  if ((response.headers.get('content-type') ?? '').includes('json')) {
    body = (await response.json().catch(() => null)) as Partial<ApiErrorBody> | null;
  }
  return new ApiError(response.status, {
    statusCode: response.status,
    code: body?.code ?? 'UNKNOWN',
    message: body?.message ?? UNKNOWN_DOWNLOAD_MESSAGE,
    errors: body?.errors,
  });
}

/** The file at `url` (an API path) as a Blob; failures are ApiError like everywhere else. */
export async function fetchFile(url: string): Promise<Blob> {
  const usedToken = getAccessToken();
  let response = await request(url, usedToken);
  if (response.status === 401 && getRefreshToken() !== null) {
    const current = getAccessToken();
    const fresh = current !== null && current !== usedToken ? current : (await refreshSession())?.accessToken;
    if (!fresh) throw new ApiError(401, { statusCode: 401, code: 'SESSION_EXPIRED', message: SESSION_EXPIRED_MESSAGE });
    response = await request(url, fresh);
  }
  if (!response.ok) throw await errorOf(response);
  return response.blob();
}

/** Hands a Blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the URL only after the click handler returns.
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}

export async function downloadFile(url: string, fileName: string): Promise<void> {
  saveBlob(await fetchFile(url), fileName);
}
