import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allowedActions, type StateMachine, statesOf, transition, validateMachine } from './transition.js';

/** The escrow machine of DOMAIN.md §3.3, written by hand as codegen would emit it. */
const escrow: StateMachine = {
  initial: 'CREATED',
  terminal: ['RELEASED', 'REFUNDED', 'PARTIALLY_RELEASED', 'EXPIRED'],
  transitions: [
    { from: ['CREATED'], to: 'FUNDED', action: 'fund' },
    { from: ['CREATED'], to: 'EXPIRED', trigger: 'fundingTimeout' },
    { from: ['FUNDED'], to: 'HELD', action: 'hold' },
    { from: ['FUNDED'], to: 'REFUNDED', action: 'cancel' },
    { from: ['HELD'], to: 'RELEASING', action: 'release' },
    { from: ['HELD'], to: 'RELEASING', trigger: 'autoReleaseAt' },
    { from: ['HELD'], to: 'DISPUTED', action: 'dispute' },
    { from: ['HELD'], to: 'REFUNDING', action: 'refund' },
    { from: ['RELEASING'], to: 'RELEASED', trigger: 'providerConfirmed' },
    { from: ['REFUNDING'], to: 'REFUNDED', trigger: 'providerConfirmed' },
    { from: ['DISPUTED'], to: 'RELEASED', action: 'resolveRelease' },
    { from: ['DISPUTED'], to: 'REFUNDED', action: 'resolveRefund' },
    { from: ['DISPUTED'], to: 'PARTIALLY_RELEASED', action: 'resolveSplit' },
  ],
};

describe('transition', () => {
  it('follows a declared edge by action or trigger', () => {
    expect(transition(escrow, 'FUNDED', 'hold')).toEqual({ ok: true, to: 'HELD' });
    expect(transition(escrow, 'HELD', 'autoReleaseAt')).toEqual({ ok: true, to: 'RELEASING' });
  });

  it('rejects an undeclared action with the allowed ones', () => {
    const result = transition(escrow, 'FUNDED', 'release');
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_TRANSITION',
        currentState: 'FUNDED',
        action: 'release',
        allowedActions: ['cancel', 'hold'],
      },
    });
  });

  it('allows nothing from terminal or unknown states', () => {
    expect(allowedActions(escrow, 'RELEASED')).toEqual([]);
    expect(allowedActions(escrow, 'NOPE')).toEqual([]);
    expect(transition(escrow, 'REFUNDED', 'fund').ok).toBe(false);
  });

  it('finds no problems in a sound table and reports ambiguity and terminal exits', () => {
    expect(validateMachine(escrow)).toEqual([]);
    const broken: StateMachine = {
      initial: 'A',
      terminal: ['C'],
      transitions: [
        { from: ['A'], to: 'B', action: 'go' },
        { from: ['A'], to: 'C', action: 'go' },
        { from: ['C'], to: 'A', action: 'back' },
        { from: ['B'], to: 'C' },
      ],
    };
    expect(validateMachine(broken)).toHaveLength(3);
  });
});

/** Random tables over a small alphabet, so walks revisit states and hit dead ends. */
const machineArb = fc
  .record({
    states: fc.uniqueArray(fc.constantFrom('S0', 'S1', 'S2', 'S3', 'S4', 'S5'), { minLength: 2 }),
    actions: fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 1 }),
  })
  .chain(({ states, actions }) =>
    fc.record({
      initial: fc.constantFrom(...states),
      terminal: fc.subarray(states),
      transitions: fc.array(
        fc.record({
          from: fc.subarray(states, { minLength: 1 }),
          to: fc.constantFrom(...states),
          action: fc.constantFrom(...actions),
        }),
        { maxLength: 12 },
      ),
    }),
  );

describe('transition properties', () => {
  it('random walks only ever reach declared states', () => {
    fc.assert(
      fc.property(
        machineArb,
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'x'), { maxLength: 30 }),
        (m, walk) => {
          const declared = new Set(statesOf(m));
          let state: string = m.initial;
          for (const action of walk) {
            const result = transition(m, state, action);
            if (result.ok) {
              expect(declared.has(result.to)).toBe(true);
              expect(allowedActions(m, state)).toContain(action);
              state = result.to;
            } else {
              expect(result.error.allowedActions).not.toContain(action);
            }
          }
        },
      ),
    );
  });

  it('terminal states allow nothing, whatever the table says', () => {
    fc.assert(
      fc.property(machineArb, fc.constantFrom('a', 'b', 'c', 'd'), (m, action) => {
        for (const state of m.terminal) {
          expect(allowedActions(m, state)).toEqual([]);
          expect(transition(m, state, action).ok).toBe(false);
        }
      }),
    );
  });
});
