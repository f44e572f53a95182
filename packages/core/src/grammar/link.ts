/**
 * Web Linking (RFC 8288 §3): the Link header field.
 */
import type { Span } from '../types.js';
import { indexOfChar } from './core.js';
import type { Problems } from './problems.js';
import { list, parameters, type Parameter } from './rfc9110.js';
import { uriReference, type UriReference } from './uri.js';

export interface LinkValue {
  /** The target as written between "<" and ">". */
  target: string;
  targetSpan: Span;
  uri?: UriReference;
  params: Parameter[];
  span: Span;
}

/**
 * Link       = #link-value
 * link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )
 * link-param = token BWS [ "=" BWS ( token / quoted-string ) ]
 *
 * The target may contain "," (it is delimited by "<" and ">"), so the list is
 * read element by element, not split first.
 */
export function linkValues(text: string, start: number, end: number, problems: Problems): LinkValue[] {
  const out: LinkValue[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      if (text.charCodeAt(pos) !== 0x3c) {
        problems.expected(text, pos, end, '"<" URI-Reference ">"');
        return -1;
      }
      const close = indexOfChar(text, 0x3e, pos + 1, end);
      if (close < 0) {
        problems.expected(text, end, end, '">"');
        return end;
      }
      const target = text.slice(pos + 1, close);
      const targetSpan = { offset: pos + 1, length: close - pos - 1 };
      const u = uriReference(text, pos + 1, close, problems);
      const { params, end: e } = parameters(text, close + 1, end, problems, { bws: true, valueOptional: true });
      const value: LinkValue = { target, targetSpan, params, span: { offset: pos, length: e - pos } };
      if (u) value.uri = u;
      out.push(value);
      return e;
    },
    { element: 'link-value' },
  );
  return out;
}
