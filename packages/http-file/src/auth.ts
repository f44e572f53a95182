import { environmentFileData, isObject, own, record } from './environment.js';
import { toBase64 } from './encoding.js';
import { encodeComponent } from './values.js';

/*
 * The JetBrains HTTP Client's OAuth 2.0 configurations: `Security.Auth.<id>` of an environment in
 * http-client.env.json and http-client.private.env.json, used by `{{$auth.token("id")}}` and
 * `{{$auth.idToken("id")}}`. Pure: the token request is built here and its answer read here; sending it is the
 * caller's (the command line and the editor use the transport).
 */

/** One `Security.Auth` entry as the files write it (the private file's keys over the public file's). */
export type AuthConfiguration = Record<string, unknown>;


/** The `Security.Auth` entries of `environment` in one environment file (JSON text or the parsed object). */
export function authConfigurationsOf(input: string | Record<string, unknown>, environment: string): Record<string, AuthConfiguration> {
  const data = environmentFileData(input);
  // without a prototype: an id such as `__proto__` or `constructor` is a key like any other
  const out = record<AuthConfiguration>();
  if (!isObject(data)) return out;
  const env = own(data, environment);
  const security = isObject(env) ? env.Security : undefined;
  const auth = isObject(security) ? security.Auth : undefined;
  if (!isObject(auth)) return out;
  for (const [id, config] of Object.entries(auth)) if (isObject(config)) out[id] = config;
  return out;
}

/**
 * The `Security.Auth` entries of `environment` in several environment files (a later file wins key by key: pass the
 * private file after the public one, as the client secret and the password are kept in the private one).
 */
export function mergeAuthConfigurations(files: readonly (string | Record<string, unknown>)[], environment: string): Record<string, AuthConfiguration> {
  const out = record<AuthConfiguration>();
  for (const file of files) {
    for (const [id, config] of Object.entries(authConfigurationsOf(file, environment))) out[id] = { ...(out[id] ?? {}), ...config };
  }
  return out;
}

/**
 * The `Security.Auth` entries of every environment of several environment files, by environment and then by id, each
 * environment's merged as `mergeAuthConfigurations` merges them; environments without any are left out. What the
 * editor and `httplens lint` complete and check `$auth.token("id")` against.
 */
export function everyAuthConfiguration(files: readonly (string | Record<string, unknown>)[]): Record<string, Record<string, AuthConfiguration>> {
  const parsed = files.map(environmentFileData);
  const names = new Set<string>();
  for (const data of parsed) if (isObject(data)) for (const name of Object.keys(data)) names.add(name);
  // without a prototype: an environment named `__proto__` is a key like any other
  const out = record<Record<string, AuthConfiguration>>();
  const objects = parsed.filter(isObject);
  for (const name of names) {
    const configurations = mergeAuthConfigurations(objects, name);
    if (Object.keys(configurations).length > 0) out[name] = configurations;
  }
  return out;
}

/** The grant types the command line and the editor run: all but Implicit. */
const GRANTS = new Map([
  ['client credentials', 'client_credentials'],
  ['password', 'password'],
  ['authorization code', 'authorization_code'],
  ['device authorization', 'urn:ietf:params:oauth:grant-type:device_code'],
]);

/** The grant type of the device authorization grant's token requests (RFC 8628 §3.4). */
const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/** The device authorization request (RFC 8628 §3.1), sent first; its answer's `device_code` goes into each poll. */
export interface DeviceAuthorization {
  method: 'POST';
  url: string;
  headers: [string, string][];
  body: string;
}

/** What the user is shown in the device authorization grant (RFC 8628 §3.2, §3.3). */
export interface DeviceCode {
  userCode: string;
  verificationUri: string;
  /** The address with the code in it, when the server gives one. */
  verificationUriComplete?: string;
  /** Seconds the code is valid for. */
  expiresIn: number;
}

/**
 * The browser part of an authorization code grant (RFC 6749 §4.1): `receiveAuthorizationCode` of
 * `@httplens/transport` runs it, then `withAuthorizationCode` completes the token request with its code.
 */
export interface SignIn {
  /** The authorization request's URL (§4.1.1), without `state` and the PKCE challenge, which the runner adds. */
  url: string;
  /** Where the authorization server sends the browser back (an http URL on a loopback address, where the runner listens). */
  redirectUri: string;
  /** PKCE (RFC 7636): the challenge method, and the verifier when the configuration sets one. */
  pkce?: { method: 'S256' | 'plain'; verifier?: string };
  /** The port to listen on when it is not the redirect URL's (httpYac's `serverPort`). */
  listenPort?: number;
}

