import { createHash, randomBytes } from 'node:crypto';
import { createServer, type Server, type Socket } from 'node:net';
import { TransportError, type ErrorContext } from './errors.js';

/** A browser sign-in (OAuth 2.0 authorization code grant, RFC 6749 §4.1), as `@httplens/http-file` builds it. */
export interface SignInRequest {
  /** The authorization request's URL (§4.1.1), without `state` and the PKCE challenge, which are added here. */
  url: string;
  /** Where the authorization server sends the browser back: an http URL on a loopback address, listened on here. */
  redirectUri: string;
  /** PKCE (RFC 7636): the challenge method, and the verifier when the configuration sets one (else one is made). */
  pkce?: { method: 'S256' | 'plain'; verifier?: string };
  /** The port to listen on when it is not the redirect URL's (a proxy in between; httpYac's `serverPort`). */
  listenPort?: number;
}

export interface SignInOptions {
  /** Shows the authorization URL to the user: opens a browser, or prints it. */
  open(url: string): void | Promise<void>;
  /** How long to wait for the browser to come back, in ms (default 300,000: five minutes). */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What the redirect brought back: the code, and the PKCE verifier the token request must send with it. */
export interface SignInResult {
  code: string;
  codeVerifier?: string;
}

/** The largest request head the listener reads from a browser. */
const MAX_HEAD = 16 * 1024;
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Random URL-safe text: `bytes` random bytes in base64url (RFC 7636 §4.1 asks for 32 bytes of entropy in a verifier). */
function randomText(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** The code challenge of a verifier (RFC 7636 §4.2). */
export function codeChallenge(verifier: string, method: 'S256' | 'plain'): string {
  return method === 'plain' ? verifier : createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/**
 * Runs the browser part of an authorization code grant: listens on the redirect URL (a loopback address only), gives
 * `open` the authorization URL with a fresh `state` (and the PKCE challenge), and waits for the browser to come back
 * with that state. Requests with another path or state are answered and ignored, so nothing but the authorization
 * server's answer ends the wait. Throws a `TransportError`: `HTTPLENS_SIGN_IN_REDIRECT` (not a loopback http URL),
 * `HTTPLENS_SIGN_IN_LISTEN` (the port is in use or not allowed), `HTTPLENS_SIGN_IN_DENIED` (the server answered with
 * an error, RFC 6749 §4.1.2.1), `HTTPLENS_SIGN_IN_TIMEOUT`, `HTTPLENS_ABORTED`.
 */
export async function receiveAuthorizationCode(request: SignInRequest, options: SignInOptions): Promise<SignInResult> {
  const context: ErrorContext = { phase: 'sign-in', bytesRead: 0 };
  let redirect: URL;
  try {
    redirect = new URL(request.redirectUri);
  } catch {
    throw new TransportError('HTTPLENS_SIGN_IN_REDIRECT', `The redirect URL ${request.redirectUri} cannot be parsed`, context);
  }
  if (redirect.protocol !== 'http:' || !LOOPBACK_NAMES.has(redirect.hostname)) {
    throw new TransportError(
      'HTTPLENS_SIGN_IN_REDIRECT',
      `The redirect URL ${request.redirectUri} is not an http URL on localhost, 127.0.0.1 or [::1], where the browser could bring the code back`,
      context,
    );
  }
  const port = request.listenPort ?? (redirect.port === '' ? 80 : Number(redirect.port));
  const host = redirect.hostname === '[::1]' ? '::1' : '127.0.0.1';
  context.host = host;
  context.port = port;
  if (options.signal?.aborted) throw new TransportError('HTTPLENS_ABORTED', 'The sign-in was aborted', context);

  const state = randomText(24);
  const verifier = request.pkce ? (request.pkce.verifier ?? randomText(32)) : undefined;
  const params = new URLSearchParams({ state });
  if (request.pkce && verifier !== undefined) {
    params.set('code_challenge', codeChallenge(verifier, request.pkce.method));
    params.set('code_challenge_method', request.pkce.method);
  }
  const url = `${request.url}${request.url.includes('?') ? '&' : '?'}${params.toString()}`;

  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await new Promise<SignInResult>((resolve, reject) => {
      server = createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
        socket.on('error', () => socket.destroy());
        socket.setTimeout(30_000, () => socket.destroy());
        let head = '';
        let answered = false;
        socket.setEncoding('latin1');
        socket.on('data', (chunk: string) => {
          if (answered) return;
          head += chunk;
          const end = head.indexOf('\r\n\r\n');
          if (end < 0) {
            if (head.length > MAX_HEAD) {
              answered = true;
              answer(socket, 431, 'The request is too large.');
            }
            return;
          }
          answered = true;
          const outcome = readRedirect(head.slice(0, end), redirect.pathname, state);
          answer(socket, outcome.status, outcome.page);
          if (outcome.code !== undefined) resolve(verifier === undefined ? { code: outcome.code } : { code: outcome.code, codeVerifier: verifier });
          else if (outcome.error !== undefined) reject(new TransportError('HTTPLENS_SIGN_IN_DENIED', outcome.error, context));
        });
      });
      server.on('error', (e: Error & { code?: string }) =>
        reject(new TransportError('HTTPLENS_SIGN_IN_LISTEN', `Cannot listen on ${request.redirectUri} for the sign-in: ${e.code ?? e.message}`, context, e)),
      );
      const timeoutMs = options.timeoutMs ?? 300_000;
      timer = setTimeout(
        () => reject(new TransportError('HTTPLENS_SIGN_IN_TIMEOUT', `The browser did not come back to ${request.redirectUri} within ${Math.round(timeoutMs / 1000)} s`, context)),
        timeoutMs,
      );
      onAbort = () => reject(new TransportError('HTTPLENS_ABORTED', 'The sign-in was aborted', context));
      options.signal?.addEventListener('abort', onAbort, { once: true });
      server.listen(port, host, () => {
        Promise.resolve()
          .then(() => options.open(url))
          .catch((e: unknown) => reject(e instanceof Error ? e : new Error(String(e))));
      });
    });
  } finally {
    if (timer) clearTimeout(timer);
    if (onAbort) options.signal?.removeEventListener('abort', onAbort);
    // the page of the last answer is written before the sockets go; a browser's idle connections (opened ahead, kept
    // alive) are closed after a second at most, so that the port is free again
    for (const socket of sockets) socket.end();
    const s = server as Server | undefined;
    if (s?.listening) {
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          for (const socket of sockets) socket.destroy();
        }, 1000);
        s.close(() => {
          clearTimeout(force);
          resolve();
        });
      });
    }
  }
}

