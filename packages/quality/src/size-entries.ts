/** One measured bundle: a tiny app that uses one package the way its README shows. */
export interface SizeEntry {
  /** Row label in the README table and in test names. */
  label: string;
  /** The package it measures. */
  packageName: string;
  /** Whether the entry passes response schemas from `<pkg>/validation` (and so bundles zod). */
  validation: boolean;
  /** ESM source of the entry. */
  source: string;
}

/** The typed domain clients: `createXClient` in `@gigmarket/x`. */
export const DOMAINS = ['jobs', 'settlement', 'insurance', 'credit', 'reporting'] as const;

const baseUrl = "'https://market.example/v1'";

function capitalise(word: string): string {
  return `${word.charAt(0).toUpperCase()}${word.slice(1)}`;
}

/**
 * A client created and exported, so the bundler keeps every method of it (the generated client
 * binds its whole operation table at construction).
 */
function clientEntry(packageName: string, factory: string, validation: boolean): string {
  if (!validation) {
    return `import { ${factory} } from '${packageName}';\nexport const client = ${factory}({ baseUrl: ${baseUrl} });\n`;
  }
  return [
    `import { ${factory} } from '${packageName}';`,
    `import { responseSchemas } from '${packageName}/validation';`,
    `export const client = ${factory}({ baseUrl: ${baseUrl}, validation: { mode: 'strict', schemas: responseSchemas } });`,
    '',
  ].join('\n');
}

/** The entries for every budget in bundle-size.test.ts; `sdkPresent` adds the umbrella package. */
export function sizeEntries(sdkPresent: boolean): SizeEntry[] {
  const clients: [label: string, packageName: string, factory: string][] = DOMAINS.map((domain) => [
    domain,
    `@gigmarket/${domain}`,
    `create${capitalise(domain)}Client`,
  ]);
  // core's own client: the common operations (discovery, auth, events, webhooks, sandbox).
  clients.unshift(['core (common client)', '@gigmarket/core', 'createCommonClient']);
  if (sdkPresent) clients.push(['sdk (umbrella client)', '@gigmarket/sdk', 'createGigMarketClient']);

  const entries: SizeEntry[] = clients.flatMap(([label, packageName, factory]) => [
    { label, packageName, validation: false, source: clientEntry(packageName, factory, false) },
    { label, packageName, validation: true, source: clientEntry(packageName, factory, true) },
  ]);
  entries.push({
    label: 'identifiers (every validator)',
    packageName: '@gigmarket/identifiers',
    validation: false,
    source: "export * from '@gigmarket/identifiers';\n",
  });
  return entries;
}