/** A token request to send (RFC 6749 §4.1.3, §4.3, §4.4), with how to read its answer. */
export interface TokenRequest {
  method: 'POST';
  url: string;
  headers: [string, string][];
  /** `application/x-www-form-urlencoded`. */
  body: string;
  /** `Use ID Token`: `$auth.token` gives the ID token rather than the access token. */
  useIdToken: boolean;
  /** An authorization code grant: the sign-in that comes first; the request is sent by `withAuthorizationCode`. */
  signIn?: SignIn;
  /** A device authorization grant: the request that comes first; the token request is then polled with its code. */
  device?: DeviceAuthorization;
}

/**
 * The token request of a `Security.Auth` configuration, with `{{name}}` in its values replaced by `variable(name)`
 * (the environment's variables), or why there is none: a type other than `OAuth2`, a grant type httplens does not run
 * (Implicit), or required keys that are missing.
 *
 * Keys read: `Grant Type` (`Client Credentials`, `Password`, `Authorization Code` or `Device Authorization`), `Token
 * URL`, `Device Auth URL` (Device Authorization), `Client ID`,
 * `Client Secret`, `Scope`, `Username` and `Password` (Password grant), `Auth URL`, `Redirect URL` and `PKCE` (`true`
 * for S256, or `{ "Code Challenge Method": "S256" | "Plain", "Code Verifier": "..." }`) for the authorization code,
 * `Client Credentials` (how the client authenticates: `in body`, the default, as httpYac reads these files, with
 * `client_id` and `client_secret` in the form; `basic`, with HTTP Basic, the id and secret form-encoded first as RFC
 * 6749 §2.3.1 says; `none`, only `client_id`), `Custom Request Parameters` (`Use`: `Everywhere`, the default, `In
 * Token Request` or `In Auth Request`), `Use ID Token`.
 */
