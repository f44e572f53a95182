import type { Socket } from 'node:net';
import { inboxOf } from './connect.js';
import { TransportError } from './errors.js';
import type { TlsSummary } from './types.js';
import { now } from './watchdog.js';

/** Who currently reads a connection: the exchange in progress. */
export interface ConnectionOwner {
  onData(chunk: Buffer): void;
  onEnd(): void;
  onError(error: Error): void;
  onClose(): void;
}

/**
 * A socket with listeners attached once for its whole life. Events go to the
 * current owner; while the connection sits idle in the pool, any byte, end or
 * error means the server closed it or broke it, and it is retired.
 */
export class Connection {
  readonly socket: Socket;
  readonly origin: string;
  readonly remoteAddress: string;
  readonly remotePort: number | undefined;
  readonly tls: TlsSummary | undefined;
  owner: ConnectionOwner | undefined;
  idleSince = 0;
  retired = false;
  /** Requests this connection has carried. */
  requests = 0;
  /** Released by an exchange and no poll phase has run since: the next request waits for one before writing. */
  settling = false;
  pool: Pool | undefined;
  /** The lease handed out each time the pool gives this connection again (leases are read-only). */
  readonly reusedLease: Lease;

  constructor(socket: Socket, origin: string, remoteAddress: string, remotePort: number | undefined, tls: TlsSummary | undefined) {
    this.socket = socket;
    this.origin = origin;
    this.remoteAddress = remoteAddress;
    this.remotePort = remotePort;
    this.tls = tls;
    this.reusedLease = { connection: this, reused: true };
    const onData = (chunk: Buffer): void => {
      if (this.owner) this.owner.onData(chunk);
      else this.retire();
    };
    // A socket opened with `onread` delivers through its inbox; 'data' stays for the others
    // (TLS, dial, createConnection) and keeps the stream flowing so that 'end' is emitted.
    inboxOf(socket)?.attach(onData);
    socket.on('data', onData);
    socket.on('end', () => {
      if (this.owner) this.owner.onEnd();
      else this.retire();
    });
    socket.on('error', (error: Error) => {
      if (this.owner) this.owner.onError(error);
      else this.retire();
    });
    socket.on('close', () => {
      const owner = this.owner;
      this.retire();
      owner?.onClose();
    });
  }

  /** Usable for another request: open both ways and not retired. */
  get usable(): boolean {
    return !this.retired && !this.socket.destroyed && this.socket.writable && this.socket.readable;
  }

  /** Leaves the pool for good and closes the socket (idempotent). */
  retire(): void {
    if (this.retired) return;
    this.retired = true;
    this.owner = undefined;
    this.socket.destroy();
    this.pool?.forget(this);
  }
}

export interface PoolOptions {
  /** Connections per origin, open or opening (default 8). */
  maxSocketsPerOrigin?: number;
  /** An idle connection older than this is closed (ms, default 4000, below common server keep-alive timeouts of 5 s). */
  idleTimeout?: number;
}

/** An exchange that took a settling connection: it writes once the connection has settled. */
export interface DeferredWrite {
  readonly connection: Connection;
  resume(): void;
}

interface Waiter {
  wake: () => void;
  cancelled: boolean;
}

interface OriginState {
  idle: Connection[];
  /** Open or opening connections counted against the limit. */
  total: number;
  waiters: Waiter[];
}

export interface Lease {
  readonly connection: Connection;
  readonly reused: boolean;
}

/**
 * Keep-alive connections per origin (scheme, host, port, Unix socket path).
 * Idle connections are taken last-in first-out, so the warmest socket is reused
 * and the coldest ones expire.
 */
export class Pool {
  readonly maxSocketsPerOrigin: number;
  readonly idleTimeout: number;
  private readonly origins = new Map<string, OriginState>();
  private sweeper: ReturnType<typeof setInterval> | undefined;
  private closed = false;
  /** Connections released since the last check phase; those released before it; the exchanges waiting for them. */
  private released: Connection[] = [];
  private polled: Connection[] = [];
  private deferred: DeferredWrite[] = [];
  private settleScheduled = false;

  constructor(options: PoolOptions = {}) {
    this.maxSocketsPerOrigin = Math.max(1, options.maxSocketsPerOrigin ?? 8);
    this.idleTimeout = Math.max(1, options.idleTimeout ?? 4000);
  }

  private state(origin: string): OriginState {
    let s = this.origins.get(origin);
    if (!s) {
      s = { idle: [], total: 0, waiters: [] };
      this.origins.set(origin, s);
    }
    return s;
  }

  /** Takes an idle connection of the origin at once, if there is a usable one (`at`: the current time, if the caller has it). */
  take(origin: string, at?: number): Lease | undefined {
    if (this.closed) return undefined;
    const s = this.origins.get(origin);
    if (!s || s.idle.length === 0) return undefined;
    const t = at ?? now();
    while (s.idle.length > 0) {
      const c = s.idle.pop() as Connection;
      if (c.usable && t - c.idleSince < this.idleTimeout) {
        c.socket.ref();
        return c.reusedLease;
      }
      c.retire();
    }
    return undefined;
  }

