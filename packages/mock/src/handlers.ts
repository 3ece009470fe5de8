import { http, type RequestHandler } from 'msw';

/**
 * The MSW handlers: every method on the base URL and below goes to the pipeline, which answers
 * every request (a path outside the standard gets the server's own `404`), so a partner's
 * `onUnhandledRequest: 'error'` still catches calls to other hosts.
 */
export function mswHandlers(
  baseUrl: string,
  pipeline: (request: Request) => Promise<Response>,
): RequestHandler[] {
  const answer = ({ request }: { request: Request }) => pipeline(request);
  return [http.all(baseUrl, answer), http.all(`${baseUrl}/*`, answer)];
}
