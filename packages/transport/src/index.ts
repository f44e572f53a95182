export { send, DEFAULT_LIMITS } from './send.js';
export { Pool, defaultPool, type PoolOptions } from './pool.js';
export { ERROR_CODES, TransportError, describeErrorCode, isTransportError, type ErrorContext, type Phase, type TransportErrorCode } from './errors.js';
export { text, charsetOf, type TextOptions } from './text.js';
export { DEFAULT_TIMEOUTS } from './watchdog.js';
export { ResponseReader, type ReaderOptions } from './reader.js';
export { serializeRequest, parseTarget, isToken } from './serialize.js';
export type {
  InterimResponse,
  Limits,
  LookupAddress,
  LookupFunction,
  RedirectHop,
  SendOptions,
  SendRequest,
  SendResult,
  Timeouts,
  Timings,
  TlsSummary,
} from './types.js';
export { createClient, type Client, type ClientOptions, type ClientResult, type ClientRedirectHop, type Credentials, type TlsSettings } from './client.js';
export { CookieJar, PUBLIC_SUFFIXES, parseSetCookie, parseCookieDate, domainMatch, pathMatch, defaultPath, type Cookie, type CookieJarJSON, type CookieJarOptions, type CookieRejection, type SameSite, type SetCookieOutcome } from './cookies.js';
export { parseChallenges, basicAuthorization, digestAuthorization, pickDigestChallenge, DigestSession, DIGEST_ALGORITHMS, type Challenge, type DigestInput } from './digest.js';
export { parseNoProxy, bypassesProxy, proxyFromEnvironment, proxyAuthorization, openTunnel, type ProxyOptions, type NoProxyRule, type Environment, type Tunnel } from './proxy.js';
export { followRedirect, redirectLocation, REDIRECT_STATUSES, type RedirectStep } from './redirects.js';
export { tlsFileContents } from './tls-files.js';
export { receiveAuthorizationCode, codeChallenge, type SignInRequest, type SignInOptions, type SignInResult } from './sign-in.js';
