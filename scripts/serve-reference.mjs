// `pnpm start` until the reference server lands: serves the standard's API reference offline
// (Scalar's standalone bundle, spec inlined, no CDN, no web fonts) and the bundled spec itself.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const port = Number(process.env.PORT ?? 8080);
const host = process.env.HOST ?? '127.0.0.1';
const specJson = readFileSync(require.resolve('@gigmarket/openapi/openapi.json'), 'utf8');
const specYaml = readFileSync(require.resolve('@gigmarket/openapi/openapi.yaml'), 'utf8');
// The standalone bundle is not in the package's exports map; find it beside the resolved entry.
const scalarDist = dirname(require.resolve('@scalar/api-reference'));
const scalar = readFileSync(join(scalarDist, 'browser', 'standalone.js'), 'utf8');

const page = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>Gig Market Standard API reference</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<script id="api-reference" type="application/json">${specJson.replaceAll('</', '<\\/')}</script>
<script>document.getElementById('api-reference').dataset.configuration = JSON.stringify({ withDefaultFonts: false, hideClientButton: true });</script>
<script src="/scalar.js"></script>
</body></html>`;

const routes = {
  '/': ['text/html; charset=utf-8', page],
  '/docs': ['text/html; charset=utf-8', page],
  '/scalar.js': ['text/javascript; charset=utf-8', scalar],
  '/openapi.json': ['application/json', specJson],
  '/openapi.yaml': ['application/yaml', specYaml],
};

const server = createServer((req, res) => {
  const route = routes[new URL(req.url ?? '/', 'http://x').pathname];
  if (!route) {
    res.writeHead(404, { 'content-type': 'application/problem+json' });
    res.end(
      JSON.stringify({
        type: 'https://gigmarket.org.cn/problems/not-found',
        title: 'Not found',
        status: 404,
      }),
    );
    return;
  }
  res.writeHead(200, { 'content-type': route[0] });
  res.end(route[1]);
});

server.listen(port, host, () => {
  console.log(`Gig Market Standard API reference: http://${host}:${port}/docs`);
  console.log(`Bundled spec: http://${host}:${port}/openapi.json (and .yaml)`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
