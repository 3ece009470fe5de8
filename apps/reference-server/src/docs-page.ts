import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';

const require = createRequire(import.meta.url);

/**
 * The API reference at `/docs`, offline: Scalar's standalone bundle served from this server, the
 * bundled spec inlined, no CDN and no web fonts. Also serves the spec at `/v1/openapi.json|yaml`.
 */
export function docsRoutes(): Hono {
  const specJson = readFileSync(require.resolve('@gigmarket/openapi/openapi.json'), 'utf8');
  const specYaml = readFileSync(require.resolve('@gigmarket/openapi/openapi.yaml'), 'utf8');
  // The standalone bundle is not in the package's exports map; it sits beside the resolved entry.
  const scalar = readFileSync(
    join(dirname(require.resolve('@scalar/api-reference')), 'browser', 'standalone.js'),
    'utf8',
  );
  const page = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>Gig Market Standard API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<script id="api-reference" type="application/json">${specJson.replaceAll('</', '<\\/')}</script>
<script>document.getElementById('api-reference').dataset.configuration = JSON.stringify({ withDefaultFonts: false, hideClientButton: true });</script>
<script src="/docs/scalar.js"></script>
</body></html>`;
  const routes = new Hono();
  routes.get('/docs', (c) => c.html(page));
  routes.get('/docs/scalar.js', (c) =>
    c.body(scalar, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=86400',
    }),
  );
  routes.get('/v1/openapi.json', (c) => c.body(specJson, 200, { 'Content-Type': 'application/json' }));
  routes.get('/v1/openapi.yaml', (c) => c.body(specYaml, 200, { 'Content-Type': 'application/yaml' }));
  return routes;
}
