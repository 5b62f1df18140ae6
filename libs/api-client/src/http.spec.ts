import {
  ApiError,
  clearSession,
  customFetch,
  getAccessToken,
  getRefreshToken,
  isApiReachable,
  NETWORK_ERROR_MESSAGE,
  onSessionExpired,
  restoreSession,
  setSession,
} from './http';

/** A minimal localStorage for node. */
class MemoryStorage {
  private readonly values = new Map<string, string>();
  getItem(key: string): string | null {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value);
  }
  removeItem(key: string): void {
    this.values.delete(key);
  }
}

const json = (status: number, body: unknown): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

const expired = () => json(401, { statusCode: 401, code: 'TOKEN_EXPIRED', message: 'Срок действия токена истёк' });
const pair = (n: number) => ({ accessToken: `access-${n}`, refreshToken: `refresh-${n}`, tokenType: 'Bearer', expiresIn: 900, user: { id: 'u1' } });

type Handler = (url: string, init: RequestInit) => Response | Promise<Response>;

function mockFetch(handler: Handler): jest.Mock {
  const mock = jest.fn((input: RequestInfo | URL, init?: RequestInit) => Promise.resolve(handler(String(input), init ?? {})));
  globalThis.fetch = mock as unknown as typeof fetch;
  return mock;
}

const authOf = (init: RequestInit): string | null => new Headers(init.headers).get('Authorization');

describe('customFetch', () => {
  const originalFetch = globalThis.fetch;

  beforeAll(() => {
    Object.defineProperty(globalThis, 'localStorage', { value: new MemoryStorage(), configurable: true });
  });

  afterAll(() => {
    globalThis.fetch = originalFetch;
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  beforeEach(() => {
    clearSession();
  });

  it('sends the access token and returns the parsed body', async () => {
    setSession(pair(1));
    const fetchMock = mockFetch(() => json(200, { items: [], total: 0 }));
    await expect(customFetch('/api/v1/users', { method: 'GET' })).resolves.toEqual({ items: [], total: 0 });
    expect(authOf(fetchMock.mock.calls[0][1])).toBe('Bearer access-1');
  });

  it('returns files (XLSX exports) as a Blob, not as text', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff]);
    mockFetch(() => new Response(bytes, { status: 200, headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' } }));
    const body = await customFetch<Blob>('/api/v1/staff/export.xlsx', { method: 'GET' });
    expect(body).toBeInstanceOf(Blob);
    expect(new Uint8Array(await body.arrayBuffer())).toEqual(bytes);
  });

  it('returns undefined for 204', async () => {
    setSession(pair(1));
    mockFetch(() => new Response(null, { status: 204 }));
    await expect(customFetch('/api/v1/users/1', { method: 'DELETE' })).resolves.toBeUndefined();
  });

  it('throws ApiError with the status and the error body', async () => {
    mockFetch(() => json(409, { statusCode: 409, code: 'CONFLICT', message: 'Запись связана с другими данными', errors: [{ field: 'name', message: 'Занято' }] }));
    const error = await customFetch('/api/v1/organizations/1', { method: 'DELETE' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(409);
    expect((error as ApiError).message).toBe('Запись связана с другими данными');
    expect((error as ApiError).fieldErrors).toEqual({ name: 'Занято' });
  });

  it('turns a network failure into ApiError 0 with a Russian message', async () => {
    globalThis.fetch = jest.fn(() => Promise.reject(new TypeError('fetch failed'))) as unknown as typeof fetch;
    const error = (await customFetch('/api/v1/users').catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(0);
    expect(error.message).toBe(NETWORK_ERROR_MESSAGE);
    expect(error.isNetworkError).toBe(true);
    expect(isApiReachable()).toBe(false);
    mockFetch(() => json(200, {}));
    await customFetch('/api/v1/health/live');
    expect(isApiReachable()).toBe(true);
  });

  it('refreshes once for concurrent expired requests and retries each once', async () => {
    setSession(pair(1));
    let refreshes = 0;
    const fetchMock = mockFetch(async (url, init) => {
      if (url === '/api/v1/auth/refresh') {
        refreshes += 1;
        expect(JSON.parse(String(init.body))).toEqual({ refreshToken: 'refresh-1' });
        await new Promise((resolve) => setTimeout(resolve, 10));
        return json(200, pair(2));
      }
      return authOf(init) === 'Bearer access-2' ? json(200, { url }) : expired();
    });
    const results = await Promise.all([customFetch('/api/v1/users'), customFetch('/api/v1/organizations'), customFetch('/api/v1/audit-log')]);
    expect(results).toEqual([{ url: '/api/v1/users' }, { url: '/api/v1/organizations' }, { url: '/api/v1/audit-log' }]);
    expect(refreshes).toBe(1);
    expect(fetchMock).toHaveBeenCalledTimes(7);
    expect(getAccessToken()).toBe('access-2');
    expect(getRefreshToken()).toBe('refresh-2');
  });

  it('clears the session and reports expiry when the refresh is refused', async () => {
    setSession(pair(1));
    const expiredHandler = jest.fn();
    const unsubscribe = onSessionExpired(expiredHandler);
    mockFetch((url) =>
      url === '/api/v1/auth/refresh' ? json(401, { statusCode: 401, code: 'REFRESH_TOKEN_REUSED', message: 'Сеанс завершён' }) : expired(),
    );
    const error = (await customFetch('/api/v1/users').catch((caught: unknown) => caught)) as ApiError;
    unsubscribe();
    expect(error.status).toBe(401);
    expect(expiredHandler).toHaveBeenCalledTimes(1);
    expect(getAccessToken()).toBeNull();
    expect(getRefreshToken()).toBeNull();
  });

  it('retries with a token refreshed meanwhile instead of refreshing again', async () => {
    setSession(pair(1));
    let refreshes = 0;
    const fetchMock = mockFetch(async (url, init) => {
      if (url === '/api/v1/auth/refresh') {
        refreshes += 1;
        return json(200, pair(3));
      }
      if (authOf(init) === 'Bearer access-1') {
        setSession(pair(2)); // another caller's refresh lands while this request is on its way
        return expired();
      }
      return json(200, { token: authOf(init) });
    });
    await expect(customFetch('/api/v1/users')).resolves.toEqual({ token: 'Bearer access-2' });
    expect(refreshes).toBe(0);
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('does not retry a request twice', async () => {
    setSession(pair(1));
    const fetchMock = mockFetch((url) => (url === '/api/v1/auth/refresh' ? json(200, pair(2)) : expired()));
    const error = (await customFetch('/api/v1/users').catch((caught: unknown) => caught)) as ApiError;
    expect(error.status).toBe(401);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('never refreshes for a failed login', async () => {
    setSession(pair(1));
    const fetchMock = mockFetch(() => json(401, { statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'Неверный адрес электронной почты или пароль' }));
    const error = (await customFetch('/api/v1/auth/login', { method: 'POST' }).catch((caught: unknown) => caught)) as ApiError;
    expect(error.message).toBe('Неверный адрес электронной почты или пароль');
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('restores a session from the stored refresh token', async () => {
    localStorage.setItem('sopr.refreshToken', 'refresh-7');
    mockFetch(() => json(200, pair(8)));
    await expect(restoreSession()).resolves.toMatchObject({ accessToken: 'access-8', user: { id: 'u1' } });
    expect(getAccessToken()).toBe('access-8');
  });

  it('restores nothing without a stored refresh token', async () => {
    const fetchMock = mockFetch(() => json(200, pair(9)));
    await expect(restoreSession()).resolves.toBeNull();
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
