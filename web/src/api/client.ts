/**
 * The one way the web app talks to /api: the session cookie goes along by itself, writes carry
 * the session's CSRF token (X-CSRF-Token), bodies are JSON, and every failure becomes an ApiError
 * built from the server's {"error":{code,message,details}}.
 */

export interface ApiErrorDetail {
  field?: string;
  path?: string;
  message: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ApiErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A record's version (sent as "v<n>") or a raw ETag. */
  ifMatch?: number | string;
  idempotencyKey?: string;
  query?: Query;
}

let csrfToken: string | null = null;

/** Set after logging in or reading the session; cleared on log out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function apiUrl(path: string, query?: Query): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

function headers(options: ApiOptions, json: boolean): Headers {
  const h = new Headers({ accept: 'application/json' });
  if (json) h.set('content-type', 'application/json');
  if (options.method && options.method !== 'GET' && csrfToken) h.set('x-csrf-token', csrfToken);
  if (options.ifMatch !== undefined)
    h.set(
      'if-match',
      typeof options.ifMatch === 'number' ? `"v${options.ifMatch}"` : options.ifMatch,
    );
  if (options.idempotencyKey) h.set('idempotency-key', options.idempotencyKey);
  return h;
}

async function failure(res: Response): Promise<ApiError> {
  const text = await res.text();
  try {
    const parsed: unknown = JSON.parse(text);
    const error = isRecord(parsed) && isRecord(parsed.error) ? parsed.error : null;
    if (error) {
      const details = Array.isArray(error.details) ? error.details.filter(isDetail) : [];
      return new ApiError(res.status, String(error.code), String(error.message), details);
    }
  } catch {
    // Not JSON (a proxy's error page): fall through to the status line.
  }
  return new ApiError(res.status, 'http_' + res.status, text.slice(0, 200) || res.statusText);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isDetail(value: unknown): value is ApiErrorDetail {
  return isRecord(value) && typeof value.message === 'string';
}

async function send(path: string, options: ApiOptions, body?: BodyInit): Promise<Response> {
  const res = await fetch(apiUrl(path, options.query), {
    method: options.method ?? 'GET',
    headers: headers(options, typeof body === 'string'),
    body,
    credentials: 'same-origin',
  });
  if (!res.ok) throw await failure(res);
  return res;
}

/** JSON in, JSON out. The response types mirror the server's response schemas (OpenAPI). */
export async function apiFetch<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  const res = await send(path, options, body);
  if (res.status === 204) return undefined as T;
  const data: unknown = await res.json();
  return data as T;
}

/** Multipart upload (attachments, notices): the browser sets the boundary. */
export async function apiUpload<T>(
  path: string,
  form: FormData,
  options: ApiOptions = {},
): Promise<T> {
  const res = await send(path, { method: 'POST', ...options }, form);
  const data: unknown = await res.json();
  return data as T;
}

/** Downloads a file and hands it to the browser under the server's file name. */
export async function apiDownload(path: string, query?: Query): Promise<void> {
  const res = await send(path, { query });
  const blob = await res.blob();
  const name =
    fileName(res.headers.get('content-disposition')) ?? path.split('/').pop() ?? 'download';
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileName(disposition: string | null): string | null {
  if (!disposition) return null;
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (star) return decodeURIComponent(star);
  return /filename="?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}
