import { TransportError, type ErrorContext, type TransportErrorCode } from './errors.js';
import type { Timeouts } from './types.js';

export const DEFAULT_TIMEOUTS: Readonly<Required<Timeouts>> = Object.freeze({
  connect: 10_000,
  tls: 10_000,
  firstByte: 30_000,
  idle: 30_000,
  total: 0,
  expectContinue: 1_000,
});

export const now = (): number => performance.now();

/**
 * Deadlines further away than this are watched by one shared coarse ticker instead of a
 * timer per request (a request that completes in time then costs no timer at all); as a
 * deadline comes within this range, the watchdog switches to a precise timer.
 */
const COARSE_RANGE = 1000;
const TICK = 250;
/**
 * The watchdogs the ticker looks at. A watchdog leaving coarse mode clears its slot instead of
 * being removed (no hashing per request); the ticker compacts the list on each tick.
 */
let coarse: (Watchdog | undefined)[] = [];
let ticker: ReturnType<typeof setInterval> | undefined;

function unwatchCoarsely(w: Watchdog): void {
  if (w.coarseSlot < 0) return;
  coarse[w.coarseSlot] = undefined;
  w.coarseSlot = -1;
}

function tick(): void {
  const t = now();
  const list = coarse;
  coarse = [];
  for (const w of list) {
    if (w === undefined) continue;
    // Keep the watchdog listed first: onTick may switch it to a precise timer (which clears its slot).
    w.coarseSlot = coarse.push(w) - 1;
    w.onTick(t);
  }
  if (coarse.length === 0 && ticker !== undefined) {
    clearInterval(ticker);
    ticker = undefined;
  }
}

function watchCoarsely(w: Watchdog): void {
  if (w.coarseSlot >= 0) return;
  w.coarseSlot = coarse.push(w) - 1;
  if (ticker === undefined) {
    ticker = setInterval(tick, TICK);
    ticker.unref();
  }
}

/**
 * One timer per request watches every deadline (the current phase's, the idle
 * gap between bytes, the total) and the AbortSignal. A byte arriving only moves
 * `lastActivity`; the timer re-arms itself when it fires early, so reading costs
 * no timer calls.
 */
export class Watchdog {
  readonly timeouts: Readonly<Required<Timeouts>>;
  /** Context for the errors it raises; the caller keeps it current. */
  context: ErrorContext;
  lastActivity = 0;
  failure: TransportError | undefined;
  /** Called once when a deadline passes or the signal aborts: the current phase rejects and cleans up. */
  onFail: ((error: TransportError) => void) | undefined;
  /** Where this watchdog sits in the shared ticker's list, or -1. */
  coarseSlot = -1;

  private timer: ReturnType<typeof setTimeout> | undefined;
  private scheduledAt = Infinity;
  private phaseDeadline = Infinity;
  private phaseCode: TransportErrorCode | undefined;
  private phaseMs = 0;
  private idleMode = false;
  private readonly totalDeadline: number;
  private readonly signal: AbortSignal | undefined;
  private readonly abortListener: (() => void) | undefined;

  constructor(timeouts: Timeouts | undefined, start: number, context: ErrorContext, signal?: AbortSignal) {
    this.timeouts = timeouts === undefined ? DEFAULT_TIMEOUTS : { ...DEFAULT_TIMEOUTS, ...timeouts };
    this.context = context;
    this.totalDeadline = this.timeouts.total > 0 ? start + this.timeouts.total : Infinity;
    this.signal = signal;
    if (signal) {
      if (signal.aborted) {
        this.failure = this.abortError();
      } else {
        this.abortListener = () => this.fail(this.abortError());
        signal.addEventListener('abort', this.abortListener, { once: true });
      }
    }
    this.schedule(start);
  }

  private abortError(): TransportError {
    return new TransportError('HTTPLENS_ABORTED', 'The request was aborted', { ...this.context }, this.signal?.reason);
  }

