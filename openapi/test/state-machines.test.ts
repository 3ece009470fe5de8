import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { specRoot } from './sources.js';
import { deref, type JsonObject, loadSpec, operations } from './spec.js';

interface Transition {
  from: string[];
  to: string;
  action?: string;
  trigger?: string;
}
interface Machine {
  resource: string;
  initial: string | string[];
  terminal: string[];
  transitions: Transition[];
}

const spec = loadSpec();
const schemas = (spec.components as JsonObject).schemas as Record<string, JsonObject>;
const machines = Object.entries(schemas)
  .filter(([, s]) => s['x-state-machine'])
  .map(([name, s]) => ({
    name,
    states: s.enum as string[],
    machine: s['x-state-machine'] as unknown as Machine,
  }));
const ops = operations(spec);

/**
 * An action is `POST /{collection}/{id}/{verb}` whose operationId ends in that verb
 * (`/escrows/{escrowId}/release` → `escrows.release`). A POST to a sub-collection
 * (`/jobs/{jobId}/applications` → `applications.create`) creates, it is not an action.
 */
function isAction(o: { method: string; path: string; op: JsonObject }): boolean {
  const verb = /\/\{[^}]+\}\/([a-z-]+)$/
    .exec(o.path)?.[1]
    ?.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  return o.method === 'post' && verb !== undefined && (o.op.operationId as string).endsWith(`.${verb}`);
}
const byId = new Map(ops.map((o) => [o.op.operationId as string, o]));

/** The read schema an operation's 200 answer returns, by component name. */
function responseSchemaName(op: JsonObject): string | undefined {
  const ok = deref(spec, (op.responses as JsonObject)['200'] ?? null);
  const schema = ((ok?.content as JsonObject)?.['application/json'] as JsonObject)?.schema as
    | JsonObject
    | undefined;
  return typeof schema?.$ref === 'string' ? schema.$ref.split('/').pop() : undefined;
}

describe('state machines (x-state-machine on status enums)', () => {
  it('exist for the lifecycles of the standard', () => {
    expect(machines.length).toBeGreaterThan(0);
  });

  it.each(machines.map((m) => [m.name, m] as const))(
    '%s is consistent with its enum and operations',
    (_, { states, machine }) => {
      const problems: string[] = [];
      const known = new Set(states);
      for (const s of [...[machine.initial].flat(), ...(machine.terminal ?? [])])
        if (!known.has(s)) problems.push(`unknown state ${s}`);
      if (!schemas[machine.resource]) problems.push(`resource schema ${machine.resource} does not exist`);
      for (const t of machine.transitions) {
        for (const s of [...t.from, t.to]) if (!known.has(s)) problems.push(`unknown state ${s}`);
        if (!t.action === !t.trigger)
          problems.push(`${t.from}→${t.to} needs exactly one of action or trigger`);
        if (t.action) {
          const op = byId.get(t.action);
          if (!op) problems.push(`action ${t.action} is not an operationId`);
          else if (op.method !== 'post') problems.push(`action ${t.action} is not a POST`);
          else if (responseSchemaName(op.op) !== machine.resource)
            problems.push(`action ${t.action} does not answer with ${machine.resource}`);
        }
        if ((machine.terminal ?? []).some((s) => t.from.includes(s)))
          problems.push(`terminal state in from of ${t.to}`);
      }
      // Every state is reachable from the initial state(s).
      const reached = new Set([machine.initial].flat());
      for (let grew = true; grew; ) {
        grew = false;
        for (const t of machine.transitions) {
          if (t.from.some((s) => reached.has(s)) && !reached.has(t.to)) {
            reached.add(t.to);
            grew = true;
          }
        }
      }
      for (const s of states) if (!reached.has(s)) problems.push(`${s} is unreachable`);
      expect(problems).toEqual([]);
    },
  );

  it('lists every action operation (POST …/{id}/verb) in a machine, unless it is a command', () => {
    const inMachines = new Set(machines.flatMap((m) => m.machine.transitions.map((t) => t.action)));
    const orphans = ops
      .filter(isAction)
      .filter((o) => !inMachines.has(o.op.operationId as string) && o.op['x-action'] !== 'command')
      .map((o) => `${o.op.operationId} (${o.path})`);
    expect(orphans).toEqual([]);
  });

  it('answers illegal transitions with 409 on every action', () => {
    const actions = new Set(
      machines.flatMap((m) => m.machine.transitions.map((t) => t.action).filter(Boolean)),
    );
    const without = [...actions].filter(
      (id) => !(byId.get(id as string)?.op.responses as JsonObject)?.['409'],
    );
    expect(without).toEqual([]);
  });

  it('draws the same machines in docs/ (scripts/render-state-machines.mjs)', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/render-state-machines.mjs', '--check'], {
        cwd: specRoot,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});
