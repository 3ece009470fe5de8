import { commonOperationTable } from '@gigmarket/core';
import { operationTable as credit } from '@gigmarket/credit';
import { operationTable as insurance } from '@gigmarket/insurance';
import { operationTable as jobs } from '@gigmarket/jobs';
import { operationTable as reporting } from '@gigmarket/reporting';
import { operationTable as settlement } from '@gigmarket/settlement';

/**
 * The route table of the whole standard (common operations and every domain), keyed by operationId:
 * method, path, parameters, success status, idempotency and scopes of each operation. Each domain
 * package exports its own part under the same name.
 *
 * @example
 * ```ts
 * operationTable['escrows.release'].idempotency; // 'required'
 * ```
 */
export const operationTable = {
  ...commonOperationTable,
  ...jobs,
  ...settlement,
  ...insurance,
  ...credit,
  ...reporting,
} as const;

/** Every operationId of the standard: `'escrows.release' | 'jobs.create' | …`. */
export type OperationId = keyof typeof operationTable;
