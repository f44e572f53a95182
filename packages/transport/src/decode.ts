import { createBrotliDecompress, createGunzip, createInflate, createInflateRaw } from 'node:zlib';

type Transform = ReturnType<typeof createGunzip> | ReturnType<typeof createBrotliDecompress>;
import { TransportError, type ErrorContext } from './errors.js';

export interface Decoded {
  body: Buffer;
  /** The codings removed, in the order the server applied them. */
  decoded: string[];
  truncated: boolean;
}

/** Splits a Content-Encoding field value into lower-case codings, in the order applied. */
export function contentCodings(headers: [string, string][]): string[] {
  const out: string[] = [];
  for (const [name, value] of headers) {
    if (name.length !== 16 || name.toLowerCase() !== 'content-encoding') continue;
    for (const part of value.split(',')) {
      const coding = part.trim().toLowerCase();
      if (coding !== '' && coding !== 'identity') out.push(coding);
    }
  }
  return out;
}

/** deflate is the zlib format (RFC 1950), but servers also send raw deflate (RFC 1951): look at the header. */
function isZlibHeader(body: Uint8Array): boolean {
  const a = body[0];
  const b = body[1];
  if (a === undefined || b === undefined) return false;
  return (a & 0x0f) === 8 && (a >> 4) <= 7 && ((a << 8) | b) % 31 === 0;
}

function decoder(coding: string, body: Uint8Array): Transform | undefined {
  switch (coding) {
    case 'gzip':
    case 'x-gzip':
      return createGunzip();
    case 'deflate':
      return isZlibHeader(body) ? createInflate() : createInflateRaw();
    case 'br':
      return createBrotliDecompress();
    default:
      return undefined;
  }
}

/**
 * Runs one decompressor and keeps at most `limit` bytes of its output: the stream
 * is destroyed as soon as the limit is passed, so a decompression bomb costs
 * `limit` bytes of memory and stops there.
 */
function inflate(stream: Transform, input: Uint8Array, limit: number, inputComplete: boolean): Promise<{ out: Buffer; truncated: boolean; error?: Error }> {
  return new Promise((resolve) => {
    const parts: Buffer[] = [];
    let n = 0;
    let settled = false;
    const settle = (truncated: boolean, error?: Error): void => {
      if (settled) return;
      settled = true;
      const result: { out: Buffer; truncated: boolean; error?: Error } = { out: Buffer.concat(parts, n), truncated };
      if (error) result.error = error;
      resolve(result);
    };
    stream.on('data', (d: Buffer) => {
      if (settled) return;
      const room = limit - n;
      if (d.length > room) {
        parts.push(d.subarray(0, room));
        n += room;
        settle(true);
        stream.destroy();
        return;
      }
      parts.push(d);
      n += d.length;
    });
    stream.on('end', () => settle(false));
    stream.on('error', (error: Error) => {
      // A body cut by the size limit ends early: keep what decoded.
      if (!inputComplete && n > 0) settle(true);
      else settle(false, error);
    });
    stream.end(input);
  });
}

/** Removes the content codings (last applied first). An unknown coding stops decoding and leaves the rest as is. */
export async function decodeBody(body: Buffer, codings: string[], limit: number, inputComplete: boolean, context: ErrorContext): Promise<Decoded> {
  let current = body;
  const decoded: string[] = [];
  let truncated = false;
  for (let i = codings.length - 1; i >= 0; i--) {
    const coding = codings[i] as string;
    if (current.length === 0) break;
    const stream = decoder(coding, current);
    if (!stream) break;
    const r = await inflate(stream, current, limit, inputComplete && !truncated);
    if (r.error) {
      throw new TransportError('HTTPLENS_DECODE_FAILED', `Cannot decode ${coding} content: ${r.error.message}`, { ...context, phase: 'decode' }, r.error);
    }
    current = r.out;
    truncated ||= r.truncated;
    decoded.unshift(coding);
  }
  return { body: current, decoded, truncated };
}
