export { isMobileNumber, MOBILE_NUMBER_PATTERN, maskMobileNumber } from './mobile.js';
export { isOccupationCode, OCCUPATION_CODE_PATTERN, occupationCodeProblem } from './occupation-code.js';
export { idPattern, idPrefix, isPrefixedId, PREFIXED_ID_PATTERN } from './prefixed-id.js';
export {
  isRegionCode,
  isWithinRegion,
  provinceOf,
  type RegionLevel,
  regionCodeProblem,
  regionLevel,
} from './region-code.js';
export {
  birthDateFromResidentId,
  genderFromResidentId,
  isResidentIdNumber,
  maskResidentId,
  RESIDENT_ID_PATTERN,
  residentIdCheckChar,
  residentIdProblem,
} from './resident-id.js';
export {
  isUnifiedSocialCreditCode,
  regionFromUscc,
  USCC_PATTERN,
  usccCheckChar,
  usccProblem,
} from './uscc.js';
