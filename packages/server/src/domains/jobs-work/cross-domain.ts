/**
 * The other domains' effects this domain triggers (settlement: escrow release/refund/freeze;
 * credit: credit events), gathered in one place so the contract between the areas is visible.
 */

export { recordCreditEvent } from '../credit/effects.js';
export { freezeAllocation, settleAllocation } from '../settlement/effects.js';
