import { HttpResponse, http, type JsonBodyType, type RequestHandler } from 'msw';
import { type OpenApiDocument, type SpecOperation, specOperations } from './spec-operations.js';

/** Where the handlers listen unless told otherwise; `.test` never resolves, so nothing leaks out. */
export const MOCK_BASE_URL = 'http://gigmarket.test/v1';

/** `/escrows/{escrowId}/release` → `<base>/escrows/:escrowId/release` (MSW's path syntax). */
export function mswPath(baseUrl: string, template: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${template.replace(/\{([^}]+)\}/g, ':$1')}`;
}

/** A response carrying `body` as the spec documents it: JSON-ish media types as JSON, others as text. */
export function exampleResponse(operation: Pick<SpecOperation, 'successStatus' | 'mediaType' | 'example'>) {
  const { successStatus: status, mediaType, example } = operation;
  if (!mediaType) return new HttpResponse(null, { status });
  const headers = { 'Content-Type': mediaType };
  if (/[/+]json$/.test(mediaType)) return HttpResponse.json(example as JsonBodyType, { status, headers });
  return new HttpResponse(String(example), { status, headers });
}

/**
 * One MSW handler per operation of the spec, answering its success status with its documented
 * example. Static paths come before parameterised ones, so `/jobs/search` is not read as `/jobs/{jobId}`.
 *
 * @example
 * ```ts
 * const server = setupServer(...specHandlers());
 * server.listen({ onUnhandledRequest: 'error' });
 * ```
 */
export function specHandlers(baseUrl = MOCK_BASE_URL, doc?: OpenApiDocument): RequestHandler[] {
  const params = (path: string) => path.split('{').length;
  return specOperations(doc)
    .sort((a, b) => params(a.path) - params(b.path))
    .map((operation) =>
      http[operation.method](mswPath(baseUrl, operation.path), () =>
        exampleResponse({ ...operation, example: structuredClone(operation.example) }),
      ),
    );
}

/**
 * An RFC 9457 problem response of one of the standard's problem types.
 *
 * @example
 * ```ts
 * problemResponse(409, 'invalid-transition', { currentState: 'FUNDED', allowedActions: ['hold'] });
 * ```
 */
export function problemResponse(status: number, slug: string, extra: Record<string, unknown> = {}) {
  return HttpResponse.json(
    {
      type: `https://gigmarket.org.cn/problems/${slug}`,
      title: slug.replaceAll('-', ' '),
      status,
      requestId: 'req_01J4REQ0000000000000000000',
      ...extra,
    },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}
