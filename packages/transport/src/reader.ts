import type { BodyFraming } from '@httplens/core';
import { TransportError, type Phase } from './errors.js';
import { TCHAR } from './serialize.js';
import type { InterimResponse } from './types.js';

export interface ReaderOptions {
  /** The request method: HEAD and CONNECT change the framing of the response. */
  method: string;
  headerSize: number;
  bodySize: number;
  /** Called for each 1xx response other than 101, as soon as its head is complete. */
  onInterim?: (response: InterimResponse) => void;
}

interface Head {
  version: string;
  status: number;
  reason: string;
  /** Field lines as [name, value], names as received, values without surrounding whitespace. */
  headers: [string, string][];
  /** Where the head starts in the received bytes, and its length (through the empty line). */
  offset: number;
  length: number;
}

type State = 'head' | 'length' | 'close' | 'chunk-size' | 'chunk-data' | 'chunk-cr' | 'chunk-lf' | 'trailers' | 'done';

const LF = 0x0a;
const CR = 0x0d;
/** How many bytes of a chunk are turned into a string to look for the end of a head. */
const PROBE = 16 * 1024;
/** The status line up to its reason: "HTTP/" DIGIT "." DIGIT SP 3DIGIT, then SP or the line end. */
const STATUS_PREFIX = 'HTTP/';
const STATUS_START = 13;
/** A chunk-size line (size and extensions) longer than this is refused. */
const MAX_CHUNK_LINE = 4096;

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const l = c | 0x20;
  if (l >= 0x61 && l <= 0x66) return l - 0x61 + 10;
  return -1;
}

/**
 * An incremental HTTP/1.1 response reader (RFC 9112): feed it the bytes as they
 * arrive, in pieces of any size; it records the exact bytes that belong to this
 * exchange, the interim responses, the final head, and the body with its framing.
 * It throws a TransportError (`HTTPLENS_BAD_RESPONSE`, `HTTPLENS_RESPONSE_TOO_LARGE`) on
 * a response it cannot frame.
 */
export class ResponseReader {
  readonly interim: InterimResponse[] = [];
  /** The received bytes of this exchange, in arrival pieces. */
  readonly received: Buffer[] = [];
  receivedLength = 0;
  head: Head | undefined;
  framing: BodyFraming = 'none';
  readonly body: Buffer[] = [];
  bodyLength = 0;
  trailers: [string, string][] = [];
  truncated = false;
  /** The connection may carry another request after this response. */
  keepAlive = true;
  /** Bytes arrived after the end of the response (the connection is not reusable). */
  extra = false;
  state: State = 'head';

  private readonly options: ReaderOptions;
  /** Bytes of an incomplete head or trailer section. */
  private pending: Buffer | undefined;
  private pendingLength = 0;
  /** Absolute offset (in the received bytes) where the pending section starts. */
  private pendingStart = 0;
  private remaining = 0;
  private chunkLine = '';
  private bodyStart = 0;
  private bodyEnd = 0;
  /** Bytes of the interim responses read so far. */
  private interimLength = 0;

  constructor(options: ReaderOptions) {
    this.options = options;
  }

  get done(): boolean {
    return this.state === 'done';
  }

  get phase(): Phase {
    if (this.state === 'head') return 'head';
    if (this.state === 'trailers') return 'trailers';
    return 'body';
  }

  /** Feeds the next piece of bytes. */
  push(chunk: Buffer): void {
    if (this.state === 'done') {
      if (chunk.length > 0) {
        this.extra = true;
        this.keepAlive = false;
      }
      return;
    }
    const base = this.receivedLength;
    let used: number;
    try {
      used = this.consume(chunk, base);
    } catch (error) {
      // The bytes that could not be read stay in the exchange's record (the error's `received`).
      this.received.push(chunk);
      this.receivedLength += chunk.length;
      throw error;
    }
    if (used < chunk.length) {
      this.extra = true;
      this.keepAlive = false;
    }
    const piece = used === chunk.length ? chunk : chunk.subarray(0, used);
    if (piece.length > 0) {
      this.received.push(piece);
      this.receivedLength += piece.length;
    }
  }

