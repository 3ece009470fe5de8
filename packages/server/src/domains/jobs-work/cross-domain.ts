/**
 * The other domains' effects this domain triggers (settlement: escrow release/refund/freeze;
 * credit: credit events; postings: a FILLED job closes when its work has ended), gathered in one
 * place so the contract between the areas is visible.
 */

export { recordCreditEvent } from '../credit/effects.js';
export { closeJobIfWorkEnded } from '../jobs-postings/job-completion.js';
export { freezeAllocation, settleAllocation } from '../settlement/effects.js';
