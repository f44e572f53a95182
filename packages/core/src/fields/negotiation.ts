/**
 * Proactive negotiation of media types (RFC 9110 §12.5.1): which of the
 * available types a client prefers, given its Accept field.
 */
import { Problems } from '../grammar/problems.js';
import { mediaType, ows, trimEnd } from '../grammar/rfc9110.js';
import { getFieldParser } from './lookup.js';
import type { MediaRangeValue } from './content.js';

interface Priority {
  /** Index of the available type. */
  i: number;
  /** Index of the matching Accept element (-1 when none). */
  o: number;
  q: number;
  /** Specificity: 4 type, 2 subtype, 1 parameters. */
  s: number;
}

function acceptRanges(accept: string): MediaRangeValue[] {
  const parser = getFieldParser('accept');
  const r = parser?.parse(accept, { name: 'Accept', locale: 'en' });
  return (r?.value as MediaRangeValue[] | undefined) ?? [];
}

function splitType(t: string): { type: string; subtype: string; params: Record<string, string> } | undefined {
  const start = ows(t, 0, t.length);
  const mt = mediaType(t, start, trimEnd(t, start, t.length), new Problems());
  if (!mt) return undefined;
  const params: Record<string, string> = {};
  for (const p of mt.params) if (!Object.hasOwn(params, p.name)) params[p.name] = p.value;
  return { type: mt.type, subtype: mt.subtype, params };
}

function specify(available: { type: string; subtype: string; params: Record<string, string> }, range: MediaRangeValue, o: number, i: number): Priority | undefined {
  let s = 0;
  if (range.type === available.type) s |= 4;
  else if (range.type !== '*') return undefined;
  if (range.subtype === available.subtype) s |= 2;
  else if (range.subtype !== '*') return undefined;
  const keys = Object.keys(range.parameters);
  if (keys.length > 0) {
    const all = keys.every((k) => range.parameters[k] === '*' || (range.parameters[k] ?? '').toLowerCase() === (available.params[k] ?? '').toLowerCase());
    if (!all) return undefined;
    s |= 1;
  }
  return { i, o, q: range.q, s };
}

function compare(a: Priority, b: Priority): number {
  return b.q - a.q || b.s - a.s || a.o - b.o || a.i - b.i;
}

/**
 * The media types a client accepts, most preferred first.
 *
 * - Without `available`: the types named in Accept with a weight above 0, by
 *   weight, then by their order in the field.
 * - With `available`: those of `available` that Accept allows (weight above 0),
 *   ranked by the weight of the most specific matching range, then by
 *   specificity, then by the order of the range and of `available`.
 *
 * A missing Accept means any type (`*&#47;*`).
 */
export function preferredMediaTypes(accept: string | undefined, available?: readonly string[]): string[] {
  const ranges = acceptRanges(accept ?? '*/*');
  if (!available) {
    return ranges
      .map((r, o) => ({ r, o }))
      .filter((x) => x.r.q > 0)
      .sort((a, b) => b.r.q - a.r.q || a.o - b.o)
      .map((x) => `${x.r.type}/${x.r.subtype}`);
  }
  const priorities: Priority[] = [];
  available.forEach((t, i) => {
    const parsed = splitType(t);
    let best: Priority = { i, o: -1, q: 0, s: 0 };
    if (parsed) {
      ranges.forEach((range, o) => {
        const p = specify(parsed, range, o, i);
        if (p && (best.s - p.s || best.q - p.q || best.o - p.o) < 0) best = p;
      });
    }
    priorities.push(best);
  });
  return priorities
    .filter((p) => p.q > 0)
    .sort(compare)
    .map((p) => available[p.i] as string);
}