  /** The peer closed the connection. Completes a close-delimited body; anything else incomplete throws. */
  end(): void {
    if (this.state === 'done') return;
    if (this.state === 'close') {
      this.finish(this.receivedLength);
      return;
    }
    // The bytes of an incomplete head or trailer section are counted in receivedLength already.
    const what = this.state === 'head' ? (this.receivedLength === 0 ? 'before any byte of the response' : 'in the response head') : 'before the end of the body';
    throw new TransportError('HTTPLENS_CONNECTION_CLOSED', `The server closed the connection ${what}`, { phase: this.phase, bytesRead: this.receivedLength });
  }

  private bad(message: string, phase: Phase = this.phase): TransportError {
    return new TransportError('HTTPLENS_BAD_RESPONSE', message, { phase, bytesRead: this.receivedLength });
  }

  /** Consumes bytes of `chunk` (which starts at absolute offset `base`); returns how many belong to this exchange. */
  private consume(chunk: Buffer, base: number): number {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      switch (this.state) {
        case 'head': {
          const used = this.readSection(chunk, i, base, 'head');
          if (used < 0) return n;
          i = used;
          break;
        }
        case 'length': {
          const take = Math.min(this.remaining, n - i);
          if (!this.addBody(chunk, i, take)) return this.bodyEnd - base;
          i += take;
          this.remaining -= take;
          if (this.remaining === 0) this.finish(base + i);
          break;
        }
        case 'close': {
          if (!this.addBody(chunk, i, n - i)) return this.bodyEnd - base;
          i = n;
          break;
        }
        case 'chunk-size': {
          const lf = chunk.indexOf(LF, i);
          const end = lf < 0 ? n : lf;
          if (this.chunkLine.length + (end - i) > MAX_CHUNK_LINE) throw this.bad('A chunk-size line is longer than 4096 bytes');
          this.chunkLine += chunk.toString('latin1', i, end);
          if (lf < 0) return n;
          i = lf + 1;
          this.sizeLine();
          break;
        }
        case 'chunk-data': {
          const take = Math.min(this.remaining, n - i);
          if (!this.addBody(chunk, i, take)) return this.bodyEnd - base;
          i += take;
          this.remaining -= take;
          if (this.remaining === 0) this.state = 'chunk-cr';
          break;
        }
        case 'chunk-cr': {
          const c = chunk[i];
          if (c === CR) this.state = 'chunk-lf';
          else if (c === LF) this.state = 'chunk-size';
          else throw this.bad('Chunk data is not followed by CRLF');
          i++;
          break;
        }
        case 'chunk-lf': {
          if (chunk[i] !== LF) throw this.bad('Chunk data is not followed by CRLF');
          this.state = 'chunk-size';
          i++;
          break;
        }
        case 'trailers': {
          const used = this.readSection(chunk, i, base, 'trailers');
          if (used < 0) return n;
          i = used;
          break;
        }
        case 'done':
          return i;
      }
    }
    return n;
  }

  /** Appends body bytes; returns false when the body limit cut the body (the response is then complete). */
  private addBody(chunk: Buffer, start: number, length: number): boolean {
    if (length === 0) return true;
    const room = this.options.bodySize - this.bodyLength;
    if (length > room) {
      if (room > 0) {
        this.body.push(chunk.subarray(start, start + room));
        this.bodyLength += room;
      }
      this.truncated = true;
      this.keepAlive = false;
      this.finish(this.receivedLength + start + room);
      return false;
    }
    this.body.push(start === 0 && length === chunk.length ? chunk : chunk.subarray(start, start + length));
    this.bodyLength += length;
    return true;
  }

  private finish(end: number): void {
    this.bodyEnd = end;
    this.state = 'done';
  }

  /**
   * Reads a head or trailer section up to its empty line. Returns the index in `chunk`
   * after the section, or -1 when the chunk ended first (the bytes are kept).
   */
  private readSection(chunk: Buffer, start: number, base: number, kind: 'head' | 'trailers'): number {
    const limit = this.options.headerSize;
    if (this.pendingLength === 0) {
      // Fast path: the whole section is in this chunk. The bytes become a latin1 string once
      // (string scanning stays in JavaScript; Buffer.indexOf is a native call each time).
      const available = chunk.length - start;
      const probe = Math.min(available, limit + 4, PROBE);
      const text = chunk.toString('latin1', start, start + probe);
      const end = findSectionEndText(text);
      if (end >= 0) {
        if (end > limit) throw this.tooLarge(kind, base + start + end);
        this.section(text, end, base + start, kind);
        return start + end;
      }
      if (probe === available || probe > limit) {
        if (probe > limit) throw this.tooLarge(kind, base + start + probe);
      } else {
        const far = findSectionEnd(chunk, start + Math.max(0, probe - 3), start);
        if (far >= 0) {
          if (far - start > limit) throw this.tooLarge(kind, base + far);
          this.section(chunk.toString('latin1', start, far), far - start, base + start, kind);
          return far;
        }
      }
      this.pendingStart = base + start;
    }
    const length = chunk.length - start;
    // Keep at most what could still end within the limit (the empty line may take 4 bytes).
    const take = Math.min(length, Math.max(0, limit + 4 - this.pendingLength));
    const scanFrom = Math.max(0, this.pendingLength - 3);
    const before = this.pendingLength;
    const buffer = this.append(chunk, start, take);
    const end = findSectionEnd(buffer, scanFrom, 0);
    if (end < 0) {
      if (kind === 'head' && before < STATUS_START) this.checkStatusStart(buffer);
      if (this.pendingLength > limit) throw this.tooLarge(kind, this.pendingStart + this.pendingLength);
      return -1;
    }
    if (end > limit) throw this.tooLarge(kind, this.pendingStart + end);
    this.pending = undefined;
    this.pendingLength = 0;
    this.section(buffer.toString('latin1', 0, end), end, this.pendingStart, kind);
    return start + (end - before);
  }

  /**
   * Refuses an incomplete head whose first bytes cannot start a status line: a server that
   * speaks another protocol (SSH, SMTP, a database) sends a banner and waits, which would
   * otherwise end only at the idle timeout. The whole line is checked when the head is complete.
   */
  private checkStatusStart(buffer: Buffer): void {
    if (!couldBeStatusLine(buffer)) throw this.bad(`Invalid status line ${JSON.stringify(firstLine(buffer))}`, 'head');
  }

  /** A field value holding NUL or a bare CR. */
  badValue(phase: Phase): TransportError {
    return new TransportError('HTTPLENS_BAD_RESPONSE', 'A field value holds NUL or a bare CR', { phase, bytesRead: this.receivedLength });
  }

  /** `read`: the bytes of the exchange read up to where the section went over the limit. */
  private tooLarge(kind: 'head' | 'trailers', read: number): TransportError {
    return new TransportError(
      'HTTPLENS_RESPONSE_TOO_LARGE',
      `The response ${kind === 'head' ? 'head' : 'trailer section'} exceeds ${this.options.headerSize} bytes`,
      { phase: kind, bytesRead: read },
    );
  }

  /** Appends to the pending buffer (doubling its capacity) and returns a view of all pending bytes. */
  private append(chunk: Buffer, start: number, length: number): Buffer {
    const needed = this.pendingLength + length;
    if (!this.pending || this.pending.length < needed) {
      const grown = Buffer.allocUnsafe(Math.max(needed, (this.pending?.length ?? 256) * 2));
      if (this.pending) this.pending.copy(grown, 0, 0, this.pendingLength);
      this.pending = grown;
    }
    chunk.copy(this.pending, this.pendingLength, start, start + length);
    this.pendingLength = needed;
    return this.pending.subarray(0, needed);
  }

  /** Handles a complete section: `text` from 0 to `length` (the text may go on). */
  private section(text: string, length: number, offset: number, kind: 'head' | 'trailers'): void {
    if (kind === 'trailers') {
      this.trailers = this.fieldLines(text, 0, length, 'trailers');
      this.finish(offset + length);
      return;
    }
    const head = this.parseHead(text, length, offset);
    if (head.status >= 100 && head.status < 200 && head.status !== 101) {
      // Interim responses share the head limit: a server that sends them without end is refused
      // instead of being read (and kept) until a timeout, since each byte resets the idle one.
      this.interimLength += length;
      if (this.interimLength > this.options.headerSize) {
        throw new TransportError('HTTPLENS_RESPONSE_TOO_LARGE', `The interim (1xx) responses exceed ${this.options.headerSize} bytes together`, { phase: 'head', bytesRead: offset + length });
      }
      const response: InterimResponse = { status: head.status, reason: head.reason, headers: head.headers };
      this.interim.push(response);
      this.options.onInterim?.(response);
      return; // stay in 'head' for the next response
    }
    this.head = head;
    this.bodyStart = offset + length;
    this.frame(head);
  }

  /** status-line = HTTP-version SP status-code SP [ reason-phrase ] */
  private parseHead(text: string, length: number, offset: number): Head {
    let eol = text.indexOf('\n');
    if (eol < 0 || eol >= length) eol = length;
    const n = eol > 0 && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
    // HTTP-version = "HTTP/" DIGIT "." DIGIT, then SP 3DIGIT, then SP and the reason (the SP may be missing)
    if (
      n < 12 ||
      text.charCodeAt(0) !== 0x48 ||
      text.charCodeAt(1) !== 0x54 ||
      text.charCodeAt(2) !== 0x54 ||
      text.charCodeAt(3) !== 0x50 ||
      text.charCodeAt(4) !== 0x2f ||
      !isDigit(text.charCodeAt(5)) ||
      text.charCodeAt(6) !== 0x2e ||
      !isDigit(text.charCodeAt(7)) ||
      text.charCodeAt(8) !== 0x20 ||
      !isDigit(text.charCodeAt(9)) ||
      !isDigit(text.charCodeAt(10)) ||
      !isDigit(text.charCodeAt(11)) ||
      (n > 12 && text.charCodeAt(12) !== 0x20)
    ) {
      throw this.bad(`Invalid status line ${JSON.stringify(text.slice(0, Math.min(n, 80)))}`, 'head');
    }
    const version = text.charCodeAt(7) === 0x31 ? 'HTTP/1.1' : text.slice(0, 8);
    if (text.charCodeAt(5) !== 0x31) throw this.bad(`Unsupported HTTP version ${version} (an HTTP/1.1 client)`, 'head');
    for (let i = 13; i < n; i++) {
      const c = text.charCodeAt(i);
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) throw this.bad('The reason phrase holds a control character', 'head');
    }
    const status = (text.charCodeAt(9) - 0x30) * 100 + (text.charCodeAt(10) - 0x30) * 10 + (text.charCodeAt(11) - 0x30);
    return {
      version,
      status,
      reason: n > 13 ? reasonPhrase(text, n, status) : '',
      headers: this.fieldLines(text, eol + 1, length, 'head'),
      offset,
      length,
    };
  }

  /** field-line = field-name ":" OWS field-value OWS, up to the empty line; obs-fold becomes one space. */
  private fieldLines(text: string, from: number, length: number, phase: Phase): [string, string][] {
    const fields: [string, string][] = [];
    let pos = from;
    while (pos < text.length) {
      let eol = text.indexOf('\n', pos);
      if (eol < 0 || eol >= length) eol = length;
      const end = eol > pos && text.charCodeAt(eol - 1) === CR ? eol - 1 : eol;
      if (end === pos) break; // the empty line
      const first = text.charCodeAt(pos);
      if (first === 0x20 || first === 0x09) {
        const previous = fields[fields.length - 1];
        if (!previous) throw this.bad('The first field line starts with whitespace', phase);
        const [ms, me] = trimOws(text, pos, end);
        checkValue(this, text, ms, me, phase);
        if (me > ms) previous[1] = previous[1] === '' ? text.slice(ms, me) : `${previous[1]} ${text.slice(ms, me)}`;
        pos = eol + 1;
        continue;
      }
      // One pass over the name up to its colon; on a stop anywhere else, find out which error it is.
      let colon = pos;
      while (colon < end && TCHAR[text.charCodeAt(colon)] === 1) colon++;
      if (colon >= end || text.charCodeAt(colon) !== 0x3a) {
        const at = text.indexOf(':', pos);
        if (at < 0 || at >= end) throw this.bad(`A field line has no colon: ${JSON.stringify(text.slice(pos, Math.min(end, pos + 80)))}`, phase);
        throw this.bad(`Invalid field name ${JSON.stringify(text.slice(pos, at))}`, phase);
      }
      if (colon === pos) throw this.bad('A field line has an empty name', phase);
      // One pass over the value: skip leading OWS, refuse NUL and bare CR (a LF ends the line),
      // and note where the trailing OWS starts.
      let vs = colon + 1;
      while (vs < end && (text.charCodeAt(vs) === 0x20 || text.charCodeAt(vs) === 0x09)) vs++;
      let ve = vs;
      for (let i = vs; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x20 || c === 0x09) continue;
        if (c === 0 || c === CR || c === LF) throw this.badValue(phase);
        ve = i + 1;
      }
      fields.push([text.slice(pos, colon), text.slice(vs, ve)]);
      pos = eol + 1;
    }
    return fields;
  }

  /** RFC 9112 §6.3: how the length of the body is determined. */
  private frame(head: Head): void {
    const method = this.options.method;
    let connectionClose = false;
    let keepAliveToken = false;
    let transferEncoding: string | undefined;
    let contentLength = -1;
    for (const f of head.headers) {
      const name = f[0];
      const l = name.length;
      if (l === 10 && equalsLower(name, 'connection')) {
        const v = f[1];
        if (v.indexOf(',') < 0) {
          if (equalsLower(v, 'close')) connectionClose = true;
          else if (equalsLower(v, 'keep-alive')) keepAliveToken = true;
        } else {
          for (const t of v.split(',')) {
            const token = t.trim().toLowerCase();
            if (token === 'close') connectionClose = true;
            else if (token === 'keep-alive') keepAliveToken = true;
          }
        }
      } else if (l === 17 && equalsLower(name, 'transfer-encoding')) {
        transferEncoding = transferEncoding === undefined ? f[1] : `${transferEncoding},${f[1]}`;
      } else if (l === 14 && equalsLower(name, 'content-length')) {
        const v = f[1];
        if (v.indexOf(',') < 0) {
          const n = digitsValue(v);
          if (n < 0) throw this.bad(`Invalid Content-Length ${JSON.stringify(v)}`, 'head');
          if (contentLength >= 0 && n !== contentLength) throw this.bad('Conflicting Content-Length values', 'head');
          contentLength = n;
          continue;
        }
        for (const part of v.split(',')) {
          const n = digitsValue(part.trim());
          if (n < 0) throw this.bad(`Invalid Content-Length ${JSON.stringify(v)}`, 'head');
          if (contentLength >= 0 && n !== contentLength) throw this.bad('Conflicting Content-Length values', 'head');
          contentLength = n;
        }
      }
    }
    this.keepAlive = head.version === 'HTTP/1.1' ? !connectionClose : keepAliveToken && !connectionClose;
    const status = head.status;
    if (method === 'HEAD' || status === 204 || status === 304 || status === 101 || (method === 'CONNECT' && status >= 200 && status < 300)) {
      if (status === 101 || method === 'CONNECT') this.keepAlive = false;
      this.framing = 'none';
      this.finish(this.bodyStart);
      return;
    }
    if (transferEncoding !== undefined) {
      const codings = transferEncoding.split(',');
      const last = (codings[codings.length - 1] ?? '').trim().toLowerCase();
      if (contentLength >= 0) this.keepAlive = false; // RFC 9112 §6.3: TE overrides CL; close afterwards
      // RFC 9112 §6.1: Transfer-Encoding in HTTP/1.0 is faulty framing; read it as core's parser
      // does (chunked) and close the connection afterwards.
      if (head.version !== 'HTTP/1.1') this.keepAlive = false;
      if (last === 'chunked') {
        this.framing = 'chunked';
        this.state = 'chunk-size';
        return;
      }
      this.framing = 'close';
      this.keepAlive = false;
      this.state = 'close';
      return;
    }
    if (contentLength >= 0) {
      this.framing = 'content-length';
      this.remaining = contentLength;
      if (contentLength === 0) this.finish(this.bodyStart);
      else this.state = 'length';
      return;
    }
    this.framing = 'close';
    this.keepAlive = false;
    this.state = 'close';
  }

  /** chunk-size [ chunk-ext ] CRLF, where chunk-size = 1*HEXDIG */
  private sizeLine(): void {
    let line = this.chunkLine;
    this.chunkLine = '';
    if (line.endsWith('\r')) line = line.slice(0, -1);
    let size = 0;
    let i = 0;
    for (; i < line.length; i++) {
      const h = hexValue(line.charCodeAt(i));
      if (h < 0) break;
      // Leading zeros are allowed (1*HEXDIG); the value must stay below 2^52.
      if (size >= 2 ** 48) throw this.bad('A chunk size is too large', 'body');
      size = size * 16 + h;
    }
    if (i === 0) throw this.bad(`Invalid chunk size ${JSON.stringify(line.slice(0, 40))}`, 'body');
    // Only BWS and a chunk extension may follow the size.
    for (let j = i; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (c === 0x3b) break;
      if (c !== 0x20 && c !== 0x09) throw this.bad(`Invalid chunk size ${JSON.stringify(line.slice(0, 40))}`, 'body');
    }
    for (let j = i; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if ((c < 0x20 && c !== 0x09) || c === 0x7f) throw this.bad('A chunk extension holds a control character', 'body');
    }
    if (size === 0) {
      this.state = 'trailers';
      return;
    }
    this.remaining = size;
    this.state = 'chunk-data';
  }
}