export function tokenRequest(config: AuthConfiguration, variable: (name: string) => string | undefined = () => undefined): TokenRequest | { problem: string } {
  const fill = (v: string): string => v.replace(/\{\{\s*([^{}\s]+)\s*\}\}/g, (all, name: string) => variable(name) ?? all);
  const text = (key: string): string | undefined => {
    const v = config[key];
    if (typeof v !== 'string' && typeof v !== 'number') return undefined;
    return fill(String(v));
  };
  const type = text('Type');
  if (type !== undefined && type.toLowerCase() !== 'oauth2') return { problem: `"Type" is "${type}"; only OAuth2 is known` };
  const grantText = text('Grant Type');
  if (grantText === undefined || grantText.trim() === '') return { problem: '"Grant Type" is missing' };
  const grant = GRANTS.get(grantText.trim().toLowerCase());
  if (!grant) {
    return { problem: `the grant type "${grantText}" is not one httplens runs; use Authorization Code, Device Authorization, Client Credentials or Password, or get the token with a request of the file and chain it` };
  }
  const url = text('Token URL');
  const clientId = text('Client ID');
  const missing = [...(url ? [] : ['Token URL']), ...(clientId ? [] : ['Client ID'])];
  const username = text('Username');
  const password = text('Password');
  if (grant === 'password') missing.push(...(username === undefined ? ['Username'] : []), ...(password === undefined ? ['Password'] : []));
  const authUrl = text('Auth URL');
  const redirectUri = text('Redirect URL');
  if (grant === 'authorization_code') missing.push(...(authUrl ? [] : ['Auth URL']), ...(redirectUri ? [] : ['Redirect URL']));
  const deviceUrl = text('Device Auth URL');
  if (grant === DEVICE_GRANT && !deviceUrl) missing.push('Device Auth URL');
  if (missing.length > 0) return { problem: `${missing.map((k) => `"${k}"`).join(', ')} ${missing.length > 1 ? 'are' : 'is'} missing` };
  const notHttp =
    notHttpUrl('"Token URL"', url as string) ??
    (grant === 'authorization_code' ? notHttpUrl('"Auth URL"', authUrl as string) : undefined) ??
    (grant === DEVICE_GRANT ? notHttpUrl('"Device Auth URL"', deviceUrl as string) : undefined);
  if (notHttp) return notHttp;
  const how = (text('Client Credentials') ?? 'in body').trim().toLowerCase();
  if (how !== 'basic' && how !== 'in body' && how !== 'none') return { problem: `"Client Credentials" is "${how}": basic, in body or none` };
  const secret = text('Client Secret');
  const params: [string, string][] = [['grant_type', grant]];
  if (grant === 'password') params.push(['username', username as string], ['password', password as string]);
  const scope = text('Scope');
  // the scope goes with the authorization request in the code grant (§4.1.1) and the device request (RFC 8628 §3.1),
  // with the token request otherwise
  if (scope !== undefined && scope !== '' && grant !== 'authorization_code' && grant !== DEVICE_GRANT) params.push(['scope', scope]);
  const headers: [string, string][] = [
    ['Content-Type', 'application/x-www-form-urlencoded'],
    ['Accept', 'application/json'],
  ];
  if (how === 'basic') {
    // RFC 6749 §2.3.1: the client id and secret form-encoded, then joined for Basic
    headers.push(['Authorization', `Basic ${toBase64(`${formEncode(clientId as string)}:${formEncode(secret ?? '')}`)}`]);
  } else {
    params.push(['client_id', clientId as string]);
    if (how === 'in body' && secret !== undefined) params.push(['client_secret', secret]);
  }
  params.push(...customParameters(config, 'in token request'));
  const useIdToken = config['Use ID Token'] === true;
  const request: TokenRequest = { method: 'POST', url: url as string, headers, body: formOf(params), useIdToken };
  if (grant === DEVICE_GRANT) {
    // the client authenticates as in the token request (RFC 8628 §3.1)
    const client = params.filter(([k]) => k === 'client_id' || k === 'client_secret');
    const deviceParams: [string, string][] = [...client, ...(scope !== undefined && scope !== '' ? [['scope', scope] as [string, string]] : []), ...customParameters(config, 'in auth request')];
    request.device = { method: 'POST', url: deviceUrl as string, headers, body: formOf(deviceParams) };
  }
  if (grant === 'authorization_code') {
    const query: [string, string][] = [
      ['response_type', 'code'],
      ['client_id', clientId as string],
      ['redirect_uri', redirectUri as string],
      ...(scope !== undefined && scope !== '' ? [['scope', scope] as [string, string]] : []),
      ...customParameters(config, 'in auth request'),
    ];
    const base = authUrl as string;
    request.signIn = { url: `${base}${base.includes('?') ? '&' : '?'}${formOf(query)}`, redirectUri: redirectUri as string };
    const pkce = config.PKCE;
    if (pkce === true) request.signIn.pkce = { method: 'S256' };
    else if (isObject(pkce)) {
      const method = typeof pkce['Code Challenge Method'] === 'string' ? pkce['Code Challenge Method'].trim().toLowerCase() : 's256';
      if (method !== 's256' && method !== 'plain') return { problem: `"Code Challenge Method" is "${String(pkce['Code Challenge Method'])}": S256 or Plain` };
      request.signIn.pkce = { method: method === 'plain' ? 'plain' : 'S256' };
      const verifier = pkce['Code Verifier'];
      if (typeof verifier === 'string' && verifier !== '') request.signIn.pkce.verifier = fill(verifier);
    }
  }
  return request;
}

/** The `Custom Request Parameters` used `where` (and `Everywhere`, the default). */
function customParameters(config: AuthConfiguration, where: 'in token request' | 'in auth request'): [string, string][] {
  const out: [string, string][] = [];
  const custom = config['Custom Request Parameters'];
  if (!isObject(custom)) return out;
  for (const [name, raw] of Object.entries(custom)) {
    let value: unknown = raw;
    if (isObject(raw)) {
      const use = typeof raw.Use === 'string' ? raw.Use.toLowerCase() : 'everywhere';
      if (use !== 'everywhere' && use !== where) continue;
      value = raw.Value;
    }
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string' || typeof v === 'number') out.push([name, String(v)]);
  }
  return out;
}

function formOf(params: readonly (readonly [string, string])[]): string {
  return params.map(([k, v]) => `${formEncode(k)}=${formEncode(v)}`).join('&');
}

/**
 * The token request of an authorization code grant, once its sign-in brought the code back (RFC 6749 §4.1.3, RFC
 * 7636 §4.5): `code`, `redirect_uri` (as sent in the sign-in) and `code_verifier` added, `signIn` gone. Any other
 * request is returned as it is.
 */
export function withAuthorizationCode(request: TokenRequest, result: { code: string; codeVerifier?: string }): TokenRequest {
  if (!request.signIn) return request;
  const { signIn, ...rest } = request;
  const added: [string, string][] = [
    ['code', result.code],
    ['redirect_uri', signIn.redirectUri],
    ...(result.codeVerifier !== undefined ? [['code_verifier', result.codeVerifier] as [string, string]] : []),
  ];
  return { ...rest, body: `${rest.body}${rest.body === '' ? '' : '&'}${formOf(added)}` };
}

