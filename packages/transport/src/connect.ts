import { lookup as dnsLookup } from 'node:dns';
import { connect as netConnect, isIP, type OnReadOpts, type Socket } from 'node:net';
import { connect as tlsConnect, type PeerCertificate, type TLSSocket } from 'node:tls';
import { fromSocketError, TransportError, type ErrorContext } from './errors.js';
import type { Target } from './serialize.js';
import type { LookupAddress, LookupFunction, SendOptions, TlsSummary } from './types.js';
import { now, type Watchdog } from './watchdog.js';

export interface Opened {
  socket: Socket;
  dns: number;
  connect: number;
  tls: number;
  remoteAddress: string;
  remotePort?: number;
  tlsSummary?: TlsSummary;
}

/**
 * The bytes of a plain TCP or Unix socket that this module opens itself (not through TLS,
 * `createConnection` or `dial`): the socket is made with `onread`, so Node reads into one shared
 * buffer and calls back, without the Readable stream's work per read (a Buffer, push, the 'data'
 * emit, a nextTick). Each piece is copied out at once; pieces that arrive before the connection
 * takes the socket over wait here.
 */
export class Inbox {
  private deliver: ((chunk: Buffer) => void) | undefined;
  private pending: Buffer[] = [];

  receive(length: number, buffer: Uint8Array): void {
    const chunk = Buffer.allocUnsafe(length);
    chunk.set(buffer.subarray(0, length));
    if (this.deliver) this.deliver(chunk);
    else this.pending.push(chunk);
  }

  /** From now on pieces go to `deliver`, the waiting ones first. */
  attach(deliver: (chunk: Buffer) => void): void {
    this.deliver = deliver;
    for (const chunk of this.pending.splice(0)) deliver(chunk);
  }
}

/** Shared by every socket: a piece is copied out before the next read can overwrite it. */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
const inboxes = new WeakMap<Socket, Inbox>();

/** The inbox of a socket opened with `onread`, if it is one. */
export function inboxOf(socket: Socket): Inbox | undefined {
  return inboxes.get(socket);
}

function withInbox(make: (onread: OnReadOpts) => Socket): Socket {
  const inbox = new Inbox();
  const socket = make({
    buffer: READ_BUFFER,
    callback: (length, buffer) => {
      inbox.receive(length, buffer);
      return true;
    },
  });
  inboxes.set(socket, inbox);
  return socket;
}

export const defaultLookup: LookupFunction = (hostname) =>
  new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) reject(error);
      else resolve(addresses);
    });
  });

/** Alternates address families, starting with the first one returned (RFC 8305 §4). */
export function interleave(addresses: LookupAddress[]): LookupAddress[] {
  const first = addresses[0];
  if (!first) return [];
  const a = addresses.filter((x) => x.family === first.family);
  const b = addresses.filter((x) => x.family !== first.family);
  const out: LookupAddress[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x) out.push(x);
    if (y) out.push(y);
  }
  return out;
}

/** How long an attempt may go unanswered before the next address is tried alongside (RFC 8305 §5). */
export const ATTEMPT_DELAY = 250;

/**
 * Connects to the first address that answers: attempts start in order, the next one when
 * the previous fails or has not connected within ATTEMPT_DELAY; the first connection wins
 * and the others are closed. Rejects with the last error when every address failed.
 */