/**
 * Whether the first bytes of a response (the whole head need not have arrived) can begin a
 * status line: "HTTP/" DIGIT "." DIGIT SP 3DIGIT, then SP or the end of the line.
 */
export function couldBeStatusLine(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, STATUS_START);
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    let ok: boolean;
    if (i < 5) ok = c === STATUS_PREFIX.charCodeAt(i);
    else if (i === 6) ok = c === 0x2e;
    else if (i === 8) ok = c === 0x20;
    else if (i === 12) ok = c === 0x20 || c === CR || c === LF;
    else ok = isDigit(c);
    if (!ok) return false;
  }
  return true;
}

/** The first line of some bytes (at most 80 of them), without its line end, as latin1. */
export function firstLine(bytes: Uint8Array): string {
  let eol = 0;
  while (eol < bytes.length && eol < 80 && bytes[eol] !== CR && bytes[eol] !== LF) eol++;
  return Buffer.from(bytes.buffer, bytes.byteOffset, eol).toString('latin1');
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** 1*15DIGIT as a number, or -1. */
function digitsValue(s: string): number {
  if (s.length === 0 || s.length > 15) return -1;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return -1;
    n = n * 10 + (c - 0x30);
  }
  return n;
}

/** ASCII case-insensitive equality with a lower-case literal, without allocating. */
function equalsLower(s: string, lower: string): boolean {
  if (s.length !== lower.length) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== lower.charCodeAt(i)) return false;
  }
  return true;
}