/**
 * The token request of the configuration `id` among an environment's `configurations` (see `tokenRequest`), or why
 * there is none, also when no environment is selected or it has no such configuration.
 */
export function tokenRequestFor(
  configurations: Readonly<Record<string, AuthConfiguration>>,
  id: string,
  environment: string | undefined,
  variable?: (name: string) => string | undefined,
): TokenRequest | { problem: string } {
  if (environment === undefined) return { problem: 'no environment is selected: the Security.Auth configurations are those of an environment' };
  const config = own(configurations, id);
  if (!config) return { problem: `environment '${environment}' has no Security.Auth configuration "${id}"` };
  return tokenRequest(config, variable);
}

/** application/x-www-form-urlencoded: as `encodeURIComponent`, with spaces as `+`. */
function formEncode(s: string): string {
  return encodeComponent(s).replace(/%20/g, '+');
}

/** A token endpoint's answer (RFC 6749 §5.1). */
export interface TokenAnswer {
  accessToken: string;
  idToken?: string;
  /** Seconds the access token is valid for, when the server says. */
  expiresIn?: number;
  tokenType?: string;
  /** For a new access token later (RFC 6749 §6). */
  refreshToken?: string;
}

/**
 * Reads a token endpoint's answer: the access token (and ID token, lifetime and type) of a 2xx JSON answer, or why
 * there is none: the server's `error` and `error_description` (RFC 6749 §5.2), or what is wrong with the answer.
 * `useIdToken` (the request's `useIdToken`): the ID token is the token `$auth.token` gives.
 */
export function readTokenResponse(status: number, body: string, useIdToken = false): TokenAnswer | { problem: string } {
  const data = jsonOf(body);
  if (status < 200 || status > 299) return { problem: answeredError('token endpoint', status, data) };
  if (!isObject(data)) return { problem: 'the token endpoint did not answer with a JSON object' };
  if (typeof data.access_token !== 'string' || data.access_token === '') return { problem: 'the token endpoint answered without an access_token' };
  const out: TokenAnswer = { accessToken: data.access_token };
  if (typeof data.id_token === 'string') out.idToken = data.id_token;
  const expires = typeof data.expires_in === 'number' ? data.expires_in : typeof data.expires_in === 'string' ? Number(data.expires_in) : NaN;
  if (Number.isFinite(expires) && expires >= 0) out.expiresIn = expires;
  if (typeof data.token_type === 'string') out.tokenType = data.token_type;
  if (typeof data.refresh_token === 'string' && data.refresh_token !== '') out.refreshToken = data.refresh_token;
  if (useIdToken) {
    if (out.idToken === undefined) return { problem: 'the token endpoint answered without an id_token ("Use ID Token" is true)' };
    out.accessToken = out.idToken;
  }
  return out;
}

/** What `obtainToken` needs from its caller: the sending of requests, and what a grant that needs a person uses. */
export interface TokenIo {
  /** Runs the browser part of an authorization code grant (`receiveAuthorizationCode` of `@httplens/transport`). */
  signIn?: (signIn: SignIn) => Promise<{ code: string; codeVerifier?: string }>;
  /** Shows the device authorization grant's code and address to the user (RFC 8628 §3.3). */
  showDeviceCode?: (code: DeviceCode) => void;
  /** Waits between two polls of the device authorization grant; rejects to stop polling (cancelled). */
  sleep?: (ms: number) => Promise<void>;
  /** Sends a request (without cookies, without following redirects) and gives the status and the body's text. */
  send: (request: { method: 'POST'; url: string; headers: [string, string][]; body: string }) => Promise<{ status: number; body: string }>;
}

/**
 * Gets a token: the sign-in first when the request has one (an authorization code grant; without `io.signIn` it is not
 * run), or the device authorization and the polling of the token endpoint (RFC 8628; with `io.showDeviceCode` and
 * `io.sleep`), then the token request, whose answer `readTokenResponse` reads. Never throws: a failed sign-in or send
 * (with the error's `code`, as the transport gives one) is a `problem`. `status` is the token endpoint's, when it
 * answered. `unavailable` ends the sentence that says a grant needing a person cannot be run here.
 */
