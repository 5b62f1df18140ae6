/**
 * The one HTTP entry point of the browser client (orval's custom mutator).
 *
 * - Same origin: every generated path already starts with /api/v1, so the base URL is ''.
 * - Adds `Authorization: Bearer <access>` while a session exists.
 * - On a 401 (TOKEN_EXPIRED, or any 401 while a refresh token is known) performs ONE shared
 *   in-flight refresh and retries the request once. If the refresh fails the session is cleared
 *   and the `onSessionExpired` handler sends the user to /login.
 * - Every failure is an `ApiError`; a network failure is `status 0` with a Russian message
 *   (a 502/504 from a proxy in front of the API counts as unreachable too).
 * - The access token lives in memory only; the refresh token also in localStorage, so a reload
 *   keeps the session (the app calls `restoreSession()` on start).
 */

/** Error body of every API response: { statusCode, code, message, errors? }. */
export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  errors?: { field: string; message: string }[];
}

export const NETWORK_ERROR_MESSAGE = 'Сервер недоступен. Проверьте подключение и повторите попытку.';
const UNKNOWN_ERROR_MESSAGE = 'Не удалось выполнить запрос. Повторите попытку позже.';
export const SESSION_EXPIRED_MESSAGE = 'Сеанс завершён. Войдите снова.';

export class ApiError extends Error {
  readonly status: number;
  readonly body: ApiErrorBody;

  constructor(status: number, body: ApiErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = status;
    this.body = body;
  }

  get code(): string {
    return this.body.code;
  }

  /** Field errors keyed by field name (first message per field). */
  get fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const error of this.body.errors ?? []) {
      if (!(error.field in result)) result[error.field] = error.message;
    }
    return result;
  }

  /** The API did not answer (no connection, or a proxy in front of it reported it down). */
  get isNetworkError(): boolean {
    return this.body.code === 'NETWORK_ERROR';
  }
}

/** orval uses this type as the error type of the generated hooks: every failure is an ApiError. */
export type ErrorType<_Body = ApiErrorBody> = ApiError;

/** The pair returned by login, refresh and change-password (structurally TokenPairDto). */
export interface SessionTokens {
  accessToken: string;
  refreshToken: string;
}

/** Receives the new pair after login/refresh/change of password, or null when the session ends. */
type SessionListener = (tokens: SessionTokens | null) => void;
type ReachabilityListener = (reachable: boolean) => void;

const REFRESH_TOKEN_KEY = 'sopr.refreshToken';
const REFRESH_PATH = '/api/v1/auth/refresh';
const LOCK_NAME = 'sopr.refresh';
/** Requests that must never trigger a refresh-and-retry (they are the session itself). */
const NO_REFRESH_PATHS = ['/api/v1/auth/login', '/api/v1/auth/refresh', '/api/v1/auth/logout'];
/** Statuses that mean "the API did not answer" (a proxy in front of it answered instead). */
const UNREACHABLE_STATUSES = [502, 504];

let accessToken: string | null = null;
let refreshInFlight: Promise<SessionTokens | null> | null = null;
let reachable = true;
const sessionListeners = new Set<SessionListener>();
const expiredHandlers = new Set<() => void>();
const reachabilityListeners = new Set<ReachabilityListener>();

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function getAccessToken(): string | null {
  return accessToken;
}

export function getRefreshToken(): string | null {
  return storage()?.getItem(REFRESH_TOKEN_KEY) ?? null;
}

/** Stores a fresh pair (after login, refresh or change of password). */
export function setSession(tokens: SessionTokens): void {
  accessToken = tokens.accessToken;
  storage()?.setItem(REFRESH_TOKEN_KEY, tokens.refreshToken);
  sessionListeners.forEach((listener) => listener(tokens));
}

/** Forgets both tokens (logout, failed refresh). */
export function clearSession(): void {
  accessToken = null;
  storage()?.removeItem(REFRESH_TOKEN_KEY);
  sessionListeners.forEach((listener) => listener(null));
}

/** Called whenever the tokens change; returns the unsubscribe function. */
export function subscribeSession(listener: SessionListener): () => void {
  sessionListeners.add(listener);
  return () => {
    sessionListeners.delete(listener);
  };
}

/**
 * Called when the session cannot be refreshed any more. Without a handler the client goes
 * to /login itself.
 */
export function onSessionExpired(handler: () => void): () => void {
  expiredHandlers.add(handler);
  return () => {
    expiredHandlers.delete(handler);
  };
}

/** Whether the last request reached the API (for the «API недоступен» banner). */
export function isApiReachable(): boolean {
  return reachable;
}

export function subscribeReachability(listener: ReachabilityListener): () => void {
  reachabilityListeners.add(listener);
  return () => {
    reachabilityListeners.delete(listener);
  };
}

function setReachable(value: boolean): void {
  if (reachable === value) return;
  reachable = value;
  reachabilityListeners.forEach((listener) => listener(value));
}

