/**
 * Scenario control per request, in the manner of Prism's `Prefer` header:
 * `Prefer: code=503` answers that status instead of running the request, `example=default` answers
 * the documented example instead of live data, `latency=250` waits that many milliseconds first.
 * Directives are separated by commas or semicolons; unknown ones are ignored (RFC 7240).
 */
export interface Preference {
  code?: number;
  example?: string;
  latencyMs?: number;
}

/** Parses a `Prefer` header; a malformed value of a known directive is an error the caller reports. */
export function parsePrefer(header: string | null): Preference | { error: string } {
  const preference: Preference = {};
  if (!header) return preference;
  for (const part of header.split(/[,;]/)) {
    const [rawName, ...rest] = part.split('=');
    const name = rawName?.trim().toLowerCase();
    const value = rest
      .join('=')
      .trim()
      .replace(/^"(.*)"$/, '$1');
    if (name === 'code') {
      if (!/^[1-5]\d\d$/.test(value)) return { error: `Prefer: code=${value} is not an HTTP status.` };
      preference.code = Number(value);
    } else if (name === 'example') {
      if (!value) return { error: 'Prefer: example= needs the name of an example.' };
      preference.example = value;
    } else if (name === 'latency') {
      if (!/^\d{1,5}$/.test(value))
        return { error: `Prefer: latency=${value} must be milliseconds (0–99999).` };
      preference.latencyMs = Number(value);
    }
  }
  return preference;
}
