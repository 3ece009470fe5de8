/**
 * Reads a response body: JSON (including `application/problem+json` and other `+json` types) is
 * parsed, anything else is returned as text, and an empty body (a `204` has none) is `undefined`. A body that
 * claims JSON but does not parse is returned as text, so error mapping still sees what the server said.
 *
 * @example
 * ```ts
 * await readResponseBody(new Response('{"id":"job_1"}', { headers: { 'Content-Type': 'application/json' } }));
 * // { id: 'job_1' }
 * ```
 */
export async function readResponseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text === '') return undefined;
  const contentType = response.headers.get('content-type') ?? '';
  if (!/[/+]json\b/i.test(contentType)) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