  /** Throws when the watchdog already failed (before a new phase starts). */
  check(): void {
    if (this.failure) throw this.failure;
  }

  /** Starts a phase bounded by `ms` (0: unbounded) that fails with `code`. */
  phase(code: TransportErrorCode | undefined, ms: number, at?: number): void {
    this.idleMode = false;
    this.phaseCode = code;
    this.phaseMs = ms;
    if (code !== undefined && ms > 0) {
      const t = at ?? now();
      this.phaseDeadline = t + ms;
      this.schedule(t);
    } else {
      this.phaseDeadline = Infinity;
      this.schedule();
    }
  }

  /**
   * The request is still being written (a streamed body): the first-byte deadline counts from now, as a server
   * may wait for the whole body before it answers. No timer call: `fire` re-arms when it comes early.
   */
  writing(at: number): void {
    if (this.phaseCode === 'HTTPLENS_FIRST_BYTE_TIMEOUT' && this.phaseMs > 0) this.phaseDeadline = at + this.phaseMs;
  }

  /** From the first byte on, the idle gap between bytes is watched. */
  reading(at: number): void {
    this.phaseDeadline = Infinity;
    this.phaseCode = undefined;
    this.lastActivity = at;
    this.idleMode = this.timeouts.idle > 0;
    this.schedule(at);
  }

  private nextDeadline(): number {
    let d = this.totalDeadline < this.phaseDeadline ? this.totalDeadline : this.phaseDeadline;
    if (this.idleMode) {
      const idle = this.lastActivity + this.timeouts.idle;
      if (idle < d) d = idle;
    }
    return d;
  }

  private schedule(at?: number): void {
    if (this.failure) return;
    const d = this.nextDeadline();
    if (d === Infinity) {
      unwatchCoarsely(this);
      return;
    }
    const t = at ?? now();
    if (d - t > COARSE_RANGE) {
      watchCoarsely(this);
      return;
    }
    unwatchCoarsely(this);
    if (this.timer !== undefined && d >= this.scheduledAt) return;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.scheduledAt = d;
    this.timer = setTimeout(() => this.fire(), Math.max(1, Math.ceil(d - t)));
  }

  /** Called by the shared ticker. */
  onTick(t: number): void {
    if (this.nextDeadline() - t <= COARSE_RANGE) this.schedule(t);
  }

  private fire(): void {
    this.timer = undefined;
    this.scheduledAt = Infinity;
    const t = now();
    if (t >= this.totalDeadline) {
      this.fail(new TransportError('HTTPLENS_TOTAL_TIMEOUT', `The request took longer than ${this.timeouts.total} ms`, { ...this.context }));
    } else if (t >= this.phaseDeadline && this.phaseCode !== undefined) {
      this.fail(new TransportError(this.phaseCode, `${describe(this.phaseCode)} (${this.phaseMs} ms)`, { ...this.context }));
    } else if (this.idleMode && t >= this.lastActivity + this.timeouts.idle) {
      this.fail(new TransportError('HTTPLENS_IDLE_TIMEOUT', `No byte arrived for ${this.timeouts.idle} ms`, { ...this.context }));
    } else {
      this.schedule();
    }
  }

  fail(error: TransportError): void {
    if (this.failure) return;
    this.failure = error;
    this.dispose();
    const handler = this.onFail;
    this.onFail = undefined;
    handler?.(error);
  }

  dispose(): void {
    unwatchCoarsely(this);
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.scheduledAt = Infinity;
    if (this.abortListener && this.signal) this.signal.removeEventListener('abort', this.abortListener);
  }
}

function describe(code: TransportErrorCode): string {
  switch (code) {
    case 'HTTPLENS_CONNECT_TIMEOUT':
      return 'Connecting took too long';
    case 'HTTPLENS_TLS_TIMEOUT':
      return 'The TLS handshake took too long';
    case 'HTTPLENS_FIRST_BYTE_TIMEOUT':
      return 'No response byte arrived in time';
    default:
      return 'Timed out';
  }
}
