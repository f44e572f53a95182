/**
 * Validators, preconditions, ranges and date-valued fields (RFC 9110 §8.8,
 * §10.2, §13, §14; RFC 8594; RFC 7089).
 */
import type { Problems } from '../grammar/problems.js';
import { contentRange, entityTag, list, rangesSpecifier, type EntityTag } from '../grammar/rfc9110.js';
import { dateField, httpDate, isInteger, tokenList } from './common.js';
import { defineField, type FieldInput } from './define.js';
import type { FieldParserDefinition } from './types.js';

export interface EntityTagValue {
  weak: boolean;
  tag: string;
}

/** Reads an entity-tag at `pos`, reporting an unquoted one (HTTP3300) or a lower-case "w/" (HTTP3301). */
function readEntityTag(text: string, pos: number, end: number, problems: Problems): { tag?: EntityTag; end: number } {
  if (text.charCodeAt(pos) === 0x77 && text.charCodeAt(pos + 1) === 0x2f && text.charCodeAt(pos + 2) === 0x22) {
    problems.add('HTTP3301', pos, 2, { value: 'w/' });
    const t = entityTag(text, pos + 2, end, problems);
    return t ? { tag: { ...t, weak: true, span: { offset: pos, length: t.span.length + 2 } }, end: t.span.offset + t.span.length } : { end: -1 };
  }
  const t = entityTag(text, pos, end, problems);
  if (t) return { tag: t, end: t.span.offset + t.span.length };
  // unquoted: read up to the next "," or whitespace
  let e = pos;
  while (e < end) {
    const c = text.charCodeAt(e);
    if (c === 0x2c || c === 0x20 || c === 0x09) break;
    e++;
  }
  if (e === pos) return { end: pos };
  const raw = text.slice(pos, e);
  const weak = raw.startsWith('W/');
  // `W/ "abc"`: the tag is quoted but stands apart from its prefix; there is no unquoted tag to show
  if (weak && raw.length === 2) {
    problems.expected(text, e, end, 'opaque-tag');
    return { end: -1 };
  }
  problems.add('HTTP3300', pos, e - pos, { value: weak ? raw.slice(2) : raw });
  return { tag: { weak, tag: weak ? raw.slice(2) : raw, span: { offset: pos, length: e - pos } }, end: e };
}

/** ETag = entity-tag */
const etag = defineField<EntityTagValue>(['etag'], ({ text, start, end, problems }) => {
  const r = readEntityTag(text, start, end, problems);
  if (r.end > 0 && r.end < end) problems.expected(text, r.end, end, 'end of value');
  return r.tag ? { weak: r.tag.weak, tag: r.tag.tag } : undefined;
});

/** A date where a tag belongs (or the reverse), for HTTP3304. */
function looksLikeDate(s: string): boolean {
  return /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/.test(s);
}

/**
 * If-Match      = "*" / #entity-tag
 * If-None-Match = "*" / #entity-tag
 */
function tagListField(name: 'if-match' | 'if-none-match'): FieldParserDefinition<'*' | EntityTagValue[]> {
  return defineField([name], (input: FieldInput) => {
    const { text, start, end, problems, context } = input;
    const whole = text.slice(start, end);
    if (whole === '*') return '*';
    if (looksLikeDate(whole)) {
      problems.add('HTTP3304', start, end - start, {
        field: context.name,
        kind: 'a date',
        suggestion: name === 'if-match' ? 'If-Unmodified-Since' : 'If-Modified-Since',
      });
      return undefined;
    }
    const out: EntityTagValue[] = [];
    list(
      text,
      start,
      end,
      problems,
      (pos) => {
        if (text.charCodeAt(pos) === 0x2a) {
          problems.add('HTTP3303', pos, 1);
          return pos + 1;
        }
        const r = readEntityTag(text, pos, end, problems);
        if (!r.tag) return r.end;
        if (name === 'if-match' && r.tag.weak) problems.add('HTTP3302', r.tag.span.offset, r.tag.span.length);
        out.push({ weak: r.tag.weak, tag: r.tag.tag });
        return r.end;
      },
      { element: 'entity-tag', min1: true },
    );
    return out;
  });
}

/** If-Modified-Since / If-Unmodified-Since = HTTP-date */
function dateConditionField(name: string, tagField: string): FieldParserDefinition<{ time: number; date: string }> {
  return defineField([name], (input) => {
    const { text, start, end, problems, context } = input;
    if (text.charCodeAt(start) === 0x22 || text.startsWith('W/"', start)) {
      problems.add('HTTP3304', start, end - start, { field: context.name, kind: 'an entity tag', suggestion: tagField });
      return undefined;
    }
    const t = httpDate(text, start, end, problems);
    return t === undefined ? undefined : { time: t, date: new Date(t).toISOString() };
  });
}

