import type { Socket } from 'node:net';
import { parseMessage, type HttpMessage } from '@httplens/core';
import { open, type Opened } from './connect.js';
import { decodeBody, contentCodings } from './decode.js';
import { fromSocketError, TransportError, type ErrorContext } from './errors.js';
import { Connection, defaultPool, type ConnectionOwner, type Lease, type Pool } from './pool.js';
import { ResponseReader, type ReaderOptions } from './reader.js';
import { chunk as encodeChunk, LAST_CHUNK, parseTarget, serializeRequest, type SerializedRequest, type Target } from './serialize.js';
import type { Limits, SendOptions, SendRequest, SendResult, Timings } from './types.js';
import { now, Watchdog } from './watchdog.js';

export const DEFAULT_LIMITS: Readonly<Required<Limits>> = Object.freeze({
  headerSize: 64 * 1024,
  bodySize: 64 * 1024 * 1024,
  decodedSize: 64 * 1024 * 1024,
});

/** Methods that may be sent again when a reused connection turns out to be closed (RFC 9110 §9.2.2). */
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/** Errors raised by the watchdog, whose phase is where the reader stood. */
const TIMED = new Set(['HTTPLENS_FIRST_BYTE_TIMEOUT', 'HTTPLENS_IDLE_TIMEOUT', 'HTTPLENS_TOTAL_TIMEOUT', 'HTTPLENS_ABORTED']);

/** Marks an error that happened on a connection before any response byte arrived. */
const NOTHING_RECEIVED = Symbol('nothingReceived');
/** Marks a connection error before any byte of the request was written: any request may be sent again. */
const NOTHING_SENT = Symbol('nothingSent');

function concat(parts: Buffer[], length: number): Buffer {
  if (parts.length === 1) return parts[0] as Buffer;
  return Buffer.concat(parts, length);
}

/**
 * Sends one HTTP/1.1 request and reads its response. Resolves with the response,
 * the exact bytes both ways, timings and connection facts; rejects with a
 * `TransportError` whose `code` starts with `HTTPLENS_`.
 */
export function send(request: SendRequest, options: SendOptions = {}): Promise<SendResult> {
  const start = now();
  // The promise is settled by the call itself: when an idle pooled connection is taken
  // synchronously, the exchange resolves it from the socket's data event, with no async
  // frame or promise in between (the common keep-alive case).
  return new Promise<SendResult>((resolve, reject) => {
    let call: Call;
    try {
      call = new Call(request, options, start, resolve, reject);
    } catch (error) {
      reject(error);
      return;
    }
    try {
      call.begin();
    } catch (error) {
      call.failed(error);
    }
  });
}

/** One call of `send`: the request prepared once, its deadlines, and the attempts on connections. */
class Call {
  readonly target: Target;
  readonly serialized: SerializedRequest;
  readonly context: ErrorContext;
  readonly limits: Required<Limits>;
  readonly watchdog: Watchdog;
  readonly pool: Pool | undefined;
  readonly method: string;
  private readonly replayable: boolean;

  constructor(
    request: SendRequest,
    private readonly options: SendOptions,
    private readonly start: number,
    private readonly resolve: (result: SendResult) => void,
    private readonly reject: (error: unknown) => void,
  ) {
    this.method = request.method;
    this.target = parseTarget(request.url, options);
    this.serialized = serializeRequest(request, this.target, options);
    this.context = { host: this.target.hostname, port: this.target.port, phase: 'request', bytesRead: 0 };
    if (options.socketPath !== undefined) this.context.socketPath = options.socketPath;
    this.limits = options.limits === undefined ? DEFAULT_LIMITS : { ...DEFAULT_LIMITS, ...options.limits };
    this.watchdog = new Watchdog(options.timeouts, start, this.context, options.signal);
    this.pool = options.pool === false ? undefined : (options.pool ?? defaultPool);
    this.replayable = IDEMPOTENT.has(request.method) && this.serialized.stream === undefined;
  }

  begin(): void {
    if (this.watchdog.failure) {
      this.failed(this.watchdog.failure);
      return;
    }
    // An idle connection is taken synchronously; only opening or queueing waits.
    // (taken at the call: it waited for nothing, and is ready then)
    const lease = this.pool ? this.pool.take(this.target.origin, this.start) : undefined;
    if (lease) this.exchange(lease, undefined, 0, this.start, this.start);
    else this.obtain(0);
  }