function race(
  addresses: LookupAddress[],
  port: number,
  context: ErrorContext,
  track: (s: Socket) => void,
  cancelled: () => boolean,
  create: (options: { host: string; port: number; family: number }) => Socket,
): Promise<Socket> {
  return new Promise<Socket>((resolve, reject) => {
    const pending = new Set<Socket>();
    let next = 0;
    let failed = 0;
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const start = (): void => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (done || next >= addresses.length) return;
      if (cancelled()) {
        done = true;
        reject(new Error('cancelled'));
        return;
      }
      const a = addresses[next++] as LookupAddress;
      const socket = create({ host: a.address, port, family: a.family });
      pending.add(socket);
      track(socket);
      let over = false;
      const onError = (error: Error): void => {
        if (over) return; // 'error' is followed by 'close'
        over = true;
        pending.delete(socket);
        socket.destroy();
        failed++;
        if (done) return;
        if (failed === addresses.length || cancelled()) {
          done = true;
          reject(fromSocketError(error, { ...context }));
        } else {
          start();
        }
      };
      // A socket destroyed from outside (the watchdog) closes without an error.
      const onClose = (): void => onError(Object.assign(new Error('socket closed'), { code: 'ECONNRESET' }));
      socket.once('error', onError);
      socket.once('close', onClose);
      socket.once('connect', () => {
        socket.removeListener('error', onError);
        socket.removeListener('close', onClose);
        if (done) {
          socket.destroy();
          return;
        }
        done = true;
        if (timer !== undefined) clearTimeout(timer);
        for (const other of pending) if (other !== socket) other.destroy();
        resolve(socket);
      });
      if (next < addresses.length) timer = setTimeout(start, ATTEMPT_DELAY);
    };
    start();
  });
}

/**
 * Resolves, connects (trying each address in turn) and runs the TLS handshake.
 * The watchdog bounds each phase; when it fires, the socket in flight is destroyed.
 */
export function open(target: Target, options: SendOptions, watchdog: Watchdog, context: ErrorContext): Promise<Opened> {
  return new Promise<Opened>((resolve, reject) => {
    const inFlight = new Set<Socket>();
    const track = (s: Socket): void => {
      inFlight.add(s);
      s.once('close', () => inFlight.delete(s));
    };
    let settled = false;
    const destroyAll = (): void => {
      for (const s of inFlight) s.destroy();
    };
    watchdog.onFail = (error) => {
      settled = true;
      destroyAll();
      reject(error);
    };
    if (watchdog.failure) {
      settled = true;
      reject(watchdog.failure);
      return;
    }
    const run = async (): Promise<Opened> => {
      const t0 = now();
      watchdog.phase('HTTPLENS_CONNECT_TIMEOUT', watchdog.timeouts.connect);
      let socket: Socket;
      let dns = 0;
      let remoteAddress: string;
      let remotePort: number | undefined;
      if (options.dial !== undefined) {
        context.phase = 'connect';
        socket = await options.dial({ hostname: target.hostname, port: target.port, https: target.https }, track);
        remoteAddress = socket.remoteAddress ?? target.hostname;
        remotePort = socket.remotePort;
      } else if (options.socketPath !== undefined) {
        context.phase = 'connect';
        const path = options.socketPath;
        const make = (): Socket => (target.https ? netConnect({ path }) : withInbox((onread) => netConnect({ path, onread })));
        socket = await attempt(make, track, context);
        remoteAddress = options.socketPath;
      } else {
        let addresses: LookupAddress[];
        const family = isIP(target.hostname);
        if (family !== 0) {
          addresses = [{ address: target.hostname, family }];
        } else {
          context.phase = 'dns';
          try {
            addresses = interleave(await (options.lookup ?? defaultLookup)(target.hostname));
          } catch (cause) {
            if (cause instanceof TransportError) throw cause;
            throw new TransportError('HTTPLENS_DNS_FAILED', `Cannot resolve ${target.hostname}: ${cause instanceof Error ? cause.message : String(cause)}`, { ...context }, cause);
          }
          if (addresses.length === 0) throw new TransportError('HTTPLENS_DNS_FAILED', `${target.hostname} resolved to no address`, { ...context });
          dns = now() - t0;
        }
        context.phase = 'connect';
        const create =
          options.createConnection ??
          (target.https ? netConnect : (o: { host: string; port: number; family: number }): Socket => withInbox((onread) => netConnect({ ...o, onread })));
        const connected = await race(addresses, target.port, context, track, () => settled, create);
        socket = connected;
        remoteAddress = socket.remoteAddress ?? addresses[0]?.address ?? target.hostname;
        remotePort = socket.remotePort;
      }
      socket.setNoDelay(true);
      const t1 = now();
      const opened: Opened = { socket, dns, connect: t1 - t0 - dns, tls: 0, remoteAddress };
      if (remotePort !== undefined) opened.remotePort = remotePort;
      if (!target.https) return opened;

      context.phase = 'tls';
      watchdog.phase('HTTPLENS_TLS_TIMEOUT', watchdog.timeouts.tls);
      const servername = options.servername ?? (isIP(target.hostname) === 0 ? target.hostname : undefined);
      const secure = await attempt(
        () =>
          tlsConnect({
            ...options.tls,
            socket,
            host: target.hostname,
            ...(servername === undefined ? {} : { servername }),
            ALPNProtocols: ['http/1.1'],
            rejectUnauthorized: options.rejectUnauthorized ?? true,
            ...(options.ca === undefined ? {} : { ca: normalizeCa(options.ca) }),
          }),
        track,
        context,
        'secureConnect',
      );
      opened.socket = secure;
      opened.tls = now() - t1;
      opened.tlsSummary = summarize(secure as TLSSocket);
      return opened;
    };
    run().then(
      (opened) => {
        if (settled) opened.socket.destroy();
        else {
          settled = true;
          watchdog.onFail = undefined;
          resolve(opened);
        }
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        watchdog.onFail = undefined;
        destroyAll();
        reject(fromSocketError(error, { ...context }));
      },
    );
  });
}

