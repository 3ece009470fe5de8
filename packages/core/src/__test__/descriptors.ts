import type { OperationDescriptor } from '../operation.js';

/** Descriptors shaped like the ones the code generator will write, for tests. */
export const escrowsGet: OperationDescriptor = {
  id: 'escrows.get',
  method: 'GET',
  path: '/escrows/{escrowId}',
  pathParams: ['escrowId'],
  queryParams: [],
  successStatus: 200,
  paginated: false,
  idempotency: 'none',
  scopes: ['settlement:read'],
  summary: 'Get an escrow',
};

export const escrowsRelease: OperationDescriptor = {
  id: 'escrows.release',
  method: 'POST',
  path: '/escrows/{escrowId}/release',
  pathParams: ['escrowId'],
  queryParams: [],
  requestBody: { contentType: 'application/json', required: false },
  successStatus: 200,
  paginated: false,
  idempotency: 'required',
  scopes: ['settlement:write'],
  summary: 'Release escrowed wages',
};

export const jobsCreate: OperationDescriptor = {
  id: 'jobs.create',
  method: 'POST',
  path: '/jobs',
  pathParams: [],
  queryParams: [],
  requestBody: { contentType: 'application/json', required: true },
  successStatus: 201,
  paginated: false,
  idempotency: 'optional',
  scopes: ['jobs:write'],
  summary: 'Post a job',
};

export const jobsUpdate: OperationDescriptor = {
  id: 'jobs.update',
  method: 'PATCH',
  path: '/jobs/{jobId}',
  pathParams: ['jobId'],
  queryParams: [],
  requestBody: { contentType: 'application/merge-patch+json', required: true },
  successStatus: 200,
  paginated: false,
  idempotency: 'optional',
  scopes: ['jobs:write'],
  summary: 'Update a job',
};

export const jobsList: OperationDescriptor = {
  id: 'jobs.list',
  method: 'GET',
  path: '/jobs',
  pathParams: [],
  queryParams: ['status', 'regionCode', 'updatedSince', 'limit', 'cursor'],
  successStatus: 200,
  paginated: true,
  idempotency: 'none',
  scopes: ['jobs:read'],
  summary: 'List jobs',
};

export const webhookSubscriptionsDelete: OperationDescriptor = {
  id: 'webhookSubscriptions.delete',
  method: 'DELETE',
  path: '/webhook-subscriptions/{webhookSubscriptionId}',
  pathParams: ['webhookSubscriptionId'],
  queryParams: [],
  successStatus: 204,
  paginated: false,
  idempotency: 'none',
  scopes: ['jobs:write'],
  summary: 'Delete a webhook subscription',
};

export const ESCROW_ID = 'esc_01J4ESCR0W0000000000000000';
