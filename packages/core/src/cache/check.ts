import { createDiagnostic } from '../diagnostics.js';
import type { HttpMessage } from '../message/types.js';
import type { Diagnostic, Locale } from '../types.js';
import { scanDirectives, type CacheDirective } from './parse.js';
import { humanizeDuration } from './text.js';
import { isNamed } from '../message/chars.js';
import { parseHttpDate } from '../grammar/http-date.js';
import { indexFields, segmentsOf } from './policy.js';

/**
 * Caching checks that need more than one field of a message (the per-field checks
 * are made by the field parsers of Cache-Control, Expires, Pragma, Age, Warning,
 * CDN-Cache-Control and Surrogate-Control):
 * - HTTP3120 Expires beside max-age or s-maxage (RFC 9111 §5.3);
 * - HTTP3114 immutable without a freshness lifetime (RFC 8246 §2);
 * - HTTP3115 must-revalidate without freshness information (RFC 9111 §5.2.2.2);
 * - HTTP3125 a request with Pragma: no-cache and no Cache-Control (RFC 9111 §5.4);
 * - HTTP3129 Set-Cookie in a response that shared caches may reuse (RFC 9111 §7.3).
 * Spans are those of the message's field lines.
 */
export function checkCaching(message: HttpMessage, options: { locale?: Locale } = {}): Diagnostic[] {
  const locale = options.locale ?? 'en';
  const out: Diagnostic[] = [];
  if (message.kind === 'request') {
    // A request needs only two names: a scan of its few field lines, no index.
    const fields = message.fields;
    let pragma = false;
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      if (!f || typeof f.name !== 'string') continue;
      if (isNamed(f.name, 'cache-control')) return out;
      if (isNamed(f.name, 'pragma')) pragma = true;
    }
    if (!pragma) return out;
    for (let i = 0; i < fields.length; i++) {
      const line = fields[i];
      if (!line || typeof line.name !== 'string' || !isNamed(line.name, 'pragma')) continue;
      if (line.value.split(',').some((p) => p.trim().toLowerCase() === 'no-cache')) {
        out.push(createDiagnostic('HTTP3125', line.valueSpan, {}, { locale }));
      }
    }
    return out;
  }
  const index = indexFields(message.fields);
  const directives = scanDirectives(segmentsOf(index, 'cache-control'), 'response', undefined);
  const first = new Map<string, (typeof directives)[number]>();
  for (const d of directives) if (!first.has(d.name)) first.set(d.name, d);
  const expires = index.get('expires');
  const maxAge = first.get('max-age') ?? first.get('s-maxage');
  if (expires && maxAge) {
    const which = first.has('max-age') ? 'max-age' : 's-maxage';
    // An Expires that is not an HTTP-date (`Expires: -1`, as Google sends beside max-age=0) is
    // reported by its own parser (HTTP3118, HTTP3119) on the same span: once is enough.
    for (const line of expires) {
      if (parseHttpDate(line.value).ok) out.push(createDiagnostic('HTTP3120', line.valueSpan, { directive: which }, { locale }));
    }
  }
  if (!first.has('no-store')) {
    const lifetime = first.has('max-age') || first.has('s-maxage') || expires !== undefined;
    const immutable = first.get('immutable');
    if (immutable && !lifetime) out.push(createDiagnostic('HTTP3114', immutable.span, {}, { locale }));
    const mustRevalidate = first.get('must-revalidate');
    if (mustRevalidate && !lifetime && !first.has('no-cache')) out.push(createDiagnostic('HTTP3115', mustRevalidate.span, {}, { locale }));
  }
  const cookies = index.get('set-cookie');
  const cookie = cookies?.[0];
  if (cookie && !first.has('no-store') && !keepsCookieOut(first.get('private')) && !keepsCookieOut(first.get('no-cache'))) {
    const shared = sharedLifetime(first, index);
    if (shared) out.push(createDiagnostic('HTTP3129', cookie.nameSpan, { duration: humanizeDuration(shared.seconds, locale), directive: shared.directive }, { locale }));
  }
  return out;
}

/**
 * Whether `private` or `no-cache` keeps Set-Cookie out of what shared caches reuse: the plain directive, or its field
 * list when the list names Set-Cookie (RFC 9111 §5.2.2.4, §5.2.2.7).
 */
function keepsCookieOut(directive: CacheDirective | undefined): boolean {
  if (!directive) return false;
  return !directive.fields || directive.fields.length === 0 || directive.fields.includes('set-cookie');
}

/**
 * The freshness lifetime a shared cache gives a response, when it has one that is positive and explicit: s-maxage,
 * else max-age, else Expires after Date (RFC 9111 §4.2.1). Heuristic lifetimes are left out.
 */
function sharedLifetime(first: ReadonlyMap<string, CacheDirective>, index: ReturnType<typeof indexFields>): { seconds: number; directive: string } | undefined {
  const directive = first.get('s-maxage') ?? first.get('max-age');
  if (directive) return directive.seconds !== undefined && directive.seconds > 0 ? { seconds: directive.seconds, directive: `${directive.name}=${directive.seconds}` } : undefined;
  const expires = index.get('expires');
  const date = index.get('date');
  if (expires?.length !== 1 || date?.length !== 1) return undefined;
  const e = parseHttpDate(expires[0]?.value ?? '');
  const d = parseHttpDate(date[0]?.value ?? '');
  if (!e.ok || !d.ok || e.time <= d.time) return undefined;
  return { seconds: Math.floor((e.time - d.time) / 1000), directive: 'Expires' };
}
