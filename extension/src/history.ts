// History of sent requests. Credentials never stored in clear: Authorization, Cookie and
// Proxy-Authorization values, and every value that came from a private environment, are masked
// before an entry is created. Pure: no 'vscode' import.

export const SECRET_HEADERS: ReadonlySet<string> = new Set(['authorization', 'cookie', 'proxy-authorization']);
export const MASK = '••••••';

export interface HistoryRequest {
  method: string;
  url: string;
  /** The request-target sent as written (JetBrains `# @no-auto-encoding`). */
  target?: string;
  headers: readonly (readonly [string, string])[];
  body?: string | null;
  /** The bytes sent, when they are not `body`'s UTF-8 (a file sent as is). */
  bytes?: Uint8Array;
}

export interface HistoryEntry {
  /** Milliseconds since the epoch. */
  time: number;
  method: string;
  url: string;
  /** The request-target sent as written (JetBrains `# @no-auto-encoding`), so that sending the entry again sends it so. */
  target?: string;
  headers: [string, string][];
  body?: string;
  /** The bytes sent, in base64, when they are not `body`'s UTF-8 (a file sent as is, such as an image). */
  bodyBase64?: string;
  /** The .http file and request index it came from, for re-sending from the file. */
  source?: { uri: string; index: number; name?: string };
  status?: number;
  reason?: string;
  /** Milliseconds. */
  duration?: number;
  error?: string;
}

/**
 * Masks a secret header value: keeps an auth scheme (`Bearer`, `Basic`) so the entry stays readable,
 * masks the credentials. Cookies keep their names (`a=••••••; b=••••••`).
 */
export function maskHeaderValue(name: string, value: string): string {
  const lower = name.toLowerCase();
  if (lower === 'cookie') {
    return value
      .split(';')
      .map((pair) => {
        const eq = pair.indexOf('=');
        return eq < 0 ? MASK : `${pair.slice(0, eq).trim()}=${MASK}`;
      })
      .join('; ');
  }
  const trimmed = value.trim();
  const space = trimmed.indexOf(' ');
  if (space > 0 && /^[a-z][\w!#$%&'*+.^`|~-]*$/i.test(trimmed.slice(0, space))) return `${trimmed.slice(0, space)} ${MASK}`;
  return MASK;
}

/** Replaces every occurrence of each secret (longest first) in `text`; secrets shorter than 3 characters are left alone (too many false hits). */
export function maskSecrets(text: string, secrets: readonly string[]): string {
  const list = [...new Set(secrets.filter((s) => s.length >= 3))].sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join(MASK);
  return out;
}

/** Whether a request goes into the history: not with the JetBrains HTTP Client's `# @no-log` (its metadata, any case). */
export function keptInHistory(metadata: Readonly<Record<string, string | true>>): boolean {
  return !Object.keys(metadata).some((key) => key.toLowerCase() === 'no-log');
}

/** A history entry with secrets masked: secret header values, then private values anywhere (URL, headers, body). */
export function createHistoryEntry(
  request: HistoryRequest,
  details: Omit<HistoryEntry, 'method' | 'url' | 'target' | 'headers' | 'body' | 'bodyBase64'>,
  privateValues: readonly string[] = [],
): HistoryEntry {
  const headers = request.headers.map(([n, v]) => [n, SECRET_HEADERS.has(n.toLowerCase()) ? maskHeaderValue(n, v) : maskSecrets(v, privateValues)] as [string, string]);
  const entry: HistoryEntry = { ...details, method: request.method, url: maskSecrets(maskUrlCredentials(request.url), privateValues), headers };
  if (request.target !== undefined) entry.target = maskSecrets(request.target, privateValues);
  if (typeof request.body === 'string' && request.body !== '') entry.body = maskSecrets(request.body, privateValues);
  // a file's bytes, sent as they are: no variable was substituted in them
  if (request.bytes) entry.bodyBase64 = Buffer.from(request.bytes).toString('base64');
  return entry;
}

/** `https://user:pass@host/` -> `https://user:••••••@host/`. */
export function maskUrlCredentials(url: string): string {
  const scheme = url.indexOf('://');
  if (scheme < 0) return url;
  const start = scheme + 3;
  let end = url.length;
  for (const c of ['/', '?', '#']) {
    const i = url.indexOf(c, start);
    if (i >= 0 && i < end) end = i;
  }
  const at = url.lastIndexOf('@', end);
  if (at < start) return url;
  const colon = url.indexOf(':', start);
  if (colon < 0 || colon > at) return url;
  return `${url.slice(0, colon + 1)}${MASK}${url.slice(at)}`;
}

/** Newest first, at most `max` entries (0 keeps none). */
export function addToHistory(list: readonly HistoryEntry[], entry: HistoryEntry, max: number): HistoryEntry[] {
  if (max <= 0) return [];
  return [entry, ...list].slice(0, max);
}

/**
 * The values that came from a private environment file, `.env`, a prompt, or an OAuth 2.0 token (`$auth.token`),
 * resolved values as `httplens/requestAt` reports them.
 */
export function privateValuesOf(values: readonly { value: string | null; source: unknown }[]): string[] {
  const out: string[] = [];
  for (const v of values) {
    if (v.value === null || typeof v.source !== 'object' || v.source === null) continue;
    const s = v.source as { kind?: string; file?: string; name?: string };
    // the server reads `.env` as a `$shared` environment whose file is '.env'; `{{$dotenv X}}` comes as 'dotenv'
    if (s.kind === 'environment' && typeof s.file === 'string' && (s.file.includes('private') || isDotenvFile(s.file))) out.push(v.value);
    else if (s.kind === 'dotenv' || s.kind === 'prompt') out.push(v.value);
    else if (s.kind === 'dynamic' && (s.name === '$auth.token' || s.name === '$auth.idToken')) out.push(v.value);
  }
  return out;
}

function isDotenvFile(file: string): boolean {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  return base === '.env' || base.startsWith('.env.');
}

/**
 * The request of a file that a history entry came from: the one with the entry's name when it has one (requests
 * added or removed above it shift the indexes), else the one at the entry's index.
 */
export function findSourceRequest<R extends { index: number; name?: string | undefined }>(requests: readonly R[], source: { index: number; name?: string }): R | undefined {
  if (source.name !== undefined) {
    const named = requests.find((r) => r.name === source.name);
    if (named) return named;
  }
  return requests.find((r) => r.index === source.index);
}

/** A URL as written to the output channel: URL password and private values masked, as in the history. */
export function maskedUrl(url: string, privateValues: readonly string[] = []): string {
  return maskSecrets(maskUrlCredentials(url), privateValues);
}
