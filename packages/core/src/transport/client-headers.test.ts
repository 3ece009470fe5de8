import { describe, expect, it } from 'vitest';
import { SDK_VERSION, STANDARD_VERSION } from '../version.js';
import { clientHeaders, detectRuntime } from './client-headers.js';

describe('clientHeaders', () => {
  it('identifies the SDK and the standard in User-Agent outside browsers', () => {
    expect(clientHeaders({ runtime: 'node', sdkVersion: '1.2.3', standardVersion: '1.1.0' })).toEqual({
      'User-Agent': 'gigmarket-sdk-js/1.2.3 (standard 1.1.0; node)',
    });
    expect(clientHeaders({ runtime: 'edge' })).toEqual({
      'User-Agent': `gigmarket-sdk-js/${SDK_VERSION} (standard ${STANDARD_VERSION}; edge)`,
    });
  });

  it('uses X-GigMarket-Client in browsers, which do not let pages set User-Agent', () => {
    expect(clientHeaders({ runtime: 'browser', sdkVersion: '1.2.3' })).toEqual({
      'X-GigMarket-Client': `gigmarket-sdk-js/1.2.3 (standard ${STANDARD_VERSION}; browser)`,
    });
  });

  it('detects Node here', () => {
    expect(detectRuntime()).toBe('node');
    expect(clientHeaders()['User-Agent']).toMatch(/; node\)$/);
  });
});
