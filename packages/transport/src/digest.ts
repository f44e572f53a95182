import { createHash, randomBytes } from 'node:crypto';

/**
 * HTTP authentication: parsing challenges (RFC 9110 §11), Basic (RFC 7617) and Digest
 * (RFC 7616: MD5, SHA-256, SHA-512-256 and their -sess variants, qop=auth and auth-int,
 * userhash, nonce counting with a client nonce).
 */

export interface Challenge {
  /** The scheme, as written (compare case-insensitively). */
  scheme: string;
  /** auth-param names lowercased; quoted-string values unescaped. */
  params: Record<string, string>;
  /** token68, when the challenge carries one instead of parameters. */
  token68?: string;
}

function isTchar(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    "!#$%&'*+-.^_`|~".includes(String.fromCharCode(c))
  );
}

/**
 * WWW-Authenticate / Proxy-Authenticate = #challenge;
 * challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ];
 * auth-param = token BWS "=" BWS ( token / quoted-string ).
 * A hand-written scanner: never throws, skips what it cannot read.
 */
export function parseChallenges(values: string | readonly string[]): Challenge[] {
  const out: Challenge[] = [];
  for (const value of typeof values === 'string' ? [values] : values) scan(value, out);
  return out;
}

function scan(s: string, out: Challenge[]): void {
  let i = 0;
  const n = s.length;
  const ws = (): void => {
    while (i < n && (s[i] === ' ' || s[i] === '\t')) i++;
  };
  const token = (): string => {
    const start = i;
    while (i < n && isTchar(s.charCodeAt(i))) i++;
    return s.slice(start, i);
  };
  let current: Challenge | undefined;
  while (i < n) {
    ws();
    if (s[i] === ',') {
      i++;
      continue;
    }
    const start = i;
    const name = token();
    if (name === '') {
      i++; // not a token character: skip it
      continue;
    }
    const afterName = i;
    ws();
    if (s[i] === '=' && current) {
      // An auth-param of the current challenge, unless it is a token68 ending in '='.
      i++;
      ws();
      let value: string;
      if (s[i] === '"') {
        i++;
        let v = '';
        while (i < n && s[i] !== '"') {
          if (s[i] === '\\' && i + 1 < n) i++;
          v += s[i];
          i++;
        }
        i++;
        value = v;
      } else {
        value = token();
      }
      current.params[name.toLowerCase()] = value;
      continue;
    }
    // A new challenge: scheme [ token68 ].
    i = afterName;
    current = { scheme: s.slice(start, afterName), params: {} };
    out.push(current);
    ws();
    // token68 = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    const t = i;
    while (i < n && /[\w.~+/-]/u.test(s[i] as string)) i++;
    const body = i;
    while (i < n && s[i] === '=') i++;
    const afterEq = i;
    ws();
    if (afterEq > t && (i >= n || s[i] === ',') && (afterEq > body || !isParamStart(s, t))) {
      current.token68 = s.slice(t, afterEq);
    } else {
      i = t;
    }
  }
}

/** Whether what starts at `i` is `token BWS "="` (an auth-param), not a token68. */
function isParamStart(s: string, i: number): boolean {
  let j = i;
  while (j < s.length && isTchar(s.charCodeAt(j))) j++;
  while (j < s.length && (s[j] === ' ' || s[j] === '\t')) j++;
  return s[j] === '=';
}

/** `Basic base64(user-id ":" password)` with UTF-8 (RFC 7617 §2.1, charset="UTF-8"). */
export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
}

const HASHES: Record<string, string> = { 'MD5': 'md5', 'SHA-256': 'sha256', 'SHA-512-256': 'sha512-256' };

/** The Digest algorithms this client answers, strongest first (RFC 7616 §3.7 says to prefer the first supported). */
export const DIGEST_ALGORITHMS = ['SHA-512-256', 'SHA-512-256-sess', 'SHA-256', 'SHA-256-sess', 'MD5', 'MD5-sess'] as const;

export function isSupportedDigest(challenge: Challenge): boolean {
  if (challenge.scheme.toLowerCase() !== 'digest') return false;
  const algorithm = (challenge.params.algorithm ?? 'MD5').toUpperCase();
  const qop = challenge.params.qop;
  const qops = qop === undefined ? [] : qop.split(',').map((q) => q.trim().toLowerCase());
  return HASHES[algorithm.replace(/-SESS$/u, '')] !== undefined && challenge.params.nonce !== undefined && challenge.params.realm !== undefined && (qop === undefined || qops.includes('auth') || qops.includes('auth-int'));
}

