/**
 * HTTP Strict Transport Security (RFC 6797 §6.1).
 */
import type { Span } from '../types.js';
import type { Problems } from './problems.js';
import { ows, quotedString, skipParameter, token } from './rfc9110.js';

export interface StsDirective {
  /** Lower-case directive name. */
  name: string;
  value?: string;
  span: Span;
  nameSpan: Span;
  valueSpan?: Span;
}

/**
 * Strict-Transport-Security = "Strict-Transport-Security" ":" [ directive ] *( ";" [ directive ] )
 * directive       = directive-name [ "=" directive-value ]
 * directive-name  = token
 * directive-value = token / quoted-string
 *
 * (LWS is allowed between the tokens, as in RFC 2616's implied *LWS rule.)
 */
export function stsDirectives(text: string, start: number, end: number, problems: Problems): StsDirective[] {
  const out: StsDirective[] = [];
  let pos = ows(text, start, end);
  while (pos < end) {
    if (text.charCodeAt(pos) === 0x3b) {
      pos = ows(text, pos + 1, end);
      continue;
    }
    const nameEnd = token(text, pos, end);
    if (nameEnd === pos) {
      problems.expected(text, pos, end, 'directive-name');
      pos = skipParameter(text, pos + 1, end);
      continue;
    }
    const d: StsDirective = {
      name: text.slice(pos, nameEnd).toLowerCase(),
      span: { offset: pos, length: nameEnd - pos },
      nameSpan: { offset: pos, length: nameEnd - pos },
    };
    let i = ows(text, nameEnd, end);
    if (i < end && text.charCodeAt(i) === 0x3d) {
      const v = ows(text, i + 1, end);
      const qs = quotedString(text, v, end, problems);
      if (qs) {
        d.value = qs.value;
        d.valueSpan = qs.span;
        i = qs.span.offset + qs.span.length;
      } else {
        const vEnd = token(text, v, end);
        if (vEnd === v) problems.expected(text, v, end, 'directive-value');
        d.value = text.slice(v, vEnd);
        d.valueSpan = { offset: v, length: vEnd - v };
        i = vEnd;
      }
      d.span = { offset: pos, length: i - pos };
    } else i = nameEnd;
    out.push(d);
    pos = ows(text, i, end);
    if (pos < end && text.charCodeAt(pos) !== 0x3b) {
      problems.expected(text, pos, end, '";"');
      pos = skipParameter(text, pos, end);
      if (pos < end && text.charCodeAt(pos) === 0x2c) pos = ows(text, pos + 1, end);
    }
  }
  return out;
}
