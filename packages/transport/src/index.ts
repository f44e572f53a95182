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
