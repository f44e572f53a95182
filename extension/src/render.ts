// The text of a response document: the head exactly as received (bytes read as latin1, so offsets are byte
// offsets) and the decoded body, JSON/XML pretty-printed, cut over a limit. Pure: no 'vscode' import.
import { reindentJson } from '@httplens/http-file';

export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = start; i < end; i += CHUNK) out += String.fromCharCode(...bytes.subarray(i, Math.min(end, i + CHUNK)));
  return out;
}

/** Offset just past the blank line that ends the head starting at `from`, or -1. Accepts CRLF and bare LF. */
export function headEnd(bytes: Uint8Array, from = 0): number {
  for (let i = from; i < bytes.length; i++) {
    if (bytes[i] !== 0x0a) continue;
    if (bytes[i + 1] === 0x0a) return i + 2;
    if (bytes[i + 1] === 0x0d && bytes[i + 2] === 0x0a) return i + 3;
  }
  return -1;
}

/** Where the final response starts and its head ends in the received bytes, skipping `interim` 1xx responses. */
export function finalHead(received: Uint8Array, interim: number): { start: number; end: number } {
  let start = 0;
  for (let k = 0; k < interim; k++) {
    const e = headEnd(received, start);
    if (e < 0) break;
    start = e;
  }
  const end = headEnd(received, start);
  return { start, end: end < 0 ? received.length : end };
}

export function mediaType(headers: readonly (readonly [string, string])[]): string {
  const ct = headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '';
  return (ct.split(';')[0] ?? '').trim().toLowerCase();
}

export function isJson(type: string): boolean {
  return type === 'application/json' || type.endsWith('+json') || type === 'text/json';
}

export function isXml(type: string): boolean {
  return type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml');
}

export function isTextual(type: string): boolean {
  return type === '' || type.startsWith('text/') || isJson(type) || isXml(type) || type === 'application/javascript' || type === 'application/x-www-form-urlencoded' || type === 'application/graphql';
}

/**
 * Pretty-printed JSON (two spaces, as `JSON.stringify(value, null, 2)` lays it out), or undefined when the text is
 * not JSON. Numbers and strings are kept as written: parsing and printing again would round integers past 2^53
 * (64-bit ids) and rewrite `1.10` or `1e2`.
 */
export function prettyJson(text: string): string | undefined {
  try {
    JSON.parse(text);
  } catch {
    return undefined;
  }
  return reindentJson(text);
}

/**
 * Indents XML one element per line. A linear scan over tags; text content stays on its element's line,
 * comments, CDATA and processing instructions are kept as they are. Returns undefined for text that does not start with `<`.
 */
export function prettyXml(text: string): string | undefined {
  const src = text.trim();
  if (!src.startsWith('<')) return undefined;
  const lines: string[] = [];
  let depth = 0;
  let i = 0;
  let pendingText = '';
  const indent = (d: number) => '  '.repeat(Math.max(0, d));
  while (i < src.length) {
    if (src[i] !== '<') {
      const next = src.indexOf('<', i);
      const end = next < 0 ? src.length : next;
      pendingText += src.slice(i, end).trim();
      i = end;
      continue;
    }
    let close: number;
    if (src.startsWith('<!--', i)) close = src.indexOf('-->', i) + 3;
    else if (src.startsWith('<![CDATA[', i)) close = src.indexOf(']]>', i) + 3;
    else close = src.indexOf('>', i) + 1;
    if (close <= i) return undefined;
    const tag = src.slice(i, close);
    i = close;
    if (tag.startsWith('</')) {
      depth--;
      const last = lines.length - 1;
      if (pendingText !== '' && last >= 0 && !(lines[last] as string).trimStart().startsWith('</') && !(lines[last] as string).endsWith('/>')) {
        lines[last] = `${lines[last] as string}${pendingText}${tag}`;
      } else {
        if (pendingText !== '') lines.push(indent(depth + 1) + pendingText);
        lines.push(indent(depth) + tag);
      }
      pendingText = '';
      continue;
    }
    if (pendingText !== '') {
      lines.push(indent(depth) + pendingText);
      pendingText = '';
    }
    lines.push(indent(depth) + tag);
    const selfContained = tag.endsWith('/>') || tag.startsWith('<?') || tag.startsWith('<!');
    if (!selfContained) depth++;
  }
  if (pendingText !== '') lines.push(pendingText);
  return lines.join('\n');
}

/**
 * The media type of a body sent without Content-Type, when its first bytes say it is not text: a known signature
 * (gzip, zip, PDF, PNG, JPEG, GIF, WebP), else `application/octet-stream` when it holds NUL or other control bytes
 * that text does not use. Undefined for what looks like text.
 */
export function sniffBinaryType(body: Uint8Array): string | undefined {
  const starts = (...sig: number[]) => sig.every((b, i) => body[i] === b);
  if (starts(0x1f, 0x8b)) return 'application/gzip';
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'application/zip';
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && body[8] === 0x57 && body[9] === 0x45 && body[10] === 0x42 && body[11] === 0x50) return 'image/webp';
  const n = Math.min(body.length, 1024);
  for (let i = 0; i < n; i++) {
    const b = body[i] as number;
    // control bytes other than TAB, LF, FF, CR and ESC (which ANSI-coloured text uses)
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) return 'application/octet-stream';
  }
  return undefined;
}

/**
 * Whether a body of a declared `application/*` type that is not in `isTextual`'s list (YAML, NDJSON, JWT, TOML, vendor
 * types...) can be shown as text: no binary signature or control bytes, and its first bytes are valid UTF-8.
 * `application/octet-stream` stays binary (declared so).
 */
