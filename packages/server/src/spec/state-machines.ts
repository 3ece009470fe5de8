import type { SpecDoc } from './load.js';

export interface Transition {
  from: string[];
  to: string;
  action?: string;
  trigger?: string;
}

/** A resource's lifecycle as declared in the spec (`x-state-machine` on its status enum). */
export interface StateMachine {
  /** The status schema's name, e.g. `EscrowStatus`. */
  name: string;
  resource: string;
  states: string[];
  initial: string[];
  terminal: string[];
  transitions: Transition[];
}

/** Every machine of the spec, keyed by the resource schema it governs. */
export function stateMachines(spec: SpecDoc): Map<string, StateMachine> {
  const machines = new Map<string, StateMachine>();
  for (const [name, schema] of Object.entries<any>(spec.components.schemas)) {
    const m = schema['x-state-machine'];
    if (!m) continue;
    machines.set(m.resource, {
      name,
      resource: m.resource,
      states: schema.enum,
      initial: [m.initial].flat(),
      terminal: m.terminal ?? [],
      transitions: m.transitions,
    });
  }
  return machines;
}

/** The targets an action may lead to from `state` (several when the outcome depends on the request). */
export function targetsOf(machine: StateMachine, action: string, state: string): string[] {
  return [
    ...new Set(
      machine.transitions.filter((t) => t.action === action && t.from.includes(state)).map((t) => t.to),
    ),
  ];
}

/** The verbs (`release`, `refund`) allowed from `state`, for `invalid-transition` problems. */
export function allowedActions(machine: StateMachine, state: string): string[] {
  const ids = machine.transitions
    .filter((t) => t.action && t.from.includes(state))
    .map((t) => t.action as string);
  return [...new Set(ids.map((id) => id.split('.')[1] as string))].sort();
}