  private obtain(attempt: number): void {
    obtain(this.pool, this.target, this.options, this.watchdog, this.context, attempt > 0).then(
      ({ lease, opened, openedAt }) => {
        const t = now();
        this.exchange(lease, opened, attempt, lease.reused ? t : openedAt, t);
      },
      (error: unknown) => this.failed(error),
    );
  }

  /**
   * `assignedAt`: when the connection was given to the request (taken from the pool, or its opening begun);
   * `readyAt`: when the request could be written on it.
   */
  private exchange(lease: Lease, opened: Opened | undefined, attempt: number, assignedAt: number, readyAt: number): void {
    this.context.reused = lease.reused;
    new Exchange(this, lease, opened, attempt, assignedAt - this.start, readyAt).start();
  }

  /**
   * The exchange failed. When its reused connection closed before any byte of the response, the
   * request is sent once more on a new connection: any request if none of its bytes was written,
   * else an idempotent one with a replayable body.
   */
  exchangeFailed(error: TransportError, lease: Lease, attempt: number): void {
    const marks = error as unknown as Record<symbol, unknown>;
    if (attempt === 0 && lease.reused && (marks[NOTHING_SENT] === true || (this.replayable && marks[NOTHING_RECEIVED] === true))) {
      this.obtain(1);
      return;
    }
    this.failed(error);
  }

  /** The response is complete: decode its content if it is encoded, then resolve. */
  completed(exchange: Exchange, lease: Lease, opened: Opened | undefined, endAt: number): void {
    let result: Result;
    try {
      result = new Result(exchange, lease, opened);
    } catch (error) {
      this.failed(error);
      return;
    }
    const reader = exchange.reader;
    const codings = this.options.decode !== false && reader.bodyLength > 0 ? contentCodings(result.headers) : undefined;
    if (codings === undefined || codings.length === 0) {
      // Without decoding, the call ends with the response's last byte.
      result.timings.total = endAt - this.start;
      this.watchdog.dispose();
      this.resolve(result);
      return;
    }
    this.context.phase = 'decode';
    this.context.bytesRead = reader.receivedLength;
    // The AbortSignal and timeouts.total still apply while the content is decoded.
    let over = false;
    this.watchdog.onFail = (error) => {
      over = true;
      this.failed(error);
    };
    decodeBody(result.body as Buffer, codings, this.limits.decodedSize, !reader.truncated, this.context).then(
      (d) => {
        if (over) return;
        this.watchdog.onFail = undefined;
        result.body = d.body;
        result.decoded = d.decoded;
        result.truncated ||= d.truncated;
        result.timings.total = now() - this.start;
        this.watchdog.dispose();
        this.resolve(result);
      },
      (error: unknown) => {
        if (over) return;
        this.watchdog.onFail = undefined;
        if (error instanceof TransportError) {
          // The whole response arrived: keep its bytes with the error.
          error.context.received = result.raw.received;
          error.context.bytesWritten = result.raw.sent.length;
          error.context.reused = result.reused;
        }
        this.failed(error);
      },
    );
  }

  failed(error: unknown): void {
    this.watchdog.dispose();
    this.reject(error);
  }
}

async function obtain(
  pool: Pool | undefined,
  target: Target,
  options: SendOptions,
  watchdog: Watchdog,
  context: ErrorContext,
  fresh: boolean,
): Promise<{ lease: Lease; opened: Opened | undefined; openedAt: number }> {
  let opened: Opened | undefined;
  let openedAt = 0;
  const openConnection = async (): Promise<Connection> => {
    openedAt = now();
    const o = await open(target, options, watchdog, context);
    opened = o;
    return new Connection(o.socket, target.origin, o.remoteAddress, o.remotePort, o.tlsSummary);
  };
  if (!pool) return { lease: { connection: await openConnection(), reused: false }, opened, openedAt };
  context.phase = 'pool';
  watchdog.phase(undefined, 0);
  const lease = await pool.acquire(target.origin, openConnection, fresh, (cancel) => {
    watchdog.onFail = cancel;
  });
  watchdog.check();
  return { lease, opened, openedAt };
}