function trimOws(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && (text.charCodeAt(s) === 0x20 || text.charCodeAt(s) === 0x09)) s++;
  while (e > s && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  return [s, e];
}

function checkValue(reader: ResponseReader, text: string, start: number, end: number, phase: Phase): void {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0 || c === CR || c === LF) throw reader.badValue(phase);
  }
}

/**
 * Finds the end of a section (after its empty line). `from` is where to start
 * looking for line feeds; `start` is where the section begins. Returns -1 when
 * the section is incomplete. A section may end with CRLF CRLF, LF LF, or be a lone
 * empty line at `start` (an empty trailer section).
 */
export function findSectionEnd(buf: Buffer, from: number, start: number): number {
  let lf = buf.indexOf(LF, from);
  while (lf >= 0) {
    if (lf === start) return lf + 1;
    const p = buf[lf - 1];
    if (p === LF) return lf + 1;
    if (p === CR && (lf - 1 === start || buf[lf - 2] === LF)) return lf + 1;
    lf = buf.indexOf(LF, lf + 1);
  }
  return -1;
}

/** `findSectionEnd` on a latin1 string that starts at the section's start. */
export function findSectionEndText(text: string): number {
  let lf = text.indexOf('\n');
  while (lf >= 0) {
    if (lf === 0) return 1;
    const p = text.charCodeAt(lf - 1);
    if (p === LF) return lf + 1;
    if (p === CR && (lf === 1 || text.charCodeAt(lf - 2) === LF)) return lf + 1;
    lf = text.indexOf('\n', lf + 1);
  }
  return -1;
}

/** The reason phrase from offset 13 to `end`; the common ones are shared strings. */
function reasonPhrase(text: string, end: number, status: number): string {
  if (status === 200 && end === 15 && text.charCodeAt(13) === 0x4f && text.charCodeAt(14) === 0x4b) return 'OK';
  return text.slice(13, end);
}