/** Picks the Digest challenge with the strongest supported algorithm (RFC 7616 §3.7), or undefined. */
export function pickDigestChallenge(challenges: readonly Challenge[]): Challenge | undefined {
  let best: Challenge | undefined;
  let bestRank = Infinity;
  for (const c of challenges) {
    if (!isSupportedDigest(c)) continue;
    const rank = DIGEST_ALGORITHMS.indexOf((c.params.algorithm ?? 'MD5').toUpperCase() as (typeof DIGEST_ALGORITHMS)[number]);
    if (rank !== -1 && rank < bestRank) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

export interface DigestInput {
  username: string;
  password: string;
  method: string;
  /** The request-target as sent (origin-form: path and query). */
  uri: string;
  /** The request body, for qop=auth-int. */
  body?: Uint8Array | string;
  /** The client nonce (default 16 random bytes in hex). */
  cnonce?: string;
  /** The nonce count (1 for the first use of a nonce). */
  nc: number;
}

function quote(s: string): string {
  return `"${s.replace(/["\\]/gu, (c) => `\\${c}`)}"`;
}

/** The Authorization value that answers a Digest challenge (RFC 7616 §3.4). */
export function digestAuthorization(challenge: Challenge, input: DigestInput): string {
  const p = challenge.params;
  const algorithm = p.algorithm ?? 'MD5';
  const upper = algorithm.toUpperCase();
  const sess = upper.endsWith('-SESS');
  const hashName = HASHES[sess ? upper.slice(0, -5) : upper];
  if (hashName === undefined) throw new Error(`Unsupported Digest algorithm ${algorithm}`);
  const H = (data: string | Uint8Array): string => createHash(hashName).update(data).digest('hex');
  const realm = p.realm ?? '';
  const nonce = p.nonce ?? '';
  const qops = p.qop === undefined ? [] : p.qop.split(',').map((q) => q.trim().toLowerCase());
  const qop = qops.includes('auth') ? 'auth' : qops.includes('auth-int') ? 'auth-int' : undefined;
  const cnonce = input.cnonce ?? randomBytes(16).toString('hex');
  const nc = input.nc.toString(16).padStart(8, '0');
  let ha1 = H(`${input.username}:${realm}:${input.password}`);
  if (sess) ha1 = H(`${ha1}:${nonce}:${cnonce}`);
  const a2 = qop === 'auth-int' ? `${input.method}:${input.uri}:${H(input.body ?? '')}` : `${input.method}:${input.uri}`;
  const ha2 = H(a2);
  const response = qop === undefined ? H(`${ha1}:${nonce}:${ha2}`) : H(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`);
  const userhash = p.userhash?.toLowerCase() === 'true';
  const username = userhash ? H(`${input.username}:${realm}`) : input.username;
  const parts = [`username=${quote(username)}`, `realm=${quote(realm)}`, `uri=${quote(input.uri)}`, `algorithm=${algorithm}`, `nonce=${quote(nonce)}`];
  if (qop !== undefined) parts.push(`nc=${nc}`, `cnonce=${quote(cnonce)}`, `qop=${qop}`);
  parts.push(`response=${quote(response)}`);
  if (p.opaque !== undefined) parts.push(`opaque=${quote(p.opaque)}`);
  if (userhash) parts.push('userhash=true');
  return `Digest ${parts.join(', ')}`;
}

/**
 * Remembers the last Digest challenge per protection space (origin and realm) and counts how
 * often its nonce was used, so later requests answer it at once with nc=00000002, 00000003...
 */
export class DigestSession {
  readonly #spaces = new Map<string, { challenge: Challenge; nc: number }>();

  /** Starts counting a fresh challenge for `origin`. */
  challenge(origin: string, challenge: Challenge): void {
    this.#spaces.set(origin, { challenge, nc: 0 });
  }

  has(origin: string): boolean {
    return this.#spaces.has(origin);
  }

  /** The next Authorization value for `origin`, or undefined without a known challenge. */
  authorize(origin: string, input: Omit<DigestInput, 'nc'>): string | undefined {
    const space = this.#spaces.get(origin);
    if (!space) return undefined;
    space.nc++;
    return digestAuthorization(space.challenge, { ...input, nc: space.nc });
  }

  forget(origin: string): void {
    this.#spaces.delete(origin);
  }
}