function expireSession(): void {
  clearSession();
  if (expiredHandlers.size > 0) {
    expiredHandlers.forEach((handler) => handler());
  } else if (typeof window !== 'undefined' && window.location.pathname !== '/login') {
    window.location.assign('/login');
  }
}

// Another tab logged out: this tab's session ends too.
if (typeof window !== 'undefined') {
  window.addEventListener('storage', (event) => {
    if (event.key === REFRESH_TOKEN_KEY && event.newValue === null && accessToken !== null) {
      accessToken = null;
      sessionListeners.forEach((listener) => listener(null));
    }
  });
}

/** Files (XLSX exports, templates) come back as Blobs; JSON and text as before. */
const BINARY_TYPES = ['application/vnd.openxmlformats', 'application/octet-stream', 'application/pdf'];

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (response.ok && BINARY_TYPES.some((binary) => contentType.startsWith(binary))) return response.blob();
  const text = await response.text();
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  return typeof value === 'object' && value !== null && typeof (value as ApiErrorBody).message === 'string';
}

function toApiError(status: number, body: unknown): ApiError {
  if (isErrorBody(body)) {
    return new ApiError(status, { statusCode: body.statusCode ?? status, code: body.code ?? 'UNKNOWN', message: body.message, errors: body.errors });
  }
  if (UNREACHABLE_STATUSES.includes(status)) {
    return new ApiError(status, { statusCode: status, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE });
  }
  return new ApiError(status, { statusCode: status, code: 'UNKNOWN', message: UNKNOWN_ERROR_MESSAGE });
}

function networkError(): ApiError {
  return new ApiError(0, { statusCode: 0, code: 'NETWORK_ERROR', message: NETWORK_ERROR_MESSAGE });
}

async function send(url: string, init: RequestInit, token: string | null): Promise<Response> {
  const headers = new Headers(init.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (!headers.has('Accept')) headers.set('Accept', 'application/json');
  try {
    const response = await fetch(url, { ...init, headers });
    setReachable(!UNREACHABLE_STATUSES.includes(response.status));
    return response;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    setReachable(false);
    throw networkError();
  }
}

/** Runs `task` under a cross-tab lock when the browser has one, so two tabs never spend one refresh token. */
async function withRefreshLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? (navigator as Navigator & { locks?: LockManager }).locks : undefined;
  if (!locks) return task();
  return locks.request(LOCK_NAME, task);
}

async function performRefresh(): Promise<SessionTokens | null> {
  return withRefreshLock(async () => {
    // Read inside the lock: another tab may have rotated the token meanwhile.
    const refreshToken = getRefreshToken();
    if (!refreshToken) return null;
    const response = await send(REFRESH_PATH, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refreshToken }),
    }, null);
    const body = await readBody(response);
    if (!response.ok) throw toApiError(response.status, body);
    const pair = body as SessionTokens;
    setSession(pair);
    return pair;
  });
}

/**
 * One shared refresh for every caller that needs it at the same time. Resolves to the new pair
 * (the whole TokenPairDto body), or null when the server refused it: then the session is cleared
 * and `onSessionExpired` handlers run. A network failure rejects with ApiError(0) and keeps the
 * session, since the server may come back.
 */
export function refreshSession<T extends SessionTokens = SessionTokens>(): Promise<T | null> {
  if (!refreshInFlight) {
    refreshInFlight = performRefresh()
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.isNetworkError) throw error;
        expireSession();
        return null;
      })
      .finally(() => {
        refreshInFlight = null;
      });
  }
  return refreshInFlight as Promise<T | null>;
}

/**
 * On start: exchanges a stored refresh token for a new pair. Resolves to the pair (with `user`),
 * or null when there is no session to restore.
 */
export async function restoreSession<T extends SessionTokens>(): Promise<T | null> {
  if (!getRefreshToken()) return null;
  return refreshSession<T>();
}

function shouldRefresh(url: string, response: Response, body: unknown): boolean {
  if (response.status !== 401) return false;
  if (NO_REFRESH_PATHS.some((path) => url.startsWith(path))) return false;
  if (isErrorBody(body) && body.code === 'TOKEN_EXPIRED') return true;
  return getRefreshToken() !== null;
}

/** The orval mutator: `customFetch<T>(url, init)` resolves to the parsed body or throws ApiError. */
export const customFetch = async <T>(url: string, init: RequestInit = {}): Promise<T> => {
  const usedToken = accessToken;
  let response = await send(url, init, usedToken);
  let body = await readBody(response);
  if (shouldRefresh(url, response, body)) {
    // A refresh finished while this request was on its way: retry with its token, no new refresh.
    const fresh = accessToken !== null && accessToken !== usedToken ? accessToken : (await refreshSession())?.accessToken;
    if (!fresh) throw new ApiError(401, { statusCode: 401, code: 'SESSION_EXPIRED', message: SESSION_EXPIRED_MESSAGE });
    response = await send(url, init, fresh);
    body = await readBody(response);
  }
  if (!response.ok) throw toApiError(response.status, body);
  return body as T;
};

export default customFetch;
