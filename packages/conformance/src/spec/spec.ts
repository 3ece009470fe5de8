import { createRequire } from 'node:module';

interface SpecDocument {
  info: { version: string };
  paths: Record<string, Record<string, { operationId?: string }>>;
  components: { schemas: Record<string, { enum?: string[]; 'x-state-machine'?: RawMachine }> };
}

// Loaded with require rather than a JSON import: bundlers drop the `with { type: 'json' }` attribute
// of external imports, which Node needs, and the 1.3 MB document should not be bundled.
const spec = createRequire(import.meta.url)('@gigmarket/openapi/openapi.json') as SpecDocument;

/** The standard's version the kit was built against (the bundled spec's `info.version`). */
export const STANDARD_VERSION: string = spec.info.version;

/** Where the standard's prose is published; check links are `${SPEC_DOCS_BASE}${check.spec}`. */
export const SPEC_DOCS_BASE = 'https://gigmarket.org.cn/docs/';

/** A transition of `x-state-machine`: caused by an `action` (an operationId) or by a `trigger`. */
export interface Transition {
  from: string[];
  to: string;
  action?: string;
  trigger?: string;
}

/** A lifecycle as the spec declares it on a status enum (conventions.md §8). */
export interface StateMachine {
  resource: string;
  states: string[];
  transitions: Transition[];
}

interface RawMachine {
  resource: string;
  transitions: Transition[];
}

/**
 * The machine of one resource (`Job`, `Escrow`, …), read from the bundled spec so that the walks
 * follow whatever the standard declares rather than a copy of it inside the kit.
 */
export function stateMachine(resource: string): StateMachine {
  const schemas = spec.components.schemas as unknown as Record<
    string,
    { enum?: string[]; 'x-state-machine'?: RawMachine }
  >;
  for (const schema of Object.values(schemas)) {
    const machine = schema['x-state-machine'];
    if (machine?.resource === resource)
      return { resource, states: schema.enum ?? [], transitions: machine.transitions };
  }
  throw new Error(`The spec declares no x-state-machine for ${resource}.`);
}

/** The states an action may lead to from `state`; empty when the action is illegal there. */
export function targetsOf(machine: StateMachine, action: string, state: string): string[] {
  return [
    ...new Set(
      machine.transitions.filter((t) => t.action === action && t.from.includes(state)).map((t) => t.to),
    ),
  ];
}

/** The verbs (`pause`, `release`) the spec allows from `state`, as `allowedActions` names them. */
export function allowedVerbs(machine: StateMachine, state: string): string[] {
  const ids = machine.transitions
    .filter((t) => t.action && t.from.includes(state))
    .map((t) => t.action as string);
  return [...new Set(ids.map((id) => id.split('.')[1] as string))].sort();
}

/**
 * An action of the machine that is illegal in `state`, chosen among `candidates` (the actions the
 * kit's caller may perform), or undefined when every candidate is legal there.
 */
export function illegalAction(
  machine: StateMachine,
  state: string,
  candidates: readonly string[],
): string | undefined {
  return candidates.find(
    (action) =>
      machine.transitions.some((t) => t.action === action) && targetsOf(machine, action, state).length === 0,
  );
}

/** The path of an action operation, e.g. `/jobs/{jobId}/pause`. */
export function actionPath(operationId: string): string {
  for (const [path, item] of Object.entries(
    spec.paths as Record<string, Record<string, { operationId?: string }>>,
  ))
    for (const operation of Object.values(item)) if (operation?.operationId === operationId) return path;
  throw new Error(`The spec has no operation ${operationId}.`);
}
