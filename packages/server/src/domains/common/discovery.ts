import { STANDARD_VERSION } from '@gigmarket/core';
import type { CustomHandler } from '../../operations/definitions.js';
import { loadSpec } from '../../spec/load.js';

const DOMAINS = ['jobs', 'settlement', 'insurance', 'credit', 'reporting'];

/** `GET /`: what this server implements (docs/domains/common.md). */
export const discoveryGet: CustomHandler = (ctx) => ({
  body: {
    standard: { name: 'gig-market-standard', version: loadSpec().info.version ?? STANDARD_VERSION },
    supportedVersions: [{ major: 1, baseUrl: '/v1', status: 'CURRENT' }],
    implementation: ctx.config.implementation,
    domains: DOMAINS,
    conformance: { level: 3 },
    profile: { region: ctx.config.region, timezone: 'Asia/Shanghai', overrides: ctx.config.ruleOverrides },
    sandbox: ctx.config.sandbox,
    links: { spec: '/v1/openapi.json', docs: '/docs' },
  },
});