/** The response; `message` is parsed from the received bytes by core's parser on first access. */
class Result implements SendResult {
  status: number;
  reason: string;
  version: string;
  headers: [string, string][];
  trailers: [string, string][];
  body: Uint8Array;
  decoded: string[] = [];
  raw: { sent: Uint8Array; received: Uint8Array };
  timings: Timings;
  reused: boolean;
  redirects: SendResult['redirects'] = [];
  tls?: SendResult['tls'];
  remoteAddress: string;
  remotePort?: number;
  interim: SendResult['interim'];
  truncated: boolean;
  #message: HttpMessage | undefined;
  readonly #method: string;
  readonly #offset: number;

  constructor(exchange: Exchange, lease: Lease, opened: Opened | undefined) {
    const reader = exchange.reader;
    const head = reader.head;
    if (!head) throw new Error('the exchange ended without a head');
    this.status = head.status;
    this.reason = head.reason;
    this.version = head.version;
    this.headers = head.headers;
    this.trailers = reader.trailers;
    this.body = concat(reader.body, reader.bodyLength);
    this.raw = { sent: concat(exchange.sent, exchange.sentLength), received: concat(reader.received, reader.receivedLength) };
    // a response that came before the request's last byte was flushed ends the request phase
    const requestEnd = exchange.requestWrittenAt === 0 ? exchange.firstByteAt : Math.min(exchange.requestWrittenAt, exchange.firstByteAt);
    this.timings = {
      wait: exchange.wait,
      dns: opened?.dns ?? 0,
      connect: opened?.connect ?? 0,
      tls: opened?.tls ?? 0,
      request: Math.max(0, requestEnd - exchange.readyAt),
      firstByte: exchange.firstByteAt - exchange.headWrittenAt,
      download: exchange.endAt - exchange.firstByteAt,
      total: 0,
    };
    this.reused = lease.reused;
    const connection = lease.connection;
    this.remoteAddress = connection.remoteAddress;
    if (connection.remotePort !== undefined) this.remotePort = connection.remotePort;
    if (connection.tls) this.tls = connection.tls;
    this.interim = reader.interim;
    this.truncated = reader.truncated;
    this.#method = exchange.call.method;
    this.#offset = head.offset;
  }

  get message(): HttpMessage {
    return (this.#message ??= parseMessage(this.raw.received, { expect: 'response', requestMethod: this.#method, offset: this.#offset }));
  }

  set message(value: HttpMessage) {
    this.#message = value;
  }

  toJSON(): Omit<SendResult, 'message'> & { message: HttpMessage } {
    return { ...this, message: this.message };
  }
}

function drain(socket: Socket): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      socket.removeListener('drain', done);
      socket.removeListener('close', done);
      resolve();
    };
    socket.on('drain', done);
    socket.on('close', done);
  });
}

const NOTHING = Buffer.alloc(0);

/** One request/response on one connection; it reports its end to the call. */
class Exchange implements ConnectionOwner {
  readonly reader: ResponseReader;
  readonly sent: Buffer[] = [];
  sentLength = 0;
  headWrittenAt = 0;
  /** When the request's last byte was flushed to the socket (0 until then). */
  requestWrittenAt = 0;
  firstByteAt = 0;
  endAt = 0;
  private requestComplete = false;
  private settled = false;
  private bodyReleased = false;
  /** The request waits for its just-released connection to settle before it is written (see `Pool.defer`). */
  private deferred = false;
  private continueTimer: ReturnType<typeof setTimeout> | undefined;
  readonly connection: Connection;
  private readonly request: SerializedRequest;
  private readonly watchdog: Watchdog;
  private readonly context: ErrorContext;

  constructor(
    readonly call: Call,
    private readonly lease: Lease,
    private readonly opened: Opened | undefined,
    private readonly attempt: number,
    /** From the call to the connection given to the request. */
    readonly wait: number,
    /** When the request could be written on the connection. */
    readonly readyAt: number,
  ) {
    this.connection = lease.connection;
    this.request = call.serialized;
    this.watchdog = call.watchdog;
    this.context = call.context;
    const options: ReaderOptions = { method: call.method, headerSize: call.limits.headerSize, bodySize: call.limits.bodySize };
    // 100 Continue releases the body only when the request asked for it; an unsolicited one is skipped.
    if (this.request.expectContinue) {
      options.onInterim = (response) => {
        if (response.status === 100) this.releaseBody();
      };
    }
    this.reader = new ResponseReader(options);
  }

