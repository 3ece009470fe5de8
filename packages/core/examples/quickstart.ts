import {
  apiKey,
  createCommonClient,
  createTransport,
  isRateLimitError,
  verifyWebhook,
  type WebhookEvent,
} from '@gigmarket/core';

// One transport can serve several clients (pass it to createSettlementClient, createJobsClient, …).
const transport = createTransport({
  baseUrl: 'https://sandbox.gigmarket.org.cn/v1',
  auth: apiKey('gm_demo_platform'),
  timeoutMs: 10_000,
  retry: { retries: 2 },
  hooks: { beforeRequest: ({ request }) => request.headers.set('traceparent', currentTraceparent()) },
});
const common = createCommonClient(transport);

/** The standard version and conformance level the server declares. */
export async function serverVersion(): Promise<string> {
  try {
    const discovery = await common.discovery.get();
    return `${discovery.standard.version} (level ${discovery.conformance.level})`;
  } catch (error) {
    if (isRateLimitError(error)) return `retry in ${error.retryAfterSeconds ?? 60}s`;
    throw error;
  }
}

/** A webhook receiver: verify the signature over the raw body before trusting the event. */
export function receive(request: Request, rawBody: string): Promise<WebhookEvent> {
  return verifyWebhook({
    payload: rawBody,
    headers: request.headers,
    secret: 'whsec_ZGVtby1zZWNyZXQtMzItYnl0ZXMtbG9uZy0hISE=',
  });
}

function currentTraceparent(): string {
  return '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
}