function normalizeCa(ca: NonNullable<SendOptions['ca']>): (string | Buffer)[] {
  const list = Array.isArray(ca) ? ca : [ca];
  return list.map((c) => (typeof c === 'string' ? c : Buffer.from(c)));
}

/** Waits for a socket's `connect` (or `secureConnect`) event; rejects with the mapped error. */
function attempt<S extends Socket>(make: () => S, track: (s: S) => void, context: ErrorContext, event = 'connect'): Promise<S> {
  return new Promise<S>((resolve, reject) => {
    const socket = make();
    track(socket);
    const onError = (error: Error): void => {
      socket.removeListener(event, onConnect);
      socket.destroy();
      reject(fromSocketError(error, { ...context }));
    };
    const onClose = (): void => {
      socket.removeListener('error', onError);
      socket.removeListener(event, onConnect);
      reject(fromSocketError(Object.assign(new Error('socket closed'), { code: 'ECONNRESET' }), { ...context }));
    };
    const onConnect = (): void => {
      socket.removeListener('error', onError);
      socket.removeListener('close', onClose);
      resolve(socket);
    };
    socket.once('error', onError);
    socket.once('close', onClose);
    socket.once(event, onConnect);
  });
}

function name(entity: Record<string, string | string[] | undefined> | undefined): string {
  if (!entity) return '';
  return Object.entries(entity)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : (v ?? '')}`)
    .join(', ');
}

export function summarize(socket: TLSSocket): TlsSummary {
  const summary: TlsSummary = {
    protocol: socket.getProtocol(),
    cipher: socket.getCipher().name,
    alpnProtocol: socket.alpnProtocol ?? false,
    authorized: socket.authorized,
  };
  if (socket.authorizationError) summary.authorizationError = String(socket.authorizationError);
  const cert: PeerCertificate = socket.getPeerCertificate();
  if (cert && Object.keys(cert).length > 0) {
    summary.certificate = {
      subject: name(cert.subject as unknown as Record<string, string>),
      issuer: name(cert.issuer as unknown as Record<string, string>),
      validFrom: cert.valid_from,
      validTo: cert.valid_to,
      fingerprint256: cert.fingerprint256,
      serialNumber: cert.serialNumber,
    };
    if (cert.subjectaltname) summary.certificate.subjectAltName = cert.subjectaltname;
  }
  return summary;
}
