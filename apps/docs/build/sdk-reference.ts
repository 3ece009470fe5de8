import { readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Application, TSConfigReader, TypeDocReader } from 'typedoc';
import { GENERATED, REPO_ROOT } from './paths.js';
import { fixSdkReferenceLinks } from './sdk-links.js';

const require = createRequire(import.meta.url);

export interface SdkPackagePage {
  /** The npm name, e.g. `@gigmarket/sdk`. */
  name: string;
  /** Site link of the package's page, e.g. `/en/sdk-reference/@gigmarket/sdk/`. */
  link: string;
}

/**
 * The packages the site documents: what a partner installs (`@gigmarket/sdk`, which re-exports every
 * domain client interface and model type), its runtime and the identifier checks. The domain
 * packages' own pages would repeat the same declarations and triple typedoc's time (about 60 s for
 * all eight); `pnpm docs:sdk` still renders all of them (docs/decisions/0005-docs-site.md).
 */
const SITE_ENTRY_POINTS = ['packages/identifiers', 'packages/core', 'packages/sdk'];

/**
 * Renders the SDK reference with the repository's own `typedoc.json` (its options and strictness)
 * into markdown for VitePress, and lists the packages for the nav. Only the entry points, the
 * output location and the markdown flavour are changed here.
 */
export async function writeSdkReference(): Promise<SdkPackagePage[]> {
  await rm(GENERATED.sdkReference, { recursive: true, force: true });
  const app = await Application.bootstrapWithPlugins(
    {
      options: join(REPO_ROOT, 'typedoc.json'),
      // Resolved from this app: pnpm does not let typedoc itself see the plugin.
      plugin: [require.resolve('typedoc-plugin-markdown')],
      entryPoints: SITE_ENTRY_POINTS.map((path) => join(REPO_ROOT, path)),
      out: GENERATED.sdkReference,
      // Classes, interfaces and functions get pages; type aliases and constants are listed on their
      // module's page (hundreds of one-line model aliases would otherwise be hundreds of pages).
      membersWithOwnFile: ['Class', 'Interface', 'Enum', 'Function'],
      // VitePress serves `index.md` as a folder's page; its own title bar replaces typedoc's.
      entryFileName: 'index.md',
      hidePageHeader: true,
      hideBreadcrumbs: true,
      // JSDoc text may hold `<T>` or `{ … }`, which Vue would read as markup or interpolation.
      sanitizeComments: true,
      logLevel: 'Warn',
    } as Parameters<typeof Application.bootstrapWithPlugins>[0],
    [new TypeDocReader(), new TSConfigReader()],
  );
  const project = await app.convert();
  if (!project || app.logger.hasErrors()) throw new Error('typedoc could not convert the SDK packages');
  await app.generateOutputs(project);
  if (app.logger.hasErrors()) throw new Error('typedoc reported errors while rendering the SDK reference');
  await fixSdkReferenceLinks();
  return listPackages();
}

async function listPackages(): Promise<SdkPackagePage[]> {
  const scope = join(GENERATED.sdkReference, '@gigmarket');
  const pages: SdkPackagePage[] = [];
  for (const dir of (await readdir(scope, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    // Only folders typedoc gave a page; a package name is `@gigmarket/<folder>`.
    await readFile(join(scope, dir.name, 'index.md'));
    pages.push({ name: `@gigmarket/${dir.name}`, link: `/en/sdk-reference/@gigmarket/${dir.name}/` });
  }
  return pages;
}
