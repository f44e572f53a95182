import { parseStructuredField } from '../sf/parse.js';
import type { FieldLine } from '../message/types.js';
import type { CacheDirective, Segment } from './parse.js';
import { DELTA_CAP, scanDirectives } from './parse.js';
import { getDirectiveSpec } from './directives.js';

/** The header fields of a message that caching looks at, by lower-case name, in order. */
export type FieldIndex = Map<string, FieldLine[]>;

export function indexFields(fields: readonly FieldLine[] | undefined): FieldIndex {
  const map: FieldIndex = new Map();
  if (!fields) return map;
  for (const f of fields) {
    if (!f || typeof f.name !== 'string') continue;
    const name = f.name.toLowerCase();
    const list = map.get(name);
    if (list) list.push(f);
    else map.set(name, [f]);
  }
  return map;
}

export function fieldValue(index: FieldIndex, name: string): string | undefined {
  const lines = index.get(name);
  if (!lines || lines.length === 0) return undefined;
  if (lines.length === 1) return String((lines[0] as FieldLine).value ?? '');
  return lines.map((l) => String(l.value ?? '')).join(', ');
}

export function firstValue(index: FieldIndex, name: string): string | undefined {
  const lines = index.get(name);
  if (!lines || lines.length === 0) return undefined;
  return String((lines[0] as FieldLine).value ?? '');
}

export function segmentsOf(index: FieldIndex, name: string): Segment[] {
  const lines = index.get(name);
  if (!lines) return [];
  return lines.map((l) => ({ value: String(l.value ?? ''), offset: l.valueSpan?.offset ?? 0 }));
}

/**
 * The response directives that caching acts on, first occurrence winning.
 * A number is valid delta-seconds; `null` means present but invalid.
 */
export interface ResponsePolicy {
  maxAge?: number | null;
  sMaxage?: number | null;
  /** `true` for unqualified no-cache; the field names for `no-cache="..."`. */
  noCache?: true | string[];
  noStore: boolean;
  mustRevalidate: boolean;
  proxyRevalidate: boolean;
  public: boolean;
  private?: true | string[];
  mustUnderstand: boolean;
  immutable: boolean;
  staleWhileRevalidate?: number | null;
  staleIfError?: number | null;
  /** The directives it was read from, in order (for `writtenOf`). */
  directives: readonly CacheDirective[];
}

export interface RequestPolicy {
  maxAge?: number | null;
  /** `true` for max-stale without a value. */
  maxStale?: number | true | null;
  minFresh?: number | null;
  noCache: boolean;
  noStore: boolean;
  onlyIfCached: boolean;
  staleIfError?: number | null;
  /** The no-cache came from `Pragma: no-cache` (no Cache-Control in the request). */
  pragma: boolean;
}

function writtenForm(d: CacheDirective): string {
  if (d.value === undefined) return d.name;
  return d.quoted ? `${d.name}="${d.value}"` : `${d.name}=${d.value}`;
}

function seconds(d: CacheDirective): number | null {
  return d.seconds === undefined ? null : d.seconds;
}

export function responsePolicyFrom(directives: readonly CacheDirective[]): ResponsePolicy {
  // every property present from the start: one hidden class for every policy
  const p: ResponsePolicy = {
    maxAge: undefined,
    sMaxage: undefined,
    noCache: undefined,
    noStore: false,
    mustRevalidate: false,
    proxyRevalidate: false,
    public: false,
    private: undefined,
    mustUnderstand: false,
    immutable: false,
    staleWhileRevalidate: undefined,
    staleIfError: undefined,
    directives,
  };
  // The first occurrence of each directive wins: a property is set only while it is
  // still undefined (a flag set twice stays set), so no set of seen names is needed.
  for (const d of directives) {
    switch (d.name) {
      case 'max-age':
        if (p.maxAge === undefined) p.maxAge = seconds(d);
        break;
      case 's-maxage':
        if (p.sMaxage === undefined) p.sMaxage = seconds(d);
        break;
      case 'no-cache':
        p.noCache ??= d.fields && d.fields.length > 0 ? d.fields : true;
        break;
      case 'no-store':
        p.noStore = true;
        break;
      case 'must-revalidate':
        p.mustRevalidate = true;
        break;
      case 'proxy-revalidate':
        p.proxyRevalidate = true;
        break;
      case 'public':
        p.public = true;
        break;
      case 'private':
        p.private ??= d.fields && d.fields.length > 0 ? d.fields : true;
        break;
      case 'must-understand':
        p.mustUnderstand = true;
        break;
      case 'immutable':
        p.immutable = true;
        break;
      case 'stale-while-revalidate':
        if (p.staleWhileRevalidate === undefined) p.staleWhileRevalidate = seconds(d);
        break;
      case 'stale-if-error':
        if (p.staleIfError === undefined) p.staleIfError = seconds(d);
        break;
      default:
        break;
    }
  }
  return p;
}

