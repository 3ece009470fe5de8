import { productBody } from '../../domains/insurance/test-fixtures.js';
import type { TestServer } from '../harness.js';
import { callers, idem, ok } from './step.js';

/** Day cover bought for the worker: the days it covers and the policy of the first one. */
export interface Cover {
  workerId: string;
  /** The per-day policy of 15 July, the day of the accidents in `claimsFlow`. */
  policyId: string;
  /** The business dates under cover (and not cancelled). */
  coveredDates: string[];
}

/**
 * An insurer's per-day product, read by anyone; the HR agency quotes and binds the worker's day
 * cover for 15–17 July (paid by the worker), then cancels the 16th. Moves the sandbox clock to
 * 15 July, 09:00, so that the cover starts today.
 */
export async function insuranceFlow(server: TestServer, workerId: string): Promise<Cover> {
  const [insurer, hr] = callers(server, ['insurer', 'hrAgency'] as const);
  await ok(hr('POST', '/sandbox/clock/advance', { to: '2025-07-15T09:00:00+08:00' }), 'to 15 July');
  const product = await ok(insurer('POST', '/insurance-products', productBody('PER_DAY')), 'publish product');
  await ok(server.anonymous('GET', `/insurance-products/${product.id}`), 'get product');
  await ok(server.anonymous('GET', '/insurance-products?region=330110'), 'list products');
  const bind = async (coverageDate: string) => {
    const quote = await ok(
      hr('POST', '/insurance-quotes', {
        productId: product.id,
        workerId,
        riskClass: '2',
        coverageDate,
        payer: 'WORKER',
      }),
      'quote day cover',
    );
    return ok(
      hr(
        'POST',
        '/insurance-policies',
        { quoteId: quote.id, payer: { kind: 'WORKER', id: workerId } },
        idem(),
      ),
      'bind policy',
    );
  };
  const policy = await bind('2025-07-15');
  await ok(hr('GET', `/insurance-quotes/${policy.quoteId}`), 'get quote');
  const cancelled = await bind('2025-07-16');
  await ok(
    hr('POST', `/insurance-policies/${cancelled.id}/cancel`, { reason: '当天无订单' }),
    'cancel policy',
  );
  await bind('2025-07-17');
  await ok(insurer('GET', `/insurance-policies/${policy.id}`), 'get policy');
  await ok(hr('GET', `/insurance-policies?workerId=${workerId}`), 'list policies');
  return { workerId, policyId: policy.id, coveredDates: ['2025-07-15', '2025-07-17'] };
}
