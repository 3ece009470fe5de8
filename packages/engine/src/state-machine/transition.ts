/**
 * A generic interpreter for the state tables that codegen derives from the spec's
 * `x-state-machine` extensions (DOMAIN.md §3). The tables are data; this file only answers
 * "which actions are allowed here?" and "where does this action lead?".
 */

/** One edge: from any of `from`, an `action` (caller-initiated) or `trigger` (timer/system) leads to `to`. */
export interface StateTransition {
  readonly from: readonly string[];
  readonly to: string;
  readonly action?: string;
  readonly trigger?: string;
}

/** A state machine table as generated from `x-state-machine`. */
export interface StateMachine {
  readonly initial: string;
  readonly terminal: readonly string[];
  readonly transitions: readonly StateTransition[];
}

/** Returned when `action` is not allowed in `currentState`. */
export interface InvalidTransition {
  readonly code: 'INVALID_TRANSITION';
  readonly currentState: string;
  readonly action: string;
  readonly allowedActions: readonly string[];
  readonly message: string;
}

/** The outcome of {@link transition}. */
export type TransitionResult =
  | { readonly ok: true; readonly to: string }
  | { readonly ok: false; readonly error: InvalidTransition };

/** The name an edge is invoked by: its action, or for system edges its trigger. */
function edgeName(edge: StateTransition): string | undefined {
  return edge.action ?? edge.trigger;
}

/**
 * The actions and triggers allowed in `state`, sorted; terminal and unknown states allow nothing.
 * @example allowedActions(escrowMachine, 'FUNDED') // ['cancel', 'hold']
 */
export function allowedActions(machine: StateMachine, state: string): string[] {
  if (machine.terminal.includes(state)) return [];
  const names = new Set<string>();
  for (const edge of machine.transitions) {
    const name = edgeName(edge);
    if (name !== undefined && edge.from.includes(state)) names.add(name);
  }
  return [...names].sort();
}

/**
 * Applies `action` (or a trigger name) to `state`. The first matching edge wins; use
 * {@link validateMachine} to reject tables where that choice would be ambiguous.
 * @example
 * transition(escrowMachine, 'FUNDED', 'hold') // { ok: true, to: 'HELD' }
 * transition(escrowMachine, 'RELEASED', 'refund') // { ok: false, error: { code: 'INVALID_TRANSITION', … } }
 */
export function transition(machine: StateMachine, state: string, action: string): TransitionResult {
  if (!machine.terminal.includes(state)) {
    const edge = machine.transitions.find((e) => edgeName(e) === action && e.from.includes(state));
    if (edge) return { ok: true, to: edge.to };
  }
  const allowed = allowedActions(machine, state);
  return {
    ok: false,
    error: {
      code: 'INVALID_TRANSITION',
      currentState: state,
      action,
      allowedActions: allowed,
      message:
        allowed.length === 0
          ? `'${action}' is not possible: ${state} allows no further actions.`
          : `'${action}' is not allowed in state ${state}; allowed: ${allowed.join(', ')}.`,
    },
  };
}

/** Every state the table mentions: the initial state, terminal states, and each edge's ends. */
export function statesOf(machine: StateMachine): string[] {
  const states = new Set([machine.initial, ...machine.terminal]);
  for (const edge of machine.transitions) {
    for (const from of edge.from) states.add(from);
    states.add(edge.to);
  }
  return [...states].sort();
}

/**
 * Problems that make a table unsafe to interpret (empty when it is sound): edges without a name,
 * edges leaving a terminal state, and one name leading to two targets from the same state.
 */
export function validateMachine(machine: StateMachine): string[] {
  const problems: string[] = [];
  const targets = new Map<string, string>();
  for (const [index, edge] of machine.transitions.entries()) {
    const name = edgeName(edge);
    if (name === undefined)
      problems.push(`transition ${index} (→ ${edge.to}) has neither action nor trigger`);
    for (const from of edge.from) {
      if (machine.terminal.includes(from)) problems.push(`transition ${index} leaves terminal state ${from}`);
      const key = `${from}\u0000${name}`;
      const previous = targets.get(key);
      if (previous !== undefined && previous !== edge.to) {
        problems.push(`'${name}' from ${from} leads to both ${previous} and ${edge.to}`);
      }
      targets.set(key, edge.to);
    }
  }
  return problems;
}
