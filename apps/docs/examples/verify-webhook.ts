import { isWebhookVerificationError, verifyWebhook, type WebhookEvent } from '@gigmarket/sdk';

/** The subscription's secret, as returned once by `webhookSubscriptions.create` (`whsec_…`). */
export interface ReceiverOptions {
  secret: string;
  /** What to do with a verified event; it may run more than once (delivery is at least once). */
  handle(event: WebhookEvent): Promise<void>;
}

/**
 * A webhook endpoint as a fetch-style handler (Hono, Next.js route handlers, Deno, Workers, Node
 * 20 with a small adapter). It verifies the Standard Webhooks signature on the raw body before
 * trusting anything, answers 400 to a forged or replayed delivery, and 204 once handled.
 */
export function webhookReceiver(options: ReceiverOptions): (request: Request) => Promise<Response> {
  const seen = new Set<string>();
  return async (request) => {
    // The signature covers the exact bytes: read the raw text, never re-serialize parsed JSON.
    const payload = await request.text();
    let event: WebhookEvent;
    try {
      event = await verifyWebhook({ payload, headers: request.headers, secret: options.secret });
    } catch (error) {
      if (isWebhookVerificationError(error)) return new Response(error.message, { status: 400 });
      throw error;
    }
    // Retries carry the same `webhook-id`: handle each event once (use your database in production).
    if (!seen.has(event.id)) {
      await options.handle(event);
      seen.add(event.id);
    }
    return new Response(null, { status: 204 });
  };
}
