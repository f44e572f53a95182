import type { Diagnostic, Span } from '../types.js';

/** One field line of a header or trailer section, with exact spans into the input. */
export interface FieldLine {
  /** The field name as written (case preserved). */
  name: string;
  /** The field value without leading and trailing whitespace; obs-fold replaced by a space. */
  value: string;
  /** The whole field line, without its line ending. */
  span: Span;
  nameSpan: Span;
  valueSpan: Span;
}

export type BodyFraming = 'content-length' | 'chunked' | 'close' | 'none';

export interface MessageBody {
  /** The content after removing the transfer coding (chunked), still content-coded. */
  bytes: Uint8Array;
  framing: BodyFraming;
  /** The body as it stands in the input (including chunk framing). */
  span: Span;
}

/** Spans of the start line and its parts. */
export interface StartLineSpans {
  span: Span;
  method?: Span;
  target?: Span;
  version?: Span;
  status?: Span;
  reason?: Span;
}

export interface HttpMessage {
  kind: 'request' | 'response';
  method?: string;
  target?: string;
  /** For example `HTTP/1.1`. */
  version: string;
  status?: number;
  reason?: string;
  /** The header section, in order. */
  fields: FieldLine[];
  /** The trailer section of a chunked body, in order. */
  trailers: FieldLine[];
  body?: MessageBody;
  diagnostics: Diagnostic[];
  /** Unconsumed input after this message (pipelined messages). */
  rest?: Span;
  /** Where the start line and its parts stand in the input. */
  startLine?: StartLineSpans;
  /** Spans of the whole header section (start line through the empty line). */
  headSpan?: Span;
  /**
   * The text every span points into: the input (bytes decoded as Latin-1), or for
   * `messageFromHeaders` the canonical text it serialised.
   */
  source?: string;
}