export function looksLikeText(type: string, body: Uint8Array): boolean {
  if (!type.startsWith('application/') || type === 'application/octet-stream') return false;
  if (sniffBinaryType(body) !== undefined) return false;
  try {
    // stream: a multi-byte sequence cut at the end of the sample is not an error
    new TextDecoder('utf-8', { fatal: true }).decode(body.subarray(0, 4096), { stream: true });
    return true;
  } catch {
    return false;
  }
}

export interface RenderInput {
  /** All received bytes (interim responses included). */
  received: Uint8Array;
  interim: number;
  headers: readonly (readonly [string, string])[];
  /** The decoded body as text. */
  bodyText: string;
  /** Body bytes after content decoding. */
  bodyLength: number;
  /** The body bytes after content decoding, looked at when there is no Content-Type. */
  body?: Uint8Array;
  /** The transport cut the body at its size limit (`SendResult.truncated`): what is shown is not the whole response. */
  cut?: boolean;
}

export interface RenderOptions {
  prettyPrint: boolean;
  /** Characters of body shown at most. */
  maxBodySize: number;
  /** Line added after a cut body; `{shown}` and `{total}` are replaced. */
  truncatedNote: string;
  /** Shown instead of a body that is not text; `{size}` and `{type}` are replaced. */
  binaryNote: string;
  /** Line added when the transport cut the body (`RenderInput.cut`); `{size}` is replaced by the bytes kept. */
  cutNote?: string;
}

export interface Rendered {
  text: string;
  /** Characters of `text` that are the head exactly as received (status line to the blank line). */
  headLength: number;
  /** Where the final response starts in the received bytes. */
  start: number;
  truncated: boolean;
  /** The body is not shown (not text): `binaryNote` stands for it. */
  binary: boolean;
  /** The body is over the large-response limit: not shown, a note stands for it (see `renderLarge`). */
  large: boolean;
  /** The body's media type: declared, else sniffed from its first bytes. */
  type: string;
  pretty: 'json' | 'xml' | undefined;
}

/**
 * The media type of a body (declared, else sniffed from its first bytes) and whether it is shown as text. Looks at
 * the first 4 KB of the body at most.
 */
export function bodyKind(headers: readonly (readonly [string, string])[], bodyLength: number, body?: Uint8Array): { type: string; binary: boolean } {
  const declared = mediaType(headers);
  const type = declared === '' && body ? (sniffBinaryType(body) ?? '') : declared;
  // a charset parameter says the body is text, whatever the type
  const charset = /;\s*charset\s*=/i.test(headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1] ?? '');
  const text = isTextual(type) || (type.startsWith('application/') && type !== 'application/octet-stream' && charset) || (body !== undefined && looksLikeText(type, body));
  return { type, binary: bodyLength > 0 && !text };
}

export function renderResponse(input: RenderInput, options: RenderOptions): Rendered {
  const { start, end } = finalHead(input.received, input.interim);
  const head = latin1(input.received, start, end);
  const { type, binary } = bodyKind(input.headers, input.bodyLength, input.body);
  let body = input.bodyText;
  let pretty: Rendered['pretty'];
  let truncated = false;
  if (binary) {
    body = options.binaryNote.replace('{size}', String(input.bodyLength)).replace('{type}', type);
  } else {
    if (options.prettyPrint && body.length <= options.maxBodySize) {
      const formatted = isJson(type) ? prettyJson(body) : isXml(type) ? prettyXml(body) : undefined;
      if (formatted !== undefined) {
        body = formatted;
        pretty = isJson(type) ? 'json' : 'xml';
      }
    }
    if (body.length > options.maxBodySize) {
      const total = body.length;
      body = `${body.slice(0, options.maxBodySize)}\n${options.truncatedNote.replace('{shown}', String(options.maxBodySize)).replace('{total}', String(total))}`;
      truncated = true;
    }
  }
  if (input.cut && options.cutNote) body = `${body}\n${options.cutNote.replace('{size}', String(input.bodyLength))}`;
  const separator = head.endsWith('\n') ? '' : '\r\n\r\n';
  return { text: head + separator + body, headLength: head.length, start, truncated, binary, large: false, type, pretty };
}

/**
 * A large response: the head exactly as received and `note` (the size, and how to open or save the body) instead of
 * the body, which is neither decoded nor laid out. Only the head and the first bytes of the body are looked at.
 */
export function renderLarge(input: Omit<RenderInput, 'bodyText'>, note: string): Rendered {
  const { start, end } = finalHead(input.received, input.interim);
  const head = latin1(input.received, start, end);
  const { type, binary } = bodyKind(input.headers, input.bodyLength, input.body);
  const separator = head.endsWith('\n') ? '' : '\r\n\r\n';
  return { text: `${head}${separator}${note}`, headLength: head.length, start, truncated: false, binary, large: true, type, pretty: undefined };
}

/** Line count of a text (number of line breaks, CRLF counted once). */
export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') line++;
    else if (text[i] === '\r' && text[i + 1] !== '\n') line++;
  }
  return line;
}

export interface LspRange {
  start: { line: number; character: number };
  end: { line: number; character: number };
}

/**
 * Diagnostics from `httplens/responseInfo` are positioned in the received message; the document shows the head
 * as received, so head positions stay. Anything past the head (framing of the body) goes to the status line.
 */
export function placeRange(range: LspRange, headLines: number, statusLineLength: number): LspRange {
  if (range.start.line < headLines) {
    if (range.end.line < headLines) return range;
    return { start: range.start, end: { line: range.start.line, character: Math.max(range.start.character, statusLineLength) } };
  }
  return { start: { line: 0, character: 0 }, end: { line: 0, character: statusLineLength } };
}
