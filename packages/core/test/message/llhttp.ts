/**
 * Node's own HTTP/1.1 parser (llhttp) as an oracle: the binding that `node:http` uses,
 * with no lenient flags (what a Node server applies by default).
 */
interface HTTPParserInstance {
  initialize(type: number, resource: object, maxHeaderSize: number, lenientFlags: number): void;
  execute(data: Buffer): number | Error;
  finish(): number | Error | undefined;
  close(): void;
  [key: number]: unknown;
}
interface HTTPParserClass {
  new (): HTTPParserInstance;
  REQUEST: number;
  RESPONSE: number;
  kOnMessageBegin: number;
  kOnHeadersComplete: number;
  kOnBody: number;
  kOnMessageComplete: number;
}

export function loadHTTPParser(): HTTPParserClass {
  // process.binding is deprecated (DEP0111) but is how node:http reaches llhttp; the
  // warning says nothing about this test, so it is silenced for this one call.
  // (with --no-deprecation the property is read-only and already true)
  const quiet = process.noDeprecation;
  if (!quiet) process.noDeprecation = true;
  try {
    const binding = (process as unknown as { binding(name: string): { HTTPParser: HTTPParserClass } }).binding('http_parser');
    return binding.HTTPParser;
  } finally {
    if (!quiet) process.noDeprecation = quiet;
  }
}

export interface NodeVerdict {
  ok: boolean;
  /** llhttp's error code (`HPE_...`), or `incomplete` when the input ends inside a message. */
  error?: string;
  messages: number;
  bodyBytes: number;
}

/** Feeds the bytes to llhttp in one piece and reports whether it accepts every message. */
export function llhttpVerdict(kind: 'request' | 'response', bytes: Uint8Array, HTTPParser = loadHTTPParser()): NodeVerdict {
  const parser = new HTTPParser();
  let begun = 0;
  let complete = 0;
  let bodyBytes = 0;
  parser[HTTPParser.kOnMessageBegin] = () => {
    begun++;
  };
  parser[HTTPParser.kOnHeadersComplete] = () => 0;
  parser[HTTPParser.kOnBody] = (chunk: Buffer) => {
    bodyBytes += chunk.length;
  };
  parser[HTTPParser.kOnMessageComplete] = () => {
    complete++;
  };
  parser.initialize(kind === 'request' ? HTTPParser.REQUEST : HTTPParser.RESPONSE, {}, 0, 0);
  try {
    const r = parser.execute(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
    if (r instanceof Error) return { ok: false, error: (r as Error & { code?: string }).code ?? r.message, messages: complete, bodyBytes };
    const f = parser.finish();
    if (f instanceof Error) return { ok: false, error: (f as Error & { code?: string }).code ?? f.message, messages: complete, bodyBytes };
    if (begun !== complete || complete === 0) return { ok: false, error: 'incomplete', messages: complete, bodyBytes };
    return { ok: true, messages: complete, bodyBytes };
  } finally {
    parser.close();
  }
}
