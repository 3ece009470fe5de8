import { readFileSync } from 'node:fs';
import { inject } from 'vitest';

/** A JSON value of the bundled document. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The bundled spec as written by the global setup from the current sources. */
export function loadSpec(): JsonObject {
  return JSON.parse(readFileSync(inject('bundledSpecPath'), 'utf8')) as JsonObject;
}

/** Escapes one JSON Pointer segment (RFC 6901). */
export const pointerSegment = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

/** Visits every object in a JSON tree with its JSON Pointer. */
export function walk(node: Json, visit: (value: JsonObject, pointer: string) => void, pointer = ''): void {
  if (Array.isArray(node)) {
    for (const [i, child] of node.entries()) walk(child, visit, `${pointer}/${i}`);
  } else if (node && typeof node === 'object') {
    visit(node, pointer);
    for (const [key, child] of Object.entries(node)) walk(child, visit, `${pointer}/${pointerSegment(key)}`);
  }
}

/** The value at a JSON Pointer of the document. */
export function at(doc: Json, pointer: string): Json {
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'))
    .reduce<Json>((node, key) => (node as JsonObject)[key] as Json, doc);
}

export interface Operation {
  method: string;
  path: string;
  pointer: string;
  op: JsonObject;
}

/** Every operation of the document's `paths` (webhooks excluded). */
export function operations(spec: JsonObject): Operation[] {
  const result: Operation[] = [];
  for (const [path, item] of Object.entries(spec.paths as JsonObject)) {
    for (const method of ['get', 'put', 'post', 'patch', 'delete']) {
      const op = (item as JsonObject)[method] as JsonObject | undefined;
      if (op) result.push({ method, path, op, pointer: `/paths/${pointerSegment(path)}/${method}` });
    }
  }
  return result;
}

/** Resolves a local `$ref` once. */
export function deref(spec: JsonObject, node: Json): JsonObject {
  const ref = (node as JsonObject)?.$ref;
  return (typeof ref === 'string' ? at(spec, ref.slice(1)) : node) as JsonObject;
}
