import type { DomainBehaviour } from '../../operations/definitions.js';
import { authToken, meGet } from './auth.js';
import { discoveryGet } from './discovery.js';
import { eventsList } from './events.js';
import { sandboxClockAdvance, sandboxClockGet } from './sandbox.js';
import {
  webhookDeliveriesList,
  webhookSubscriptions,
  webhookSubscriptionsCreate,
  webhookSubscriptionsDelete,
  webhookSubscriptionsRotateSecret,
  webhookSubscriptionsTest,
} from './webhooks.js';

/** Discovery, auth, events, webhooks and the sandbox clock (docs/domains/common.md). */
export const common: DomainBehaviour = {
  resources: [webhookSubscriptions],
  custom: {
    'discovery.get': discoveryGet,
    'auth.token': authToken,
    'me.get': meGet,
    'events.list': eventsList,
    'webhookSubscriptions.create': webhookSubscriptionsCreate,
    'webhookSubscriptions.delete': webhookSubscriptionsDelete,
    'webhookSubscriptions.rotateSecret': webhookSubscriptionsRotateSecret,
    'webhookSubscriptions.test': webhookSubscriptionsTest,
    'webhookDeliveries.list': webhookDeliveriesList,
    'sandboxClock.get': sandboxClockGet,
    'sandboxClock.advance': sandboxClockAdvance,
  },
};
