// Large responses (a body over `httplens.response.largeBodyLimit` megabytes): what goes to the language server for
// analysis and for request chaining, and what a chained request may no longer find. Pure: no 'vscode' import.

/** Body bytes of a large response sent at most to `httplens/responseInfo` (after the whole head). */
export const INFO_BODY_PREFIX = 64 * 1024;

const MB = 1024 * 1024;

export interface ResponseSizes {
  /** Body bytes after content decoding (what the view and chaining would hold as text). */
  body: number;
  /** Bytes received after the head of the final response (as on the wire: chunk framing, compressed). */
  wireBody: number;
}

/** Whether a response is large: its body, decoded or as received, is over the limit (megabytes). */
export function isLarge(sizes: ResponseSizes, limitMB: number): boolean {
  const limit = limitMB * MB;
  return sizes.body > limit || sizes.wireBody > limit;
}

export interface ResponseInfoPlan {
  /** Where the text sent to `httplens/responseInfo` ends in the received bytes (it starts at the final response). */
  end: number;
  /** Set when that text stops inside the body: the body bytes received after the head. */
  partialBody?: { length: number };
}

/**
 * What of the received bytes `httplens/responseInfo` gets: the whole final response, or for a large one its head and
 * at most `INFO_BODY_PREFIX` bytes of its body, flagged so that the server does not report the cut as a short body.
 * A body the transport cut at its own size limit (`cut`) is flagged too: it is not the whole response either.
 */
export function responseInfoPlan(received: { length: number; start: number; headEnd: number }, large: boolean, cut = false): ResponseInfoPlan {
  const bodyLength = Math.max(0, received.length - received.headEnd);
  const end = large ? Math.min(received.length, received.headEnd + INFO_BODY_PREFIX) : received.length;
  return end < received.length || (cut && bodyLength > 0) ? { end, partialBody: { length: bodyLength } } : { end };
}

/** Whether an `.http` text refers to the body of the named request's response: `{{name.response.body...}}`. */
export function refersToBody(text: string, name: string): boolean {
  if (!text.includes(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\{\\{\\s*${escaped}\\.response\\.body\\b`).test(text);
}

/**
 * Whether the body of a named response goes to the language server for chaining: always when it is not large; when it
 * is, only if an open `.http` file refers to it (sending tens of megabytes as JSON-RPC costs seconds).
 */
export function keepsBodyForChaining(large: boolean, name: string, openHttpTexts: readonly string[]): boolean {
  return !large || openHttpTexts.some((t) => refersToBody(t, name));
}

/** The references of a resolved request to a response body that was left out (name -> body bytes). */
export function omittedBodyReferences(values: readonly { expression: string }[], omitted: ReadonlyMap<string, number>): { expression: string; name: string; size: number }[] {
  const out: { expression: string; name: string; size: number }[] = [];
  for (const v of values) {
    const m = /^\s*([^.\s]+)\.response\.body\b/.exec(v.expression);
    const size = m ? omitted.get(m[1] as string) : undefined;
    if (m && size !== undefined) out.push({ expression: v.expression, name: m[1] as string, size });
  }
  return out;
}

/** A size for people (1 KB = 1,024 bytes, as the setting's megabytes): http-file's, which its messages use too. */
export { formatSize } from '@httplens/http-file';

/** The file extension a body of this media type opens or is saved with (the editor picks its language from it). */
export function bodyExtension(type: string): string {
  if (type === 'application/json' || type.endsWith('+json') || type === 'text/json') return '.json';
  if (type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')) return '.xml';
  const known: Record<string, string> = {
    'text/html': '.html',
    'text/css': '.css',
    'text/csv': '.csv',
    'text/javascript': '.js',
    'application/javascript': '.js',
    'application/yaml': '.yaml',
    'text/yaml': '.yaml',
    'application/x-ndjson': '.ndjson',
    'text/markdown': '.md',
    'application/pdf': '.pdf',
    'application/zip': '.zip',
    'application/gzip': '.gz',
    'image/png': '.png',
    'image/jpeg': '.jpg',
    'image/gif': '.gif',
    'image/webp': '.webp',
  };
  return known[type] ?? (type.startsWith('text/') || type === '' ? '.txt' : '');
}
