import type { DomainBehaviour } from '../../operations/definitions.js';
import { commissionRules, commissionRulesList } from './commission-rules.js';
import { disputes } from './disputes.js';
import { escrows, escrowsFund, escrowsList } from './escrows.js';
import { ledgerBalancesGet, ledgerEntries, ledgerEntriesList } from './ledger-api.js';
import { payouts, payoutsList } from './payouts.js';
import {
  escrowAutoReleaseSweep,
  escrowExpirySweep,
  mediationDeadlineSweep,
  providerConfirmationSweep,
  wageArrearsSweep,
} from './sweeps.js';
import { unescrowedWorkSweep } from './unescrowed-work.js';
import { wageArrearsCases } from './wage-arrears.js';

/** The settlement behaviour (docs/domains/settlement.md): escrows, payouts, commission, ledger, disputes, wage arrears. */
export const settlement: DomainBehaviour = {
  resources: [escrows, payouts, commissionRules, ledgerEntries, disputes, wageArrearsCases],
  custom: {
    'escrows.list': escrowsList,
    'escrows.fund': escrowsFund,
    'payouts.list': payoutsList,
    'commissionRules.list': commissionRulesList,
    'ledgerEntries.list': ledgerEntriesList,
    'ledgerBalances.get': ledgerBalancesGet,
  },
  sweeps: [
    escrowExpirySweep,
    escrowAutoReleaseSweep,
    mediationDeadlineSweep,
    providerConfirmationSweep,
    unescrowedWorkSweep,
    wageArrearsSweep,
  ],
};
