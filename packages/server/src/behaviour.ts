import { authToken, meGet } from './domains/common/auth.js';
import { discoveryGet } from './domains/common/discovery.js';
import { eventsList } from './domains/common/events.js';
import { sandboxClockAdvance, sandboxClockGet } from './domains/common/sandbox.js';
import {
  webhookDeliveriesList,
  webhookSubscriptions,
  webhookSubscriptionsCreate,
  webhookSubscriptionsDelete,
  webhookSubscriptionsRotateSecret,
  webhookSubscriptionsTest,
} from './domains/common/webhooks.js';
import { gigMarkets, gigMarketsList } from './domains/jobs/gig-markets.js';
import type { Behaviour, CustomHandler, ResourceDefinition } from './operations/definitions.js';

const resources: ResourceDefinition[] = [webhookSubscriptions, gigMarkets];

const custom: Record<string, CustomHandler> = {
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
  'gigMarkets.list': gigMarketsList,
};

/** The reference behaviour: every resource definition and custom handler of the standard. */
export function referenceBehaviour(): Behaviour {
  return { resources: new Map(resources.map((r) => [r.type, r])), custom: new Map(Object.entries(custom)) };
}
