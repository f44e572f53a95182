/** Where the charset of a body comes from. */
export interface TextOptions {
  /** Overrides the charset of the Content-Type field. */
  charset?: string;
  /** Used when the field names none (default utf-8). */
  fallback?: string;
}

/** The `charset` parameter of the last Content-Type field, without quotes, lower-cased. */
export function charsetOf(headers: [string, string][]): string | undefined {
  let contentType: string | undefined;
  for (const [name, value] of headers) if (name.length === 12 && name.toLowerCase() === 'content-type') contentType = value;
  if (contentType === undefined) return undefined;
  const params = contentType.split(';');
  for (let i = 1; i < params.length; i++) {
    const p = (params[i] as string).trim();
    const eq = p.indexOf('=');
    if (eq < 0 || p.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    let v = p.slice(eq + 1).trim();
    if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
    return v.toLowerCase();
  }
  return undefined;
}

/** A byte order mark decides over any label (WHATWG Encoding, "decode"). */
function bomCharset(body: Uint8Array): string | undefined {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return 'utf-8';
  if (body[0] === 0xfe && body[1] === 0xff) return 'utf-16be';
  if (body[0] === 0xff && body[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * Decodes a response body to text with the charset of its Content-Type (or a BOM),
 * falling back to UTF-8; an unknown label also falls back. Malformed bytes become U+FFFD.
 */
export function text(response: { body: Uint8Array; headers: [string, string][] }, options: TextOptions = {}): string {
  const label = bomCharset(response.body) ?? options.charset ?? charsetOf(response.headers) ?? options.fallback ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(response.body);
  } catch {
    return new TextDecoder('utf-8').decode(response.body);
  }
}