  start(): void {
    const c = this.connection;
    c.owner = this;
    c.requests++;
    if (this.watchdog.failure) {
      this.fail(this.watchdog.failure);
      return;
    }
    this.watchdog.onFail = (error) => this.fail(error);
    if (!c.usable) {
      this.fail(new TransportError('HTTPLENS_CONNECTION_CLOSED', 'The connection was closed before the request was written', { ...this.context }));
      return;
    }
    this.context.phase = 'write';
    const pool = this.call.pool;
    if (pool && c.settling) {
      this.deferred = true;
      pool.defer(this);
      return;
    }
    this.write();
  }

  /** The connection settled (see `Pool.defer`): write, unless it closed meanwhile. */
  resume(): void {
    if (this.settled) return;
    this.deferred = false;
    if (!this.connection.usable) {
      this.fail(new TransportError('HTTPLENS_CONNECTION_CLOSED', 'The connection was closed before the request was written', { ...this.context }));
      return;
    }
    this.write();
  }

  private put(data: Buffer): boolean {
    this.sent.push(data);
    this.sentLength += data.length;
    return this.connection.socket.write(data);
  }

  /**
   * The request's last byte was handed to the socket at `t`: flushed then when nothing is queued (a small request
   * written at once), else when what is queued is.
   */
  private requestWritten(t: number): void {
    this.requestComplete = true;
    const socket = this.connection.socket;
    if (socket.writableLength === 0) this.requestWrittenAt = t;
    else
      socket.write(NOTHING, () => {
        if (this.requestWrittenAt === 0) this.requestWrittenAt = now();
      });
  }

  private write(): void {
    const r = this.request;
    const socket = this.connection.socket;
    if (r.body && !r.expectContinue) {
      socket.cork();
      this.put(r.head);
      this.put(r.body);
      socket.uncork();
      this.requestComplete = true;
    } else {
      this.put(r.head);
      if (!r.body && !r.stream) this.requestComplete = true;
    }
    if (this.settled) return;
    const t = now();
    this.headWrittenAt = t;
    if (this.requestComplete) this.requestWritten(t);
    this.context.phase = 'head';
    this.watchdog.phase('HTTPLENS_FIRST_BYTE_TIMEOUT', this.watchdog.timeouts.firstByte, t);
    if (r.expectContinue) {
      this.continueTimer = setTimeout(() => this.releaseBody(), this.watchdog.timeouts.expectContinue);
    } else if (r.stream) {
      void this.pump(r.stream);
    }
  }

  /** Sends the body after `100 Continue` (or when waiting for it timed out). */
  private releaseBody(): void {
    if (this.bodyReleased || this.settled) return;
    this.bodyReleased = true;
    if (this.continueTimer !== undefined) clearTimeout(this.continueTimer);
    const r = this.request;
    if (r.body) {
      this.put(r.body);
      this.requestWritten(now());
    } else if (r.stream) {
      void this.pump(r.stream);
    }
  }

  private async pump(stream: AsyncIterable<Uint8Array>): Promise<void> {
    const r = this.request;
    const socket = this.connection.socket;
    let count = 0;
    try {
      for await (const piece of stream) {
        if (this.settled || this.reader.done) return; // the response came first: stop sending
        if (!(piece instanceof Uint8Array)) throw new TransportError('HTTPLENS_REQUEST_BODY_FAILED', 'The body stream yielded something other than a Uint8Array', { ...this.context, phase: 'write' });
        count += piece.length;
        if (r.streamLength !== undefined && count > r.streamLength) {
          throw new TransportError('HTTPLENS_INVALID_REQUEST', `The body stream is longer than its Content-Length ${r.streamLength}`, { ...this.context, phase: 'write' });
        }
        if (piece.length === 0) continue;
        const data = r.chunked ? encodeChunk(piece, false) : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
        if (!this.put(data)) await drain(socket);
        // the first-byte timeout counts from the last piece written, not from the head
        if (this.firstByteAt === 0) this.watchdog.writing(now());
      }
      if (this.settled || this.reader.done) return;
      if (r.streamLength !== undefined && count !== r.streamLength) {
        throw new TransportError('HTTPLENS_INVALID_REQUEST', `The body stream ended after ${count} of ${r.streamLength} bytes`, { ...this.context, phase: 'write' });
      }
      if (r.chunked) this.put(LAST_CHUNK);
      this.requestWritten(now());
    } catch (error) {
      if (this.settled) return;
      this.fail(error instanceof TransportError ? error : new TransportError('HTTPLENS_REQUEST_BODY_FAILED', `The body stream failed: ${error instanceof Error ? error.message : String(error)}`, { ...this.context, phase: 'write' }, error));
    }
  }