/** What the listener makes of one request from the browser: a code, an error to end with, or neither (ignored). */
function readRedirect(head: string, path: string, state: string): { status: number; page: string; code?: string; error?: string } {
  const line = head.slice(0, head.indexOf('\r\n') < 0 ? head.length : head.indexOf('\r\n'));
  const m = /^GET (\S+) HTTP\/1\.[01]$/.exec(line);
  if (!m) return { status: 405, page: 'Only the browser coming back from the sign-in is expected here.' };
  let target: URL;
  try {
    target = new URL(m[1] as string, 'http://localhost');
  } catch {
    return { status: 400, page: 'The address cannot be read.' };
  }
  if (target.pathname !== (path === '' ? '/' : path)) return { status: 404, page: 'Not the redirect address of the sign-in.' };
  const q = target.searchParams;
  // another state: not the answer to this sign-in (an old tab, another program), so it is ignored
  if (q.get('state') !== state) return { status: 400, page: 'This is not the sign-in httplens is waiting for (its state does not match). Start it again from the request.' };
  const error = q.get('error');
  if (error !== null) {
    const description = q.get('error_description');
    return { status: 200, page: `The sign-in failed: ${error}${description ? ` (${description})` : ''}. You may close this tab.`, error: `The authorization server answered ${error}${description ? `: ${description}` : ''}` };
  }
  const code = q.get('code');
  if (code === null || code === '') return { status: 400, page: 'The answer has no code.', error: 'The authorization server came back without a code' };
  return { status: 200, page: 'Signed in. You may close this tab and go back to httplens.', code };
}

function answer(socket: Socket, status: number, text: string): void {
  const reasons: Record<number, string> = { 200: 'OK', 400: 'Bad Request', 404: 'Not Found', 405: 'Method Not Allowed', 431: 'Request Header Fields Too Large' };
  const body = `<!doctype html><meta charset="utf-8"><title>httplens</title><p>${text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`)}</p>\n`;
  const bytes = Buffer.from(body, 'utf8');
  socket.end(
    `HTTP/1.1 ${status} ${reasons[status] ?? ''}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${bytes.length}\r\nCache-Control: no-store\r\nReferrer-Policy: no-referrer\r\nConnection: close\r\n\r\n${body}`,
  );
}