export async function obtainToken(request: TokenRequest | { problem: string }, io: TokenIo, unavailable = 'is not available here'): Promise<{ answer: TokenAnswer | { problem: string }; status?: number }> {
  if ('problem' in request) return { answer: request };
  let toSend = request;
  if (request.signIn) {
    if (!io.signIn) return { answer: { problem: `the authorization code grant signs in through a browser, which ${unavailable}` } };
    try {
      toSend = withAuthorizationCode(request, await io.signIn(request.signIn));
    } catch (e) {
      return { answer: { problem: `the sign-in did not complete: ${errorText(e)}` } };
    }
  }
  if (request.device) return pollDeviceToken(request, request.device, io, unavailable);
  try {
    const { status, body } = await io.send(toSend);
    return { answer: readTokenResponse(status, body, toSend.useIdToken), status };
  } catch (e) {
    return { answer: { problem: `the token request to ${toSend.url} failed: ${errorText(e)}` } };
  }
}

/** RFC 8628 §3.5: seconds added to the interval after `slow_down`, and the interval when the server gives none. */
const SLOW_DOWN = 5;
const DEFAULT_INTERVAL = 5;

/** The device authorization grant (RFC 8628 §3.1-§3.5): the device request, the code shown, the token endpoint polled. */
async function pollDeviceToken(request: TokenRequest, device: DeviceAuthorization, io: TokenIo, unavailable: string): Promise<{ answer: TokenAnswer | { problem: string }; status?: number }> {
  const { showDeviceCode, sleep } = io;
  if (!showDeviceCode || !sleep) return { answer: { problem: `the device authorization grant needs someone to enter a code in a browser, which ${unavailable}` } };
  let data: Record<string, unknown> | undefined;
  try {
    const { status, body } = await io.send(device);
    const parsed = jsonOf(body);
    if (status < 200 || status > 299) return { answer: { problem: answeredError('device authorization endpoint', status, parsed) } };
    data = isObject(parsed) ? parsed : undefined;
  } catch (e) {
    return { answer: { problem: `the device authorization request to ${device.url} failed: ${errorText(e)}` } };
  }
  const deviceCode = data?.device_code;
  const userCode = data?.user_code;
  // `verification_url`: the name some servers used before RFC 8628
  const uri = data?.verification_uri ?? data?.verification_url;
  if (typeof deviceCode !== 'string' || typeof userCode !== 'string' || typeof uri !== 'string') {
    return { answer: { problem: 'the device authorization endpoint answered without device_code, user_code and verification_uri' } };
  }
  const number = (v: unknown): number | undefined => {
    const n = typeof v === 'number' ? v : typeof v === 'string' ? Number(v) : NaN;
    return Number.isFinite(n) && n >= 0 ? n : undefined;
  };
  const expiresIn = number(data?.expires_in) ?? 600;
  let interval = number(data?.interval) ?? DEFAULT_INTERVAL;
  const shown: DeviceCode = { userCode, verificationUri: uri, expiresIn };
  if (typeof data?.verification_uri_complete === 'string') shown.verificationUriComplete = data.verification_uri_complete;
  showDeviceCode(shown);
  const poll: TokenRequest = { method: 'POST', url: request.url, headers: request.headers, body: `${request.body}&${formOf([['device_code', deviceCode]])}`, useIdToken: request.useIdToken };
  // bounded: the code's lifetime, counted in waits (the clock of the caller's sleep), and at most 10,000 polls
  let waited = 0;
  for (let attempt = 0; attempt < 10_000 && waited <= expiresIn; attempt++) {
    try {
      await sleep(interval * 1000);
    } catch (e) {
      return { answer: { problem: `the device authorization was stopped: ${errorText(e)}` } };
    }
    waited += Math.max(interval, 1);
    let status: number;
    let body: string;
    try {
      ({ status, body } = await io.send(poll));
    } catch (e) {
      return { answer: { problem: `the token request to ${poll.url} failed: ${errorText(e)}` } };
    }
    if (status >= 200 && status <= 299) return { answer: readTokenResponse(status, body, poll.useIdToken), status };
    const parsed = jsonOf(body);
    const error = isObject(parsed) ? parsed.error : undefined;
    // §3.5: still waiting for the user; slow_down asks for 5 s more between polls
    if (error === 'authorization_pending') continue;
    if (error === 'slow_down') {
      interval += SLOW_DOWN;
      continue;
    }
    return { answer: readTokenResponse(status, body, poll.useIdToken), status };
  }
  return { answer: { problem: `the code ${userCode} was not entered within its ${expiresIn} s` } };
}