  onData(chunk: Buffer): void {
    if (this.settled) return;
    if (this.deferred) {
      // Bytes on an idle connection before the request was written belong to no response.
      this.fail(new TransportError('HTTPLENS_CONNECTION_CLOSED', 'The server sent bytes on an idle connection before the request was written', { ...this.context }));
      return;
    }
    const t = now();
    if (this.firstByteAt === 0) {
      this.firstByteAt = t;
      this.watchdog.reading(t);
    } else {
      this.watchdog.lastActivity = t;
    }
    try {
      this.reader.push(chunk);
    } catch (error) {
      this.fail(error);
      return;
    }
    if (this.reader.head && !this.bodyReleased && this.request.expectContinue) {
      // A final response before 100 Continue: the body is not sent (RFC 9110 §10.1.1).
      this.bodyReleased = true;
      if (this.continueTimer !== undefined) clearTimeout(this.continueTimer);
    }
    if (this.reader.done) this.complete(t);
  }

  onEnd(): void {
    this.closed();
  }

  onClose(): void {
    this.closed();
  }

  private closed(): void {
    if (this.settled) return;
    try {
      this.reader.end();
    } catch (error) {
      this.fail(error);
      return;
    }
    this.complete(now());
  }

  onError(error: Error): void {
    if (this.settled) return;
    this.fail(fromSocketError(error, { ...this.context, phase: this.reader.phase, bytesRead: this.reader.receivedLength }));
  }

  private fail(error: unknown): void {
    if (this.settled) return;
    this.settled = true;
    if (this.continueTimer !== undefined) clearTimeout(this.continueTimer);
    if (this.watchdog.onFail) this.watchdog.onFail = undefined;
    const e = error instanceof TransportError ? error : fromSocketError(error, { ...this.context, bytesRead: this.reader.receivedLength });
    const ctx = e.context;
    if (this.headWrittenAt > 0 && TIMED.has(e.code)) ctx.phase = this.reader.phase;
    if (this.context.host !== undefined) ctx.host = this.context.host;
    if (this.context.port !== undefined) ctx.port = this.context.port;
    if (this.context.socketPath !== undefined) ctx.socketPath = this.context.socketPath;
    ctx.reused = this.context.reused ?? false;
    ctx.bytesRead = Math.max(ctx.bytesRead, this.reader.receivedLength);
    ctx.bytesWritten = this.sentLength;
    if (this.reader.receivedLength > 0) ctx.received = concat(this.reader.received, this.reader.receivedLength);
    if (this.firstByteAt === 0 && (e.code === 'HTTPLENS_CONNECTION_CLOSED' || e.code === 'HTTPLENS_CONNECTION_RESET')) {
      (e as unknown as Record<symbol, unknown>)[NOTHING_RECEIVED] = true;
      if (this.sentLength === 0) (e as unknown as Record<symbol, unknown>)[NOTHING_SENT] = true;
    }
    this.connection.owner = undefined;
    this.connection.retire();
    this.call.exchangeFailed(e, this.lease, this.attempt);
  }

  private complete(t: number): void {
    this.settled = true;
    if (this.continueTimer !== undefined) clearTimeout(this.continueTimer);
    this.watchdog.onFail = undefined;
    this.watchdog.phase(undefined, 0);
    const reader = this.reader;
    const reusable = reader.keepAlive && !reader.extra && this.requestComplete && !this.request.close && !reader.truncated;
    const pool = this.call.pool;
    if (pool) pool.release(this.connection, reusable, t);
    else {
      this.connection.owner = undefined;
      this.connection.retire();
    }
    if (this.firstByteAt === 0) this.firstByteAt = t;
    this.endAt = t;
    this.call.completed(this, this.lease, this.opened, t);
  }
}
