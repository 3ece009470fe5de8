import type { OperationId } from '@gigmarket/sdk';
import { ensure, type Role, type RunContext } from '../context.js';
import { call, memberParam, pathOf, type Resource } from '../http/call.js';
import { allowedVerbs, type StateMachine, targetsOf } from '../spec/spec.js';
import { ensureProblem } from './assert.js';

/**
 * Takes one transition of a walk through the SDK and checks the answer is the object in a state the
 * spec declares as a target of `action` from the object's current state.
 */
export async function step(
  ctx: RunContext,
  machine: StateMachine,
  object: Resource,
  action: OperationId,
  body: unknown = {},
  caller: Role = 'primary',
): Promise<Resource> {
  const from = object.status as string;
  const targets = targetsOf(machine, action, from);
  ensure(
    targets.length > 0,
    `kit error: ${action} is not declared from ${from} in the ${machine.resource} machine.`,
  );
  const after = await call(ctx, action, { path: { [memberParam(action)]: object.id }, body }, caller);
  ensure(
    after.status !== undefined && targets.includes(after.status),
    `${action} on ${object.id} in ${from} answered status ${after.status}; x-state-machine declares ${targets.join(' or ')}.`,
  );
  return after;
}

/**
 * Sends `action`, which the spec does not allow in the object's current state, and checks the
 * refusal: 409 invalid-transition naming `currentState` and only `allowedActions` the spec allows
 * there; then reads the object back (`get`) to check nothing changed. `caller` sends it as a role
 * that may take the action elsewhere (e.g. the reviewer for a decision), so that only the state
 * can be the reason for the refusal.
 */
export async function refuseIllegal(
  ctx: RunContext,
  machine: StateMachine,
  object: Resource,
  action: OperationId,
  get: OperationId,
  body: unknown = {},
  caller: Role = 'primary',
): Promise<void> {
  const state = object.status as string;
  ensure(targetsOf(machine, action, state).length === 0, `kit error: ${action} is legal in ${state}.`);
  const param = memberParam(action);
  const res = await ctx.probe({
    method: 'POST',
    path: pathOf(action, { [param]: object.id }),
    body,
    headers: { 'Idempotency-Key': crypto.randomUUID() },
    as: caller,
  });
  ensureProblem(res, 409, 'invalid-transition', `${action} on a ${machine.resource} in ${state}`);
  ensure(
    res.body.currentState === state,
    `currentState must be ${state}, not ${JSON.stringify(res.body.currentState)}.`,
  );
  const allowed = allowedVerbs(machine, state);
  const listed: unknown = res.body.allowedActions;
  ensure(Array.isArray(listed), 'the invalid-transition problem needs allowedActions[].');
  const stray = listed.filter((verb) => !allowed.includes(String(verb)));
  ensure(
    stray.length === 0,
    `allowedActions lists ${stray.join(', ')}, which the spec does not allow in ${state}.`,
  );
  const again = await call(ctx, get, { path: { [memberParam(get)]: object.id } });
  ensure(
    again.status === state,
    `the refused ${action} changed ${object.id} from ${state} to ${again.status}.`,
  );
}
