/**
 * Response validation for the whole SDK: `responseSchemas` merges the schema maps of the common
 * operations and of every domain. A separate entry point, so clients that do not validate never
 * load zod.
 *
 * @example
 * ```ts
 * import { createGigMarketClient } from '@gigmarket/sdk';
 * import { responseSchemas } from '@gigmarket/sdk/validation';
 *
 * const client = createGigMarketClient({ baseUrl, auth, validation: { mode: 'strict', schemas: responseSchemas } });
 * ```
 * @module
 */
import type { ValidationSchemas } from '@gigmarket/core';
import { responseSchemas as common } from '@gigmarket/core/validation';
import { responseSchemas as credit } from '@gigmarket/credit/validation';
import { responseSchemas as insurance } from '@gigmarket/insurance/validation';
import { responseSchemas as jobs } from '@gigmarket/jobs/validation';
import { responseSchemas as reporting } from '@gigmarket/reporting/validation';
import { responseSchemas as settlement } from '@gigmarket/settlement/validation';

/** Response schemas of every operation of the standard, by operationId (operationIds are unique across domains). */
export const responseSchemas = {
  ...common,
  ...jobs,
  ...settlement,
  ...insurance,
  ...credit,
  ...reporting,
} satisfies ValidationSchemas;
