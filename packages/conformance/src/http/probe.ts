import type { Recorder } from './recorder.js';

/** Who a raw request is sent as: a configured credential set, nobody, or a forged token. */
export type Caller =
  | 'primary'
  | 'second'
  | 'reviewer'
  | 'insurer'
  | 'anonymous'
  | 'forged'
  | { token: string };

/** A raw answer: status, headers, the body parsed when it is JSON, and the text. */
export interface ProbeResponse {
  status: number;
  headers: Headers;
  // biome-ignore lint/suspicious/noExplicitAny: answers are read loosely and checked field by field
  body: any;
  text: string;
}

export interface ProbeRequest {
  method?: string;
  /** Relative to the base URL, starting with `/`. */
  path: string;
  /** A string is sent as is (for malformed JSON); anything else is JSON-encoded. */
  body?: unknown;
  headers?: Record<string, string>;
  as?: Caller;
}

/**
 * Raw HTTP for the checks that must control every byte (missing credentials, malformed bodies,
 * headers): the SDK would correct or refuse those requests itself.
 */
export function createProbe(
  baseUrl: string,
  recorder: Recorder,
  tokenFor: (caller: 'primary' | 'second' | 'reviewer' | 'insurer') => Promise<string>,
) {
  return async function probe(request: ProbeRequest): Promise<ProbeResponse> {
    const headers = new Headers(request.headers);
    const as = request.as ?? 'primary';
    if (typeof as === 'object') headers.set('Authorization', `Bearer ${as.token}`);
    else if (as === 'forged') headers.set('Authorization', 'Bearer forged.conformance.token');
    else if (as !== 'anonymous') headers.set('Authorization', `Bearer ${await tokenFor(as)}`);
    if (request.body !== undefined && !headers.has('Content-Type'))
      headers.set('Content-Type', 'application/json');
    const response = await recorder.fetch(`${baseUrl}${request.path}`, {
      method: request.method ?? 'GET',
      headers,
      ...(request.body !== undefined
        ? { body: typeof request.body === 'string' ? request.body : JSON.stringify(request.body) }
        : {}),
    });
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = undefined;
    }
    return { status: response.status, headers: response.headers, body, text };
  };
}

export type Probe = ReturnType<typeof createProbe>;
