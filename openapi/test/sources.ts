import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type Json, walk } from './spec.js';

/** The folder of the spec's sources. */
export const specRoot = fileURLToPath(new URL('..', import.meta.url));

export interface SourceFile {
  /** Path relative to the spec root, with `/`. */
  file: string;
  doc: Json;
  /** Every `$ref` in the file, resolved to a path relative to the spec root (fragment dropped). */
  refs: string[];
}

/** Parses every YAML file under one folder of the spec. */
export function sources(folder: string): SourceFile[] {
  return readdirSync(join(specRoot, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.yaml'))
    .map((e) => {
      const abs = join(e.parentPath, e.name);
      const doc = parse(readFileSync(abs, 'utf8')) as Json;
      const refs: string[] = [];
      walk(doc, (node) => {
        if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) {
          refs.push(
            relative(specRoot, resolve(dirname(abs), node.$ref.split('#')[0] as string))
              .split('\\')
              .join('/'),
          );
        }
      });
      return { file: relative(specRoot, abs).split('\\').join('/'), doc, refs };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The domain a source file belongs to: the folder after `schemas/`, `paths/` or `webhooks/`. */
export function domainOf(file: string): string | undefined {
  return /(?:schemas|^paths|^webhooks)\/([a-z]+)\//.exec(file)?.[1];
}
