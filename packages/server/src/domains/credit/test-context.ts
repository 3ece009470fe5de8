import type { OperationContext } from '../../context.js';
import { shanghaiIso } from '../../context.js';
import { emitterFor } from '../../events/emit.js';
import { randomIds } from '../../ids.js';
import { operationRegistry } from '../../spec/registry.js';
import { type startTestServer, TEST_CONFIG } from '../../test-support/harness.js';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/**
 * An OperationContext outside any request, as another domain's handler or a sweep would pass to
 * `recordCreditEvent`: no caller, the given instant, writes straight to the test database.
 */
export function ruleContext(server: Server, at: Date): OperationContext {
  const now = shanghaiIso(at);
  const ids = randomIds();
  return {
    op: operationRegistry().get('creditEvents.list') as OperationContext['op'],
    caller: null,
    visibility: undefined,
    tx: server.db,
    now,
    nowDate: at,
    config: TEST_CONFIG,
    path: {},
    query: {},
    body: undefined,
    fetch: globalThis.fetch,
    runSweeps: async () => {},
    newId: (prefix) => ids(prefix, at.getTime()),
    emit: emitterFor(server.db, { now, nowMs: at.getTime(), ids, defaultVisibleTo: [] }),
  };
}