function errorText(e: unknown): string {
  const err = e as { code?: unknown; message?: unknown };
  return `${typeof err?.code === 'string' ? err.code : 'HTTPLENS_ERROR'}: ${typeof err?.message === 'string' ? err.message : String(e)}`;
}

/** The JSON value of a body, or undefined when it is not JSON. */
function jsonOf(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** An error answer of an OAuth 2.0 endpoint, with its `error` and `error_description` (RFC 6749 §5.2, RFC 8628 §3.5). */
function answeredError(endpoint: string, status: number, data: unknown): string {
  const detail = isObject(data) && typeof data.error === 'string' ? `: ${data.error}${typeof data.error_description === 'string' ? ` (${data.error_description})` : ''}` : '';
  return `the ${endpoint} answered ${status}${detail}`;
}

/** A token kept for later requests: until a little (5 s) before its `expires_in` ends; without one, until forgotten. */
export interface KeptToken {
  accessToken: string;
  idToken?: string;
  /** When it stops being used (ms). */
  expiresAt?: number;
  /** The refresh token that gets the next one (see `refreshTokenRequest`). */
  refreshToken?: string;
}

/**
 * The token of an answer, to keep from `now` (ms). `previous`: the token it replaces, whose refresh token is kept when
 * the answer has none (RFC 6749 §6: the server may keep the refresh token it gave).
 */
export function keepToken(answer: TokenAnswer, now: number, previous?: KeptToken): KeptToken {
  const kept: KeptToken = { accessToken: answer.accessToken };
  if (answer.idToken !== undefined) kept.idToken = answer.idToken;
  if (answer.expiresIn !== undefined) kept.expiresAt = now + Math.max(0, answer.expiresIn - 5) * 1000;
  const refresh = answer.refreshToken ?? previous?.refreshToken;
  if (refresh !== undefined) kept.refreshToken = refresh;
  return kept;
}

/**
 * The request that refreshes an expired token (RFC 6749 §6), when it came with a refresh token: sent to the token URL
 * of `request` (the one that got it) with the same client authentication (its Authorization field, or `client_id`
 * and `client_secret` in the form), `grant_type=refresh_token` and the refresh token; no sign-in. The caller sends it
 * first and, when it fails, the full request.
 */
export function refreshTokenRequest(request: TokenRequest, kept: KeptToken | undefined): TokenRequest | undefined {
  if (kept?.refreshToken === undefined) return undefined;
  // the client's fields as the request encoded them
  const client = request.body.split('&').filter((field) => field.startsWith('client_id=') || field.startsWith('client_secret='));
  const body = [formOf([['grant_type', 'refresh_token'], ['refresh_token', kept.refreshToken]]), ...client].join('&');
  return { method: 'POST', url: request.url, headers: request.headers, body, useIdToken: request.useIdToken };
}

/** Whether a kept token may still be used at `now` (ms). */
export function isKept(kept: KeptToken | undefined, now: number): kept is KeptToken {
  return kept !== undefined && (kept.expiresAt === undefined || kept.expiresAt > now);
}

/** The `id` of `$auth.token("id")` / `$auth.idToken("id")`, or undefined for another reference. */
export function authReference(expression: string): { id: string; kind: 'token' | 'idToken' } | undefined {
  const m = /^\$auth\.(token|idToken)\(\s*(?:"([^"]*)"|'([^']*)')\s*\)$/.exec(expression.trim());
  if (!m) return undefined;
  return { id: (m[2] ?? m[3]) as string, kind: m[1] as 'token' | 'idToken' };
}

/** httpYac's `Authorization: oauth2 [flow] [prefix] [token_exchange <prefix>]` (or `openid ...`), read as httpYac reads it. */
export interface OAuth2Shorthand {
  /** The flow, normalised: `client_credentials` (also for `client` and none), `password`, `authorization_code`, `device_code`, `implicit`, `hybrid`. */
  flow: string;
  /** The prefix of the variables that configure it (`<prefix>_tokenEndpoint`, ...); `oauth2_` ones otherwise. */
  prefix?: string;
  /** `token_exchange <prefix>`: the token is exchanged for another (RFC 8693). */
  tokenExchange?: string;
}

const FLOW_NAMES = new Map([
  ['client', 'client_credentials'],
  ['client_credentials', 'client_credentials'],
  ['code', 'authorization_code'],
  ['authorization_code', 'authorization_code'],
  ['device', 'device_code'],
  ['device_code', 'device_code'],
  ['password', 'password'],
  ['implicit', 'implicit'],
  ['hybrid', 'hybrid'],
]);

/** The shorthand of an Authorization value, or undefined for any other value. */
export function oauth2Shorthand(value: string): OAuth2Shorthand | undefined {
  const words = value.trim().split(/\s+/);
  const kind = (words[0] ?? '').toLowerCase();
  if (kind !== 'oauth2' && kind !== 'openid') return undefined;
  let i = 1;
  const named = FLOW_NAMES.get((words[i] ?? '').toLowerCase());
  const out: OAuth2Shorthand = { flow: named ?? 'client_credentials' };
  if (named) i++;
  // a prefix, then `token_exchange <prefix>`; a lone `token_exchange <prefix>` is the exchange, not a prefix
  if (i < words.length && !((words[i] as string).toLowerCase() === 'token_exchange' && words.length === i + 2)) out.prefix = words[i++];
  if (i < words.length) {
    if ((words[i] as string).toLowerCase() !== 'token_exchange' || words.length !== i + 2) return undefined;
    out.tokenExchange = words[i + 1];
  }
  return out;
}

/**
 * httpYac's shorthand in a request's resolved fields (the first Authorization field that is one), when the CLI and the
 * editor run its flow: the value as written, and its token request (see `httpyacTokenRequest`) or why there is none.
 */
export function oauth2TokenRequest(
  headers: readonly { name: string; value: string }[],
  variable: (name: string) => string | undefined,
): { value: string; request: TokenRequest | { problem: string } } | undefined {
  for (const h of headers) {
    if (h.name.toLowerCase() !== 'authorization') continue;
    const shorthand = oauth2Shorthand(h.value);
    if (shorthand === undefined) continue;
    return runsOAuth2Flow(shorthand) ? { value: h.value.trim(), request: httpyacTokenRequest(shorthand, variable) } : undefined;
  }
  return undefined;
}

/** Whether the CLI and the editor run the shorthand's flow: client_credentials, password, authorization_code or device_code, without token exchange. */
export function runsOAuth2Flow(shorthand: OAuth2Shorthand): boolean {
  return shorthand.tokenExchange === undefined && ['client_credentials', 'password', 'authorization_code', 'device_code'].includes(shorthand.flow);
}

/** httpYac's redirect URL of the authorization code flow when `<prefix>_redirectUri` is not set. */
const HTTPYAC_REDIRECT_URI = 'http://localhost:3000/callback';

/**
 * The token request httpYac sends for its shorthand, from the variables it reads (`variable(name)`: the request's
 * file and environment variables): `<prefix>_tokenEndpoint`, `_clientId`, `_clientSecret`, `_scope`, `_username`,
 * `_password`, `_audience`, `_resource`, `_useAuthorizationHeader` (default true: the client id and secret as HTTP
 * Basic, else in the body), and for `authorization_code` `_authorizationEndpoint`, `_redirectUri` (default
 * `http://localhost:3000/callback`), `_usePkce` and `_serverPort`, for `device_code` `_deviceCodeEndpoint` and
 * `_useDeviceCodeClientSecret`, each falling back to `oauth2_...`. The flows built are `client_credentials`, `password`,
 * `authorization_code` (with its `signIn`) and `device_code` (with its `device` request), without token exchange;
 * otherwise, or with required variables missing, why not.
 */
export function httpyacTokenRequest(shorthand: OAuth2Shorthand, variable: (name: string) => string | undefined): TokenRequest | { problem: string } {
  const prefixes = shorthand.prefix && shorthand.prefix.toLowerCase() !== 'oauth2' ? [shorthand.prefix, 'oauth2'] : ['oauth2'];
  const get = (key: string): string | undefined => {
    for (const p of prefixes) {
      const v = variable(`${p}_${key}`);
      if (v !== undefined && v !== '') return v;
    }
    return undefined;
  };
  if (shorthand.tokenExchange !== undefined) return { problem: 'httpYac exchanges the token (token_exchange), which httplens does not' };
  const flow = shorthand.flow;
  if (!runsOAuth2Flow(shorthand)) return { problem: `httplens does not run the ${flow} flow; use authorization_code, device_code, client_credentials or password, or get the token with a request of the file and chain it` };
  const required =
    flow === 'client_credentials'
      ? ['tokenEndpoint', 'clientId', 'clientSecret']
      : flow === 'password'
        ? ['tokenEndpoint', 'clientId', 'username', 'password']
        : flow === 'device_code'
          ? ['deviceCodeEndpoint', 'tokenEndpoint', 'clientId']
          : ['authorizationEndpoint', 'tokenEndpoint', 'clientId'];
  const missing = required.filter((k) => get(k) === undefined);
  if (missing.length > 0) return { problem: `missing configuration: ${missing.map((k) => `${prefixes[0]}_${k}`).join(', ')}` };
  const url = get('tokenEndpoint') as string;
  const notHttp = notHttpUrl(`${prefixes[0]}_tokenEndpoint`, url);
  if (notHttp) return notHttp;
  const httpyacForm = (pairs: [string, string | undefined][]): string => pairs.flatMap(([k, v]) => (v ? [`${k}=${encodeComponent(v)}`] : [])).join('&');
  if (flow === 'device_code') {
    // httpYac's device flow: the client id (and the secret with useDeviceCodeClientSecret) in the device request,
    // the client id alone in the polls, no Authorization field
    const endpoint = get('deviceCodeEndpoint') as string;
    const notHttpDevice = notHttpUrl(`${prefixes[0]}_deviceCodeEndpoint`, endpoint);
    if (notHttpDevice) return notHttpDevice;
    const headers: [string, string][] = [['Content-Type', 'application/x-www-form-urlencoded']];
    const device = httpyacForm([
      ['client_id', get('clientId')],
      ['client_secret', httpyacBoolean(get('useDeviceCodeClientSecret'), false) ? get('clientSecret') : undefined],
      ['scope', get('scope') ?? 'openid'],
      ['audience', get('audience')],
      ['resource', get('resource')],
    ]);
    return {
      method: 'POST',
      url,
      headers,
      body: httpyacForm([['client_id', get('clientId')], ['grant_type', DEVICE_GRANT]]),
      useIdToken: false,
      device: { method: 'POST', url: endpoint, headers, body: device },
    };
  }
  // httpYac's form: encodeURIComponent, empty values left out, in this order
  const fields: [string, string | undefined][] = [['grant_type', flow], ['scope', get('scope')]];
  if (flow === 'password') fields.push(['username', get('username')], ['password', get('password')]);
  if (flow !== 'authorization_code') fields.push(['audience', get('audience')], ['resource', get('resource')]);
  const clientId = get('clientId') as string;
  const secret = get('clientSecret');
  const headers: [string, string][] = [['Content-Type', 'application/x-www-form-urlencoded']];
  const useHeader = httpyacBoolean(get('useAuthorizationHeader'), true);
  if (useHeader && secret !== undefined) headers.push(['Authorization', `Basic ${toBase64(`${clientId}:${secret}`)}`]);
  else fields.push(['client_id', clientId], ['client_secret', secret]);
  const request: TokenRequest = { method: 'POST', url, headers, body: httpyacForm(fields), useIdToken: false };
  if (flow === 'authorization_code') {
    const endpoint = get('authorizationEndpoint') as string;
    const notHttpAuthorization = notHttpUrl(`${prefixes[0]}_authorizationEndpoint`, endpoint);
    if (notHttpAuthorization) return notHttpAuthorization;
    const redirectUri = get('redirectUri') ?? HTTPYAC_REDIRECT_URI;
    const query = httpyacForm([
      ['client_id', clientId],
      ['scope', get('scope') ?? 'openid'],
      ['response_type', 'code'],
      ['audience', get('audience')],
      ['resource', get('resource')],
      ['redirect_uri', redirectUri],
    ]);
    request.signIn = { url: `${endpoint}${endpoint.indexOf('?') > 0 ? '&' : '?'}${query}`, redirectUri };
    if (httpyacBoolean(get('usePkce'), false)) request.signIn.pkce = { method: 'S256' };
    const port = Number(get('serverPort'));
    if (Number.isInteger(port) && port > 0 && port < 65536) request.signIn.listenPort = port;
  }
  return request;
}

/**
 * A boolean variable as httpYac reads one: `true` or `false` (any case), else a number (true unless 0), else
 * `fallback` (also for an empty or missing value).
 */
function httpyacBoolean(value: string | undefined, fallback: boolean): boolean {
  const v = (value ?? '').trim();
  if (v === '') return fallback;
  if (/^true$/i.test(v)) return true;
  if (/^false$/i.test(v)) return false;
  const n = Number.parseFloat(v);
  return Number.isNaN(n) ? fallback : n !== 0;
}

/** Why `url` cannot be a token or authorization endpoint (not http or https), named as the file names it. */
function notHttpUrl(label: string, url: string): { problem: string } | undefined {
  return /^https?:\/\//i.test(url) ? undefined : { problem: `${label} is not an http or https URL: ${url}` };
}
