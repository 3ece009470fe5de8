import { textFromBase64Url, toBase64Url } from '../web/base64.js';

/**
 * The position after the last item of a page: opaque to clients; inside, the list's sort key
 * (`createdAt`, or the field the list is ordered by) and the id that breaks ties, led in a map
 * search by the item's distance in whole metres.
 */
export interface CursorPosition {
  key: string;
  id: string;
  distance?: number;
}

/** Encodes a cursor, bound to the filters it was issued for so they cannot change while paging. */
export function encodeCursor(position: CursorPosition, filterKey: string): string {
  const distance = position.distance === undefined ? {} : { d: position.distance };
  return toBase64Url(JSON.stringify({ c: position.key, i: position.id, ...distance, f: filterKey }));
}

/** Decodes a cursor; `null` when it is malformed or was issued for other filters. */
export function decodeCursor(cursor: string, filterKey: string): CursorPosition | null {
  try {
    const { c, i, d, f } = JSON.parse(textFromBase64Url(cursor)) as Record<string, unknown>;
    if (typeof c !== 'string' || typeof i !== 'string' || f !== filterKey) return null;
    if (d === undefined) return { key: c, id: i };
    return typeof d === 'number' && Number.isFinite(d) ? { key: c, id: i, distance: d } : null;
  } catch {
    return null;
  }
}
