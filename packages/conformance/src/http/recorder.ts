import type { Exchange } from '../types.js';

const EXCERPT = 600;
const SHOWN_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'idempotency-key',
  'idempotent-replayed',
  'location',
  'ratelimit-limit',
  'ratelimit-remaining',
  'retry-after',
];

const cut = (text: string) =>
  text.length > EXCERPT ? `${text.slice(0, EXCERPT)}… (${text.length} chars)` : text;

function headerLines(headers: Headers): string {
  return SHOWN_HEADERS.filter((name) => headers.has(name))
    .map((name) => {
      const value = headers.get(name) ?? '';
      // Evidence goes into reports that are shared: never write a usable credential into one.
      const shown = name === 'authorization' || name === 'x-api-key' ? `${value.slice(0, 12)}…` : value;
      return `${name}: ${shown}\n`;
    })
    .join('');
}

/**
 * A `fetch` that remembers the exchanges it carried, so every check can attach the requests it made
 * and the answers it got as evidence. Both the SDK clients and the raw probe of the kit use it.
 */
export class Recorder {
  private log: Exchange[] = [];

  constructor(private readonly inner: typeof fetch = globalThis.fetch) {}

  /** Clears the log: called before each check. */
  reset(): void {
    this.log = [];
  }

  /** The last `n` exchanges, oldest first. */
  last(n = 3): Exchange[] {
    return this.log.slice(-n);
  }

  readonly fetch: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = request.body ? await request.clone().text() : '';
    const response = await this.inner(request);
    const text = await response
      .clone()
      .text()
      .catch(() => '');
    this.log.push({
      request: `${request.method} ${request.url}\n${headerLines(request.headers)}${body ? `\n${cut(body)}` : ''}`,
      response: `${response.status} ${response.statusText}\n${headerLines(response.headers)}${text ? `\n${cut(text)}` : ''}`,
    });
    if (this.log.length > 20) this.log.shift();
    return response;
  };
}