/** How a directive was written (its first occurrence), for the explanations; the name itself when absent. */
export function writtenOf(p: ResponsePolicy, name: string): string {
  for (const d of p.directives) if (d.name === name) return writtenForm(d);
  return name;
}

export function requestPolicy(index: FieldIndex): RequestPolicy {
  const p: RequestPolicy = { noCache: false, noStore: false, onlyIfCached: false, pragma: false };
  const cc = index.get('cache-control');
  if (cc && cc.length > 0) {
    const seen = new Set<string>();
    for (const d of scanDirectives(segmentsOf(index, 'cache-control'), 'request', undefined)) {
      if (seen.has(d.name)) continue;
      seen.add(d.name);
      switch (d.name) {
        case 'max-age':
          p.maxAge = seconds(d);
          break;
        case 'max-stale':
          p.maxStale = d.value === undefined ? true : seconds(d);
          break;
        case 'min-fresh':
          p.minFresh = seconds(d);
          break;
        case 'no-cache':
          p.noCache = true;
          break;
        case 'no-store':
          p.noStore = true;
          break;
        case 'only-if-cached':
          p.onlyIfCached = true;
          break;
        case 'stale-if-error':
          p.staleIfError = seconds(d);
          break;
        default:
          break;
      }
    }
  } else {
    // RFC 9111 §5.4: Pragma: no-cache in a request without Cache-Control means no-cache.
    const pragma = fieldValue(index, 'pragma');
    if (pragma !== undefined && hasNoCachePragma(pragma)) {
      p.noCache = true;
      p.pragma = true;
    }
  }
  return p;
}

/** Whether a Pragma value lists `no-cache` (case-insensitive). */
export function hasNoCachePragma(value: string): boolean {
  for (const part of value.split(',')) {
    if (part.trim().toLowerCase() === 'no-cache') return true;
  }
  return false;
}

/**
 * A targeted cache-control field (RFC 9213 §2.1): a Structured Fields Dictionary whose
 * members are cache directives. Returns `undefined` when the field does not parse
 * (then it is ignored whole) or is empty.
 */
export function targetedPolicy(index: FieldIndex, name: string): ResponsePolicy | undefined {
  const value = fieldValue(index, name);
  if (value === undefined) return undefined;
  const parsed = parseStructuredField(value, 'dictionary');
  if (!parsed.ok || parsed.value.size === 0) return undefined;
  const directives: CacheDirective[] = [];
  const span = { offset: 0, length: 0 };
  for (const [key, member] of parsed.value) {
    if (!('value' in member)) continue; // an Inner List is not a directive value
    const item = member.value;
    const d: CacheDirective = { name: key, span, nameSpan: span };
    const kind = getDirectiveSpec(key)?.response;
    // A member whose value has the wrong type for its directive is ignored.
    if (kind === 'delta' && item.type !== 'integer') continue;
    if (kind === 'none' && item.type !== 'boolean') continue;
    if (item.type === 'boolean') {
      if (!item.value) continue;
    } else if (item.type === 'integer') {
      d.value = String(item.value);
      if (item.value < 0) continue;
      d.seconds = Math.min(item.value, DELTA_CAP);
    } else if (item.type === 'string' || item.type === 'token') {
      d.value = item.value;
      d.quoted = item.type === 'string';
      if (key === 'private' || key === 'no-cache') {
        d.fields = item.value
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter((s) => s.length > 0);
      }
    } else continue;
    directives.push(d);
  }
  return responsePolicyFrom(directives);
}