/** If-Range = entity-tag / HTTP-date */
const ifRange = defineField<EntityTagValue | { time: number; date: string }>(['if-range'], ({ text, start, end, problems }) => {
  if (text.charCodeAt(start) === 0x22 || text.startsWith('W/', start) || text.startsWith('w/', start)) {
    const r = readEntityTag(text, start, end, problems);
    if (!r.tag) return undefined;
    if (r.tag.weak) problems.add('HTTP3308', r.tag.span.offset, r.tag.span.length);
    if (r.end < end) problems.expected(text, r.end, end, 'end of value');
    return { weak: r.tag.weak, tag: r.tag.tag };
  }
  const t = httpDate(text, start, end, problems);
  return t === undefined ? undefined : { time: t, date: new Date(t).toISOString() };
});

/** Retry-After = HTTP-date / delay-seconds */
const retryAfter = defineField<{ seconds: number } | { time: number; date: string }>(['retry-after'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  if (isInteger(v, true)) {
    if (v.startsWith('-')) {
      problems.add('HTTP3307', start, end - start, { value: v });
      return undefined;
    }
    return { seconds: Number(v) };
  }
  if (/^-?\d+\.\d*$/.test(v)) {
    problems.add('HTTP2019', start, end - start, { value: v });
    return undefined;
  }
  if (v.charCodeAt(0) >= 0x30 && v.charCodeAt(0) <= 0x39 && !/^\d{4}-/.test(v)) {
    problems.add('HTTP2019', start, end - start, { value: v });
    return undefined;
  }
  const t = httpDate(text, start, end, problems);
  return t === undefined ? undefined : { time: t, date: new Date(t).toISOString() };
});

export interface RangeValue {
  unit: string;
  ranges: ({ first: number; last?: number } | { suffix: number } | { other: string })[];
}

/** Range = ranges-specifier */
const range = defineField<RangeValue>(['range'], ({ text, start, end, problems }) => {
  const r = rangesSpecifier(text, start, end, problems);
  if (!r) return undefined;
  if (r.unit !== 'bytes') problems.add('HTTP3311', r.unitSpan.offset, r.unitSpan.length, { unit: r.unit });
  const ranges: RangeValue['ranges'] = [];
  for (const spec of r.ranges) {
    if (spec.kind === 'int') {
      if (spec.last !== undefined && spec.last < spec.first) problems.add('HTTP3310', spec.span.offset, spec.span.length, { value: text.slice(spec.span.offset, spec.span.offset + spec.span.length) });
      ranges.push(spec.last === undefined ? { first: spec.first } : { first: spec.first, last: spec.last });
    } else if (spec.kind === 'suffix') ranges.push({ suffix: spec.length });
    else ranges.push({ other: spec.text });
  }
  return { unit: r.unit, ranges };
});

export interface ContentRangeValue {
  unit: string;
  first?: number;
  last?: number;
  completeLength?: number;
}

/** Content-Range = range-unit SP ( range-resp / unsatisfied-range ) */
const contentRangeField = defineField<ContentRangeValue>(['content-range'], ({ text, start, end, problems }) => {
  const r = contentRange(text, start, end, problems);
  if (!r) return undefined;
  if (r.unit !== 'bytes') problems.add('HTTP3311', r.unitSpan.offset, r.unitSpan.length, { unit: r.unit });
  if (r.first !== undefined && r.last !== undefined && r.rangeSpan) {
    if (r.last < r.first) problems.add('HTTP3310', r.rangeSpan.offset, r.rangeSpan.length, { value: `${r.first}-${r.last}` });
    else if (r.completeLength !== undefined && r.last >= r.completeLength) {
      problems.add('HTTP3312', r.rangeSpan.offset, r.rangeSpan.length, { last: r.last, length: r.completeLength });
    }
  }
  const v: ContentRangeValue = { unit: r.unit };
  if (r.first !== undefined) v.first = r.first;
  if (r.last !== undefined) v.last = r.last;
  if (r.completeLength !== undefined) v.completeLength = r.completeLength;
  return v;
});

/** Accept-Ranges = acceptable-ranges ; acceptable-ranges = 1#range-unit */
const acceptRanges = defineField<string[]>(['accept-ranges'], (input) => {
  const items = tokenList(input, 'range-unit');
  const none = items.find((i) => i.value.toLowerCase() === 'none');
  if (none && items.length > 1) input.problems.add('HTTP3313', none.span.offset, none.span.length);
  for (const i of items) {
    const v = i.value.toLowerCase();
    if (v !== 'bytes' && v !== 'none') input.problems.add('HTTP3311', i.span.offset, i.span.length, { unit: i.value });
  }
  return items.map((i) => i.value.toLowerCase());
});

export const conditionalFields: readonly FieldParserDefinition[] = [
  etag,
  tagListField('if-match'),
  tagListField('if-none-match'),
  dateConditionField('if-modified-since', 'If-None-Match'),
  dateConditionField('if-unmodified-since', 'If-Match'),
  ifRange,
  dateField(['last-modified']),
  dateField(['date']),
  retryAfter,
  dateField(['sunset']),
  dateField(['memento-datetime']),
  dateField(['accept-datetime']),
  range,
  contentRangeField,
  acceptRanges,
];
