/**
 * The position after the last item of a page: opaque to clients; inside, the list's sort key
 * (`createdAt`, or the field the list is ordered by) and the id that breaks ties.
 */
export interface CursorPosition {
  key: string;
  id: string;
}

/** Encodes a cursor, bound to the filters it was issued for so they cannot change while paging. */
export function encodeCursor(position: CursorPosition, filterKey: string): string {
  return Buffer.from(JSON.stringify({ c: position.key, i: position.id, f: filterKey })).toString('base64url');
}

/** Decodes a cursor; `null` when it is malformed or was issued for other filters. */
export function decodeCursor(cursor: string, filterKey: string): CursorPosition | null {
  try {
    const { c, i, f } = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<
      string,
      unknown
    >;
    if (typeof c !== 'string' || typeof i !== 'string' || f !== filterKey) return null;
    return { key: c, id: i };
  } catch {
    return null;
  }
}
