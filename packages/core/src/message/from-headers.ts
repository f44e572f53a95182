import { createDiagnostic } from '../diagnostics.js';
import type { Locale } from '../types.js';
import { parseMessage } from './parse.js';
import type { HttpMessage } from './types.js';

/** What `Headers` (fetch, undici) offers; `getSetCookie` keeps Set-Cookie lines apart. */
export interface HeadersLike {
  forEach(callback: (value: string, name: string) => void): void;
  getSetCookie?(): string[];
}

export interface MessageFromHeadersInput {
  /** For a request (default `GET` when neither `status` nor `method` is given). */
  method?: string;
  /** Request target, default `/`. */
  target?: string;
  /** For a response. */
  status?: number;
  /** Reason phrase of a response (default empty). */
  reason?: string;
  headers: HeadersLike | Readonly<Record<string, string | readonly string[]>> | readonly (readonly [string, string])[];
  locale?: Locale;
}

function isHeadersLike(h: unknown): h is HeadersLike {
  return typeof h === 'object' && h !== null && typeof (h as HeadersLike).forEach === 'function' && !Array.isArray(h);
}

/** The header lines of any of the accepted shapes, in order. */
function entries(headers: MessageFromHeadersInput['headers']): [string, string][] {
  const out: [string, string][] = [];
  if (Array.isArray(headers)) {
    for (const pair of headers as readonly (readonly [string, string])[]) out.push([String(pair[0]), String(pair[1])]);
  } else if (isHeadersLike(headers)) {
    const cookies = typeof headers.getSetCookie === 'function' ? headers.getSetCookie() : undefined;
    headers.forEach((value, name) => {
      if (cookies && name.toLowerCase() === 'set-cookie') return;
      out.push([name, value]);
    });
    if (cookies) for (const c of cookies) out.push(['set-cookie', c]);
  } else {
    for (const [name, value] of Object.entries(headers as Record<string, string | readonly string[]>)) {
      if (Array.isArray(value)) for (const v of value as readonly string[]) out.push([name, String(v)]);
      else out.push([name, String(value)]);
    }
  }
  return out;
}

// CR, LF and NUL would end a field line early or be dropped by recipients.
const LINE_BREAK = /[\0\n\r]/g;

/**
 * Builds an `HttpMessage` from header objects (for callers that hold a `Headers`, a record
 * or a list of pairs rather than bytes). The message is serialised to a canonical HTTP/1.1
 * text (`message.source`) and parsed, so every span points into that text. A value with
 * CR, LF or NUL has them replaced by SP and gets HTTP0151. No body.
 */
export function messageFromHeaders(input: MessageFromHeadersInput): HttpMessage {
  const response = input.status !== undefined;
  const lines: string[] = [];
  if (response) {
    const reason = (input.reason ?? '').replace(LINE_BREAK, ' ');
    lines.push(`HTTP/1.1 ${String(input.status)} ${reason}`);
  } else {
    const method = (input.method ?? 'GET').replace(LINE_BREAK, ' ');
    const target = (input.target ?? '/').replace(LINE_BREAK, ' ');
    lines.push(`${method} ${target} HTTP/1.1`);
  }
  const replaced: number[] = [];
  const list = entries(input.headers);
  list.forEach(([name, value], index) => {
    const cleanName = name.replace(LINE_BREAK, ' ');
    const cleanValue = value.replace(LINE_BREAK, ' ').trim();
    if (cleanName !== name || cleanValue !== value.trim()) replaced.push(index);
    lines.push(`${cleanName}: ${cleanValue}`);
  });
  const source = `${lines.join('\r\n')}\r\n\r\n`;
  const message = parseMessage(source, {
    expect: response ? 'response' : 'request',
    requireHost: false,
    ...(input.locale ? { locale: input.locale } : {}),
  });
  for (const index of replaced) {
    const field = message.fields[index];
    if (!field) continue;
    message.diagnostics.push(createDiagnostic('HTTP0151', field.valueSpan, { name: field.name }, { locale: input.locale ?? 'en' }));
  }
  return message;
}
