/**
 * The parties of the bench city, written as store rows in the shapes the server's own fixtures use
 * (packages/server/src/domains/jobs-postings/test-fixtures.ts): an approved honest employer (fast
 * track) and a consenting worker living in 清徐县, whose region centre is the matching origin.
 */
type Data = Record<string, unknown>;

/** An approved employer with the HONEST_EMPLOYER badge, so its jobs publish by the fast track. */
export function employerData(id: string, tenantId: string, operatorTenantId: string, at: string): Data {
  return {
    id,
    tenantId,
    kind: 'ORGANIZATION',
    entityType: 'ENTERPRISE',
    uscc: '91330110MA2KXY3L2E',
    legalName: '清徐县某某家政服务有限公司',
    displayName: '某某家政',
    registeredRegion: '140121',
    contactName: '李敏',
    contactMobileMasked: '137****6201',
    sensitivity: 'MASKED',
    review: {
      submittedAt: at,
      reviewedAt: at,
      reviewedBy: operatorTenantId,
      rejectionReason: null,
      fieldsToFix: [],
    },
    creditScore: 780,
    badges: ['HONEST_EMPLOYER'],
    fastTrackEligible: true,
    blacklist: { listed: false, entries: [] },
  };
}

/** A worker of 清徐县 with JOB_MATCHING consent, a housekeeping skill and declared availability. */
export function workerData(id: string, tenantId: string, at: string): Data {
  return {
    id,
    tenantId,
    name: '王建国',
    idDocType: 'RESIDENT_ID',
    idNumberMasked: '140121********1230',
    gender: 'MALE',
    birthDate: '1990-03-07',
    age: 36,
    mobileMasked: '138****5678',
    sensitivity: 'MASKED',
    identityVerification: { method: 'SOCIAL_SECURITY_CARD', verifiedAt: at, verifiedBy: tenantId },
    residenceRegion: '140121',
    skills: [{ occupationCode: '4-10-01-06', name: '家政服务员', level: 4 }],
    qualifications: [],
    preferences: {
      payFloorFen: 18000,
      payFloorUnit: 'PER_DAY',
      maxDailyHours: 8,
      availableDays: [1, 2, 3, 4, 5, 6],
      availableHours: { start: '07:00', end: '18:00' },
    },
    creditScore: 640,
    badges: [],
    activeConsentPurposes: ['JOB_MATCHING'],
  };
}
