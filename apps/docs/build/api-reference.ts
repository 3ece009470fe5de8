import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GENERATED } from './paths.js';

const require = createRequire(import.meta.url);

/**
 * The API reference: Scalar's standalone bundle copied beside one HTML page that inlines the
 * bundled spec, as the reference server's `/docs` does (apps/reference-server/src/docs-page.ts).
 * Nothing is fetched at view time: no CDN, no web fonts, no spec URL, and the "try it" client is
 * hidden because it would send requests off the site.
 */
export async function writeApiReference(): Promise<{ operations: number }> {
  const specJson = await readFile(require.resolve('@gigmarket/openapi/openapi.json'), 'utf8');
  // The standalone bundle is not in the package's exports map; it sits beside the resolved entry.
  const scalar = join(dirname(require.resolve('@scalar/api-reference')), 'browser', 'standalone.js');
  const spec = JSON.parse(specJson) as { info: { title: string; version: string }; paths: object };
  const configuration = { withDefaultFonts: false, hideClientButton: true, hideDarkModeToggle: false };
  const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>API reference · ${spec.info.title} ${spec.info.version}</title>
<link rel="icon" href="data:,">
</head>
<body>
<script id="api-reference" type="application/json">${specJson.replaceAll('</', '<\\/')}</script>
<script>document.getElementById('api-reference').dataset.configuration = ${JSON.stringify(JSON.stringify(configuration))};</script>
<script src="./scalar.js"></script>
</body>
</html>
`;
  await rm(GENERATED.apiReference, { recursive: true, force: true });
  await mkdir(GENERATED.apiReference, { recursive: true });
  await writeFile(join(GENERATED.apiReference, 'index.html'), page);
  await copyFile(scalar, join(GENERATED.apiReference, 'scalar.js'));
  const operations = Object.values(spec.paths).reduce(
    (count: number, item: object) =>
      count + Object.keys(item).filter((key) => /^(get|put|post|patch|delete)$/.test(key)).length,
    0,
  );
  return { operations };
}