  /**
   * Takes an idle connection, or opens one when under the limit, or waits for one.
   * `fresh` skips idle connections (the retry after a stale one). `onWait` receives a
   * cancel function while the request is queued.
   */
  async acquire(origin: string, openConnection: () => Promise<Connection>, fresh: boolean, onWait: (cancel: (error: TransportError) => void) => void): Promise<Lease> {
    for (;;) {
      if (this.closed) throw new TransportError('HTTPLENS_POOL_CLOSED', 'The pool is closed', { phase: 'pool', bytesRead: 0 });
      if (!fresh) {
        const lease = this.take(origin);
        if (lease) return lease;
      }
      let s = this.state(origin);
      if (fresh && s.total >= this.maxSocketsPerOrigin && s.idle.length > 0) {
        (s.idle.shift() as Connection).retire();
        s = this.state(origin); // retiring may have dropped the origin's state
      }
      if (s.total < this.maxSocketsPerOrigin) {
        s.total++;
        let connection: Connection;
        try {
          connection = await openConnection();
        } catch (error) {
          s.total--;
          this.wakeOne(s);
          throw error;
        }
        if (this.closed) {
          s.total--;
          connection.socket.destroy();
          throw new TransportError('HTTPLENS_POOL_CLOSED', 'The pool is closed', { phase: 'pool', bytesRead: 0 });
        }
        connection.pool = this;
        return { connection, reused: false };
      }
      await new Promise<void>((resolve, reject) => {
        const waiter: Waiter = { wake: resolve, cancelled: false };
        s.waiters.push(waiter);
        onWait((error) => {
          waiter.cancelled = true;
          reject(error);
        });
      });
    }
  }

  /** Returns a connection after an exchange (`at`: the current time, if the caller has it); a connection that cannot be reused is closed. */
  release(connection: Connection, reusable: boolean, at?: number): void {
    connection.owner = undefined;
    if (!reusable || this.closed || !connection.usable) {
      connection.retire();
      return;
    }
    const s = this.state(connection.origin);
    // An idle connection does not keep the process alive (as node:http's Agent); taking it refs it again.
    connection.socket.unref();
    connection.idleSince = at ?? now();
    connection.settling = true;
    this.released.push(connection);
    this.scheduleSettle();
    s.idle.push(connection);
    this.wakeOne(s);
    this.ensureSweeper();
  }

  /**
   * Runs `write.resume()` once a poll phase of the event loop has run since its connection was
   * released. A close or stray bytes that arrived right behind the last response are delivered by
   * the poll phase after the one that read the response; writing the next request only after it
   * keeps a request off a closing connection and a stray byte from being read as the next
   * response. The wait is two check phases (setImmediate), one of which the pool shares among all
   * its connections, so the requests of one event-loop turn are also written together.
   */
  defer(write: DeferredWrite): void {
    this.deferred.push(write);
    this.scheduleSettle();
  }

  private scheduleSettle(): void {
    if (this.settleScheduled) return;
    this.settleScheduled = true;
    setImmediate(this.settle);
  }

  private readonly settle = (): void => {
    this.settleScheduled = false;
    // Released before the previous check phase: a poll phase has run since.
    for (const c of this.polled) c.settling = false;
    this.polled = this.released;
    this.released = [];
    if (this.deferred.length > 0) {
      const waiting = this.deferred;
      this.deferred = [];
      for (const w of waiting) {
        if (w.connection.settling) this.deferred.push(w);
        else w.resume();
      }
    }
    if (this.polled.length > 0 || this.deferred.length > 0) this.scheduleSettle();
  };

  /** Called once by a retiring connection. */
  forget(connection: Connection): void {
    const s = this.origins.get(connection.origin);
    if (!s) return;
    const i = s.idle.indexOf(connection);
    if (i >= 0) s.idle.splice(i, 1);
    s.total--;
    this.wakeOne(s);
    if (s.total === 0 && s.waiters.length === 0) this.origins.delete(connection.origin);
  }

  private wakeOne(s: OriginState): void {
    while (s.waiters.length > 0) {
      const w = s.waiters.shift() as Waiter;
      if (!w.cancelled) {
        w.wake();
        return;
      }
    }
  }

  private ensureSweeper(): void {
    if (this.sweeper) return;
    this.sweeper = setInterval(() => this.sweep(), Math.max(50, Math.floor(this.idleTimeout / 2)));
    this.sweeper.unref();
  }

  private sweep(): void {
    const t = now();
    let idle = 0;
    for (const s of [...this.origins.values()]) {
      for (const c of [...s.idle]) if (!c.usable || t - c.idleSince >= this.idleTimeout) c.retire();
      idle += s.idle.length;
    }
    if (idle === 0 && this.sweeper) {
      clearInterval(this.sweeper);
      this.sweeper = undefined;
    }
  }

  /** Counts per origin, for tests and diagnostics. */
  stats(): Record<string, { idle: number; total: number; waiting: number }> {
    const out: Record<string, { idle: number; total: number; waiting: number }> = {};
    for (const [origin, s] of this.origins) out[origin] = { idle: s.idle.length, total: s.total, waiting: s.waiters.filter((w) => !w.cancelled).length };
    return out;
  }

  /** Closes idle connections and refuses new requests; requests in flight finish. */
  close(): void {
    this.closed = true;
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    for (const s of [...this.origins.values()]) {
      for (const c of [...s.idle]) c.retire();
      for (const w of s.waiters.splice(0)) if (!w.cancelled) w.wake();
    }
  }
}

/** The pool `send` uses when the options name none. */
export const defaultPool = new Pool();
