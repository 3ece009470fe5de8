import {
  isOccupationCode,
  isRegionCode,
  isResidentIdNumber,
  isUnifiedSocialCreditCode,
} from '@gigmarket/identifiers';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { JsonObject } from './spec.js';

/** The formats the standard defines on top of JSON Schema's, each checked with its national checksum. */
export const STANDARD_FORMATS: Record<string, (value: string) => boolean> = {
  'cn-resident-id': isResidentIdNumber,
  'cn-uscc': isUnifiedSocialCreditCode,
  'cn-region-code': isRegionCode,
  'cn-occupation-code': isOccupationCode,
};

/** JSON Schema's own formats that the spec may use. */
export const JSON_SCHEMA_FORMATS = [
  'date-time',
  'date',
  'time',
  'uri',
  'uri-reference',
  'email',
  'uuid',
  'int64',
  'int32',
  'double',
  'float',
  'byte',
  'binary',
  'password',
];

/**
 * An Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) holding the whole bundled document under the
 * id `spec`, so any schema in it can be compiled by pointer with its `#/components/...` refs intact.
 */
export function specAjv(spec: JsonObject): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true, validateSchema: false });
  (addFormats as unknown as (a: Ajv2020) => void)(ajv);
  for (const [name, check] of Object.entries(STANDARD_FORMATS)) ajv.addFormat(name, check);
  for (const name of ['int64', 'int32']) ajv.addFormat(name, { type: 'number', validate: Number.isInteger });
  for (const name of ['double', 'float']) ajv.addFormat(name, { type: 'number', validate: () => true });
  ajv.addSchema({ ...spec, $id: 'spec' });
  return ajv;
}
