import { type PublicPackage, publicPackages } from './workspace.js';

/**
 * Published packages that are not part of the typed SDK, so they have no size budget and are not
 * in the SDK reference (typedoc.json). They still pass the exports gate like every published package.
 */
export const OUTSIDE_THE_SDK: Record<string, string> = {
  '@gigmarket/conformance': 'the conformance kit; a CLI that tests servers, not a client',
  '@gigmarket/engine': "the standard's business rules for servers; not a client",
  '@gigmarket/mock': 'the stateful mock for partner tests; not a client',
  '@gigmarket/server': 'the reference server; not a client',
};

/** The SDK's packages: every published package not listed in OUTSIDE_THE_SDK. */
export function sdkPackages(): PublicPackage[] {
  return publicPackages().filter((pkg) => !(pkg.name in OUTSIDE_THE_SDK));
}
