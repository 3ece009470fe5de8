import type { DomainBehaviour } from '../../operations/definitions.js';
import {
  claimTimers,
  insuranceClaims,
  insuranceClaimsAddDocument,
  insuranceClaimsList,
  insuranceClaimsReport,
} from './claims.js';
import { injuryProtectionDeclarations, injuryProtectionDeclarationsList } from './oip-declarations.js';
import {
  injuryProtectionEnrolments,
  injuryProtectionEnrolmentsCreate,
  injuryProtectionEnrolmentsList,
} from './oip-enrolments.js';
import { insurancePolicies, insurancePoliciesBind, insurancePoliciesList } from './policies.js';
import { policyTimers } from './policy-timers.js';
import { insuranceProducts, insuranceProductsList } from './products.js';
import { expireQuotes, insuranceQuotes } from './quotes.js';
import { subsidyApplications } from './subsidy-applications.js';
import { subsidyEligibilityCheck } from './subsidy-eligibility.js';

/**
 * The insurance behaviour (docs/domains/insurance.md): accident products, quotes and policies,
 * claims on both paths, occupational-injury protection, and subsidies.
 */
export const insurance: DomainBehaviour = {
  resources: [
    insuranceProducts,
    insuranceQuotes,
    insurancePolicies,
    insuranceClaims,
    injuryProtectionEnrolments,
    injuryProtectionDeclarations,
    subsidyApplications,
  ],
  custom: {
    'insuranceProducts.list': insuranceProductsList,
    'insurancePolicies.list': insurancePoliciesList,
    'insurancePolicies.bind': insurancePoliciesBind,
    'insuranceClaims.list': insuranceClaimsList,
    'insuranceClaims.report': insuranceClaimsReport,
    'insuranceClaims.addDocument': insuranceClaimsAddDocument,
    'injuryProtectionEnrolments.list': injuryProtectionEnrolmentsList,
    'injuryProtectionEnrolments.create': injuryProtectionEnrolmentsCreate,
    'injuryProtectionDeclarations.list': injuryProtectionDeclarationsList,
    'subsidyEligibility.check': subsidyEligibilityCheck,
  },
  sweeps: [expireQuotes, policyTimers, claimTimers],
};
