import { createDiagnostic } from '@httplens/core';
import type { Diagnostic, Locale, MessageArgs, Span } from '@httplens/core';
import type { Dialect, MetadataEntry } from './types.js';

/**
 * A request's own time limits in milliseconds, named as the transport's client options name them
 * (`timeouts: { connect, firstByte, idle, total }`); only the limits the request sets are present, and 0 means none.
 */
export interface RequestTimeouts {
  /** Resolving and connecting (JetBrains `@connection-timeout`). */
  connect?: number;
  /** From the request written to the first byte of the response (JetBrains `@timeout`). */
  firstByte?: number;
  /** Between two bytes of the response (JetBrains `@timeout`). */
  idle?: number;
  /** The whole exchange (httpYac `@timeout`). */
  total?: number;
}

/** A metadata line as `requestTimeouts` reads it: a parsed `MetadataEntry`, or a key and value without spans. */
export type TimeoutMetadata = Pick<MetadataEntry, 'key' | 'value'> & Partial<Pick<MetadataEntry, 'span' | 'keySpan' | 'valueSpan'>>;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000 };

/** `600`, `500 ms`, `30s`, `2 m`, `1.5 m`: seconds unless a unit says otherwise (JetBrains). */
const JETBRAINS_VALUE = /^(\d+(?:\.\d+)?)\s*(ms|s|m)?$/i;
/**
 * `1000` or `1000 ms`: milliseconds. httpYac reads the value with `parseFloat`, which stops at the unit: `500 ms` is
 * 500 ms there too, but `2 s` and `2 m` are 2 ms, so those are not read here.
 */
const HTTPYAC_VALUE = /^(\d+(?:\.\d+)?)\s*(?:ms)?$/i;

/** Milliseconds, rounded up so that a fraction of a millisecond is not 0 (which means no limit). */
function toMs(n: number): number {
  return Math.ceil(n);
}

/**
 * The milliseconds a timeout value stands for in a dialect, or undefined when the dialect cannot read it:
 * JetBrains (and `auto`) seconds by default or with a unit `ms`, `s`, `m`; httpYac a number of milliseconds (`ms` allowed).
 */
export function parseTimeoutValue(value: string, dialect: Dialect | 'auto'): number | undefined {
  const text = value.trim();
  if (dialect === 'httpyac') {
    const m = HTTPYAC_VALUE.exec(text);
    return m ? toMs(Number(m[1])) : undefined;
  }
  const m = JETBRAINS_VALUE.exec(text);
  if (!m) return undefined;
  return toMs(Number(m[1]) * (UNIT_MS[(m[2] ?? 's').toLowerCase()] as number));
}

/** The keys each dialect reads (REST Client has no timeout per request, only a setting). */
function reads(key: string, dialect: Dialect | 'auto'): boolean {
  if (dialect === 'rest-client') return false;
  if (dialect === 'httpyac') return key === 'timeout';
  return key === 'timeout' || key === 'connection-timeout';
}

/** Whether a metadata key is a timeout of one of the tools (`timeout`, `connection-timeout`, in any case). */
export function isTimeoutKey(key: string): boolean {
  // most keys are `name`: the length says no without making a lower-case copy
  if (key.length !== 7 && key.length !== 18) return false;
  const k = key.toLowerCase();
  return k === 'timeout' || k === 'connection-timeout';
}

/**
 * Reads a request's timeout metadata as the file's dialect does, into the transport's time limits in milliseconds:
 *
 * | dialect | `# @timeout v` | `# @connection-timeout v` |
 * |---|---|---|
 * | `httpyac` | `total`: v milliseconds for the whole exchange | not read |
 * | `jetbrains`, `auto` | `firstByte` and `idle`: v seconds (or `500 ms`, `30 s`, `2 m`) of waiting for data | `connect`: the same units |
 * | `rest-client` | not read (REST Client has only a setting) | not read |
 *
 * A later line wins over an earlier one with the same key. A value the dialect cannot read (`@timeout soon`, or
 * `@timeout 2 s` with httpYac, which reads milliseconds only) sets nothing and gives an HTTP1050 warning on the value
 * (on the line when the entry has no spans, span `{0, 0}` without either); a value with `{{...}}` is not read and not
 * reported (no tool substitutes variables there). Pure: no diagnostics are made for the keys a dialect does not read.
 */
export function requestTimeouts(metadata: readonly TimeoutMetadata[], dialect: Dialect | 'auto', locale?: Locale): { timeouts: RequestTimeouts; diagnostics: Diagnostic[] } {
  const timeouts: RequestTimeouts = {};
  const diagnostics: Diagnostic[] = [];
  for (let k = 0; k < metadata.length; k++) {
    const m = metadata[k] as TimeoutMetadata;
    if (!isTimeoutKey(m.key)) continue;
    const key = m.key.toLowerCase();
    if (!reads(key, dialect)) continue;
    const value = m.value ?? '';
    if (value.includes('{{')) continue;
    const ms = parseTimeoutValue(value, dialect);
    if (ms === undefined) {
      const span = m.valueSpan ?? m.span ?? { offset: 0, length: 0 };
      const args: MessageArgs = { tool: dialect === 'httpyac' ? 'httpYac' : 'JetBrains HTTP Client', value: `@${m.key}${value ? ` ${value}` : ''}` };
      diagnostics.push(createDiagnostic('HTTP1050', span, args, locale ? { locale } : {}));
      continue;
    }
    if (dialect === 'httpyac') timeouts.total = ms;
    else if (key === 'connection-timeout') timeouts.connect = ms;
    else {
      timeouts.firstByte = ms;
      timeouts.idle = ms;
    }
  }
  return { timeouts, diagnostics };
}

/**
 * The request's timeout notes and warnings, as the parser adds them at the end of each request: HTTP1050 for a value
 * the dialect cannot read, HTTP5020 (portability) on each timeout line otherwise.
 */
export function checkTimeouts(metadata: readonly MetadataEntry[], dialect: Dialect | 'auto', add: (code: string, span: Span, args?: MessageArgs) => void): void {
  for (let k = 0; k < metadata.length; k++) {
    const m = metadata[k] as MetadataEntry;
    if (!isTimeoutKey(m.key)) continue;
    const { diagnostics } = requestTimeouts([m], dialect);
    const d = diagnostics[0];
    if (d) add(d.code, d.span, d.args);
    else add('HTTP5020', m.span, { key: m.key });
  }
}
