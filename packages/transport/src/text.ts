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
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(label);
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.encoding === 'windows-1252' ? windows1252(response.body) : decoder.decode(response.body);
}

/** 0x80-0x9F of windows-1252 (WHATWG index); 0 marks the five unassigned bytes, which map to the C1 control. */
const W1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * WHATWG maps the labels latin1, iso-8859-1, ascii and windows-1252 to windows-1252;
 * Node 20's TextDecoder decodes them as ISO-8859-1, so 0x80-0x9F are mapped here.
 */
function windows1252(body: Uint8Array): string {
  let out = '';
  for (let i = 0; i < body.length; i += 8192) {
    const codes: number[] = [];
    const end = Math.min(body.length, i + 8192);
    for (let j = i; j < end; j++) {
      const b = body[j] as number;
      codes.push(b >= 0x80 && b <= 0x9f ? W1252[b - 0x80] || b : b);
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
