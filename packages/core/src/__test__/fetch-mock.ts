/**
 * Test helpers: an injected `fetch` that answers from a script and records what was sent. Each test
 * builds its own; nothing global is patched.
 */

/** A scripted answer: a response, an error to throw, or a function of the request. */
export type Responder = Response | Error | ((request: Request) => Response | Promise<Response>);

export interface FetchMock {
  fetch: typeof fetch;
  /** Clones of the requests, in order (bodies still readable). */
  requests: Request[];
}

/** Answers the n-th request with the n-th responder; the last responder answers all further requests. */
export function mockFetch(...responders: Responder[]): FetchMock {
  const requests: Request[] = [];
  const fetchMock = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request ? input : new Request(input, init);
    requests.push(request.clone());
    const responder = responders.length > 1 ? responders.shift() : responders[0];
    if (responder === undefined) throw new Error('mockFetch: no responder scripted');
    if (responder instanceof Error) throw responder;
    if (typeof responder === 'function') return responder(request);
    return responder.clone();
  };
  return { fetch: fetchMock as typeof fetch, requests };
}

export function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(body), {
    status: 200,
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });
}

export function problemResponse(
  status: number,
  slug: string,
  extra: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: `https://gigmarket.org.cn/problems/${slug}`,
    title: `Title of ${slug}`,
    status,
    requestId: 'req_01J2ZK6T3M8Q4R5S6T7V8W9X0Y',
    ...extra,
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** A fetch that never answers, and rejects with the abort reason when the request's signal aborts. */
export const hang = (request: Request): Promise<Response> =>
  new Promise<Response>((_, reject) => {
    if (request.signal.aborted) reject(request.signal.reason);
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
