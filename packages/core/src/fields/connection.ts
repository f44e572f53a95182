/**
 * Connection management, routing and intermediaries (RFC 9110 §7, §10.1;
 * RFC 9112 §6-7, §9; RFC 7239; RFC 7838; RFC 8470; RFC 6455; RFC 7540).
 */
import { indexOfChar } from '../grammar/core.js';
import { forwardedElements, forwardedNode } from '../grammar/forwarded.js';
import type { Problems } from '../grammar/problems.js';
import { getField } from '../registry/index.js';
import { list, nonNegativeInteger, ows, parameters, quotedString, token, via, type Parameter } from '../grammar/rfc9110.js';
import { hostAndPort, isIPv4address, isIPv6address, scheme } from '../grammar/uri.js';
import type { Span } from '../types.js';
import { tokenList, weightOf } from './common.js';
import type { WeightedToken } from './content.js';
import { base64Length, defineField, type FieldInput } from './define.js';
import type { FieldParserDefinition } from './types.js';

const END_TO_END = [
  'host', 'content-length', 'content-type', 'content-encoding', 'authorization', 'cookie', 'set-cookie', 'x-forwarded-for', 'forwarded',
  'origin', 'cache-control', 'date', 'range', 'x-real-ip',
];

/** Connection = #connection-option ; connection-option = token */
const connection = defineField<string[]>(['connection'], (input) => {
  const items = tokenList(input, 'connection-option');
  const lower = items.map((i) => i.value.toLowerCase());
  for (const item of items) {
    const v = item.value.toLowerCase();
    if (END_TO_END.includes(v)) input.problems.add('HTTP3700', item.span.offset, item.span.length, { name: item.value });
  }
  if (lower.includes('close')) {
    const ka = items.find((i) => i.value.toLowerCase() === 'keep-alive');
    if (ka) input.problems.add('HTTP3701', ka.span.offset, ka.span.length);
  }
  return lower;
});

/** Keep-Alive = #( token [ "=" ( token / quoted-string ) ] )  (RFC 2068 §19.7.1.1) */
const keepAlive = defineField<Record<string, string>>(['keep-alive'], ({ text, start, end, problems }) => {
  const out: Record<string, string> = {};
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const ne = token(text, pos, end);
      if (ne === pos) return pos;
      const name = text.slice(pos, ne).toLowerCase();
      let e = ne;
      let value = '';
      let vs: Span = { offset: pos, length: ne - pos };
      const eq = ows(text, ne, end);
      if (text.charCodeAt(eq) === 0x3d && eq < end) {
        const v = ows(text, eq + 1, end);
        const qs = quotedString(text, v, end, problems);
        if (qs) {
          value = qs.value;
          vs = qs.span;
          e = qs.span.offset + qs.span.length;
        } else {
          const ve = token(text, v, end);
          value = text.slice(v, ve);
          vs = { offset: v, length: ve - v };
          e = ve;
        }
      }
      if ((name === 'timeout' || name === 'max') && !/^\d+$/.test(value)) problems.add('HTTP3702', vs.offset, vs.length, { name });
      out[name] = value;
      return e;
    },
    { element: 'keep-alive parameter', min1: true },
  );
  return out;
});

const TRANSFER_CODINGS = ['chunked', 'compress', 'deflate', 'gzip', 'x-compress', 'x-gzip'];

interface Coding {
  name: string;
  params: Parameter[];
  span: Span;
}

/** transfer-coding = token *( OWS ";" OWS transfer-parameter ) */
function codings(input: FieldInput, element: string, options: { min1?: boolean; valueOptional?: boolean } = {}): Coding[] {
  const { text, start, end, problems } = input;
  const out: Coding[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const e = token(text, pos, end);
      if (e === pos) return pos;
      const { params, end: pe } = parameters(text, e, end, problems, { bws: true, valueOptional: options.valueOptional ?? false });
      out.push({ name: text.slice(pos, e).toLowerCase(), params, span: { offset: pos, length: e - pos } });
      return pe;
    },
    { element, min1: options.min1 ?? true },
  );
  return out;
}

/** Transfer-Encoding = #transfer-coding */
const transferEncoding = defineField<string[]>(['transfer-encoding'], (input) => {
  const { problems, context } = input;
  const cs = codings(input, 'transfer-coding');
  let chunkedSeen = false;
  for (const c of cs) {
    if (c.name === 'identity') problems.add('HTTP3703', c.span.offset, c.span.length);
    else if (!TRANSFER_CODINGS.includes(c.name)) problems.add('HTTP0104', c.span.offset, c.span.length, { coding: c.name });
    if (c.name === 'chunked') {
      if (chunkedSeen) problems.add('HTTP0103', c.span.offset, c.span.length);
      chunkedSeen = true;
    }
  }
  const last = cs[cs.length - 1];
  if (last && last.name !== 'chunked' && context.direction) {
    const value = cs.map((c) => c.name).join(', ');
    problems.add(context.direction === 'request' ? 'HTTP0101' : 'HTTP0102', last.span.offset, last.span.length, { value });
  }
  return cs.map((c) => c.name);
});

/** TE = #t-codings ; t-codings = "trailers" / ( transfer-coding [ weight ] ) */
const te = defineField<WeightedToken[]>(
  ['te'],
  (input) => {
    const out: WeightedToken[] = [];
    for (const c of codings(input, 't-codings', { min1: false })) {
      if (c.name === 'chunked') input.problems.add('HTTP3704', c.span.offset, c.span.length);
      else if (c.name !== 'trailers' && !TRANSFER_CODINGS.includes(c.name)) input.problems.add('HTTP0104', c.span.offset, c.span.length, { coding: c.name });
      out.push({ value: c.name, q: weightOf(c.params, input.problems) });
    }
    return out;
  },
  { allowEmpty: true },
);

const NOT_IN_TRAILERS = [
  'age', 'authorization', 'cache-control', 'content-encoding', 'content-length', 'content-range', 'content-type', 'cookie', 'date',
  'expect', 'expires', 'host', 'location', 'max-forwards', 'pragma', 'proxy-authenticate', 'proxy-authorization', 'range', 'retry-after',
  'set-cookie', 'te', 'trailer', 'transfer-encoding', 'vary', 'warning', 'www-authenticate', 'content-location', 'connection',
];

/** Trailer = #field-name */
const trailer = defineField<string[]>(['trailer'], (input) =>
  tokenList(input, 'field-name').map((item) => {
    const v = item.value.toLowerCase();
    if (NOT_IN_TRAILERS.includes(v) || getField(v)?.trailer === 'forbidden') input.problems.add('HTTP3705', item.span.offset, item.span.length, { name: item.value });
    return v;
  }),
);

/** Upgrade = #protocol ; protocol = protocol-name ["/" protocol-version] */
const upgrade = defineField<{ name: string; version?: string }[]>(['upgrade'], ({ text, start, end, problems }) => {
  const out: { name: string; version?: string }[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const ne = token(text, pos, end);
      if (ne === pos) return pos;
      const p: { name: string; version?: string } = { name: text.slice(pos, ne) };
      let e = ne;
      if (text.charCodeAt(ne) === 0x2f && ne < end) {
        const ve = token(text, ne + 1, end);
        if (ve === ne + 1) {
          problems.expected(text, ne + 1, end, 'protocol-version');
          return -1;
        }
        p.version = text.slice(ne + 1, ve);
        e = ve;
      }
      const whole = text.slice(pos, e).toLowerCase();
      if (whole === 'h2' || whole === 'http/2' || whole === 'http/2.0') problems.add('HTTP3706', pos, e - pos);
      out.push(p);
      return e;
    },
    { element: 'protocol', min1: true },
  );
  return out;
});

/** Via = #( received-protocol RWS received-by [ RWS comment ] ) */
const viaField = defineField<{ protocol: string; receivedBy: string; comment?: string }[]>(['via'], ({ text, start, end, problems }) =>
  via(text, start, end, problems).map((e) => {
    if (!/^\d+(?:\.\d+)?$/.test(e.protocolVersion)) problems.add('HTTP3707', e.span.offset, e.span.length, { value: e.protocolVersion });
    const v: { protocol: string; receivedBy: string; comment?: string } = {
      protocol: e.protocolName ? `${e.protocolName}/${e.protocolVersion}` : e.protocolVersion,
      receivedBy: e.receivedBy,
    };
    if (e.comment !== undefined) v.comment = e.comment;
    return v;
  }),
);

/** Host-like values: uri-host [ ":" port ], reporting a URL (HTTP3709) and a port above 65535 (HTTP3708). */
function hostValue(text: string, start: number, end: number, problems: Problems): { host: string; port?: number } | undefined {
  const s = scheme(text, start, end);
  const slash = indexOfChar(text, 0x2f, start, end);
  if ((s > start && text.startsWith('://', s)) || slash >= 0) {
    problems.add('HTTP3709', start, end - start);
    return undefined;
  }
  const a = hostAndPort(text, start, end, problems);
  if (!a) return undefined;
  const v: { host: string; port?: number } = { host: a.host.toLowerCase() };
  if (a.port !== undefined && a.port !== '') {
    const port = Number(a.port);
    if (port > 65535) problems.add('HTTP3708', end - a.port.length, a.port.length, { port: a.port });
    v.port = port;
  }
  return v;
}

/** Host = uri-host [ ":" port ] */
const host = defineField<{ host: string; port?: number }>(['host'], ({ text, start, end, problems }) => hostValue(text, start, end, problems), { allowEmpty: true });

/** Max-Forwards = 1*DIGIT */
const maxForwards = defineField<number>(['max-forwards'], ({ text, start, end, problems }) => {
  const n = nonNegativeInteger(text, start, end);
  if (!n) {
    problems.add('HTTP2019', start, end - start, { value: text.slice(start, end) });
    return undefined;
  }
  if (n.value > 2147483647) problems.add('HTTP3710', n.span.offset, n.span.length, { max: 2147483647 });
  return n.value;
});

function checkScheme(value: string, span: Span, problems: Problems): void {
  const e = scheme(value, 0, value.length);
  if (e !== value.length || e === 0) problems.add('HTTP3714', span.offset, span.length, { value });
}

/** Forwarded = 1#forwarded-element (RFC 7239 §4) */
const forwarded = defineField<Record<string, string>[]>(['forwarded'], ({ text, start, end, problems }) => {
  const els = forwardedElements(text, start, end, problems, (span) => {
    const raw = text.slice(span.offset, span.offset + span.length);
    if (raw.includes('[') || raw.includes(':')) problems.add('HTTP3711', span.offset, span.length, { value: raw });
    else problems.expected(text, span.offset, span.offset + span.length, 'token or quoted-string');
  });
  return els.map((el) => {
    const out: Record<string, string> = {};
    for (const p of el.pairs) {
      if (p.name in out) problems.add('HTTP3713', p.nameSpan.offset, p.nameSpan.length, { name: p.name });
      else out[p.name] = p.value;
      if (p.name === 'for' || p.name === 'by') {
        if (!p.quoted && (p.value.includes('[') || p.value.includes(':'))) continue;
        if (!forwardedNode(p.value).ok) problems.add('HTTP3712', p.valueSpan.offset, p.valueSpan.length, { value: p.value });
      } else if (p.name === 'proto') checkScheme(p.value, p.valueSpan, problems);
    }
    return out;
  });
});

/** X-Forwarded-For = 1#node, where IPv6 addresses may be bare (de-facto syntax). */
const xForwardedFor = defineField<string[]>(['x-forwarded-for'], ({ text, start, end, problems }) => {
  const out: string[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      let e = pos;
      while (e < end && text.charCodeAt(e) !== 0x2c && text.charCodeAt(e) !== 0x20 && text.charCodeAt(e) !== 0x09) e++;
      const v = text.slice(pos, e);
      let ok = isIPv6address(v) || forwardedNode(v).ok;
      if (!ok) {
        const colon = v.lastIndexOf(':');
        ok = colon > 0 && isIPv4address(v.slice(0, colon)) && /^\d{1,5}$/.test(v.slice(colon + 1));
      }
      if (!ok) problems.add('HTTP3712', pos, e - pos, { value: v });
      out.push(v);
      return e;
    },
    { element: 'node', min1: true },
  );
  return out;
});

/** X-Forwarded-Host = uri-host [ ":" port ] (de-facto) */
const xForwardedHost = defineField<{ host: string; port?: number }>(['x-forwarded-host'], ({ text, start, end, problems }) => hostValue(text, start, end, problems));

/** X-Forwarded-Proto = scheme (de-facto; some proxies append a list) */
const xForwardedProto = defineField<string[]>(['x-forwarded-proto'], (input) =>
  tokenList(input, 'scheme').map((item) => {
    checkScheme(item.value, item.span, input.problems);
    return item.value.toLowerCase();
  }),
);

export interface AltSvcValue {
  protocol: string;
  authority: string;
  maxAge?: number;
  persist?: boolean;
}

/**
 * Alt-Svc       = clear / 1#alt-value   (RFC 7838 §3)
 * alt-value     = alternative *( OWS ";" OWS parameter )
 * alternative   = protocol-id "=" alt-authority
 * alt-authority = quoted-string ; containing [ uri-host ] ":" port
 */
const altSvc = defineField<'clear' | AltSvcValue[]>(['alt-svc'], ({ text, start, end, problems }) => {
  if (text.slice(start, end) === 'clear') return 'clear';
  const out: AltSvcValue[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const pe = token(text, pos, end);
      if (pe === pos) return pos;
      const protocol = text.slice(pos, pe);
      if (protocol === 'clear') {
        problems.add('HTTP3717', pos, pe - pos);
        return pe;
      }
      if (text.charCodeAt(pe) !== 0x3d || pe >= end) {
        problems.expected(text, pe, end, '"=" alt-authority');
        return -1;
      }
      const qs = quotedString(text, pe + 1, end, problems);
      let authority: string;
      let e: number;
      let aspan: Span;
      if (qs) {
        authority = qs.value;
        aspan = qs.span;
        e = qs.span.offset + qs.span.length;
      } else {
        let b = pe + 1;
        while (b < end && text.charCodeAt(b) !== 0x3b && text.charCodeAt(b) !== 0x2c) b++;
        authority = text.slice(pe + 1, b).trim();
        aspan = { offset: pe + 1, length: b - pe - 1 };
        problems.add('HTTP3715', aspan.offset, aspan.length, { value: authority });
        e = b;
      }
      const colon = authority.lastIndexOf(':');
      if (qs && (colon < 0 || !/^\d+$/.test(authority.slice(colon + 1)))) problems.add('HTTP3716', aspan.offset, aspan.length, { value: authority });
      else if (qs && Number(authority.slice(colon + 1)) > 65535) {
        // alt-authority = quoted-string containing uri-host ":" port (RFC 7838 §3): a TCP port
        const port = authority.slice(colon + 1);
        problems.add('HTTP3708', text.lastIndexOf(':', aspan.offset + aspan.length - 1) + 1, port.length, { port });
      }
      const { params, end: after } = parameters(text, e, end, problems);
      const v: AltSvcValue = { protocol, authority };
      for (const p of params) {
        const vs = p.valueSpan ?? p.span;
        if (p.name === 'ma') {
          if (/^\d+$/.test(p.value)) v.maxAge = Number(p.value);
          else problems.add('HTTP2019', vs.offset, vs.length, { value: p.value });
        } else if (p.name === 'persist') v.persist = p.value === '1';
      }
      out.push(v);
      return after;
    },
    { element: 'alt-value', min1: true },
  );
  return out;
});

/** Alt-Used = uri-host [ ":" port ] (RFC 7838 §5) */
const altUsed = defineField<{ host: string; port?: number }>(['alt-used'], ({ text, start, end, problems }) => hostValue(text, start, end, problems));

/** Early-Data = "1" (RFC 8470 §5.1) */
const earlyData = defineField<number>(['early-data'], ({ text, start, end, problems }) => {
  if (text.slice(start, end) !== '1') {
    problems.add('HTTP3718', start, end - start);
    return undefined;
  }
  return 1;
});

/** Expect = #expectation ; expectation = token [ "=" ( token / quoted-string ) parameters ] */
const expect = defineField<string[]>(['expect'], ({ text, start, end, problems }) => {
  const out: string[] = [];
  list(
    text,
    start,
    end,
    problems,
    (pos) => {
      const ne = token(text, pos, end);
      if (ne === pos) return pos;
      let e = ne;
      if (text.charCodeAt(ne) === 0x3d && ne < end) {
        const qs = quotedString(text, ne + 1, end, problems);
        e = qs ? qs.span.offset + qs.span.length : token(text, ne + 1, end);
        e = parameters(text, e, end, problems).end;
      }
      const v = text.slice(pos, e);
      if (v.toLowerCase() !== '100-continue') problems.add('HTTP3719', pos, e - pos, { value: v });
      out.push(v.toLowerCase());
      return e;
    },
    { element: 'expectation', min1: true },
  );
  return out;
});

/** Content-Length = 1*DIGIT ; a list of identical values is tolerated (RFC 9110 §8.6). */
const contentLength = defineField<number>(['content-length'], ({ text, start, end, problems }) => {
  const whole = text.slice(start, end);
  const parts = whole.split(',');
  const values: number[] = [];
  let offset = start;
  for (const part of parts) {
    const s = offset + (part.length - part.trimStart().length);
    const t = part.trim();
    if (!/^\d+$/.test(t)) {
      problems.add('HTTP0110', s, t.length, { value: t });
      return undefined;
    }
    const n = Number(t);
    if (!Number.isSafeInteger(n)) {
      problems.add('HTTP0111', s, t.length, { value: t });
      return undefined;
    }
    values.push(n);
    offset += part.length + 1;
  }
  if (values.length > 1) {
    if (values.every((v) => v === values[0])) problems.add('HTTP0113', start, end - start, { value: values[0] ?? 0 });
    else {
      problems.add('HTTP0112', start, end - start, { values: values.join(', ') });
      return undefined;
    }
  }
  return values[0];
});

/** HTTP2-Settings = token68 (base64url of a SETTINGS payload, no padding) */
const http2Settings = defineField<string>(['http2-settings'], ({ text, start, end, problems }) => {
  const v = text.slice(start, end);
  const n = v.includes('=') ? -1 : base64Length(v, { url: true });
  if (n < 0 || n % 6 !== 0) {
    problems.add('HTTP3720', start, end - start);
    return undefined;
  }
  return v;
});

function base64Field(name: string, bytes: number, code: string): FieldParserDefinition<string> {
  return defineField([name], ({ text, start, end, problems }) => {
    const v = text.slice(start, end);
    if (base64Length(v) !== bytes) {
      problems.add(code, start, end - start);
      return undefined;
    }
    return v;
  });
}

/** Sec-WebSocket-Version = version (request), 1#version (response) */
const wsVersion = defineField<number[]>(['sec-websocket-version'], (input) => {
  const items = tokenList(input, 'version');
  const out: number[] = [];
  for (const item of items) {
    if (!/^\d+$/.test(item.value)) {
      input.problems.add('HTTP2019', item.span.offset, item.span.length, { value: item.value });
      continue;
    }
    out.push(Number(item.value));
  }
  if (input.context.direction !== 'response' && out.length > 0 && !out.includes(13)) {
    input.problems.add('HTTP3723', input.start, input.end - input.start, { value: input.text.slice(input.start, input.end) });
  }
  return out;
});

/** Sec-WebSocket-Protocol = 1#token */
const wsProtocol = defineField<string[]>(['sec-websocket-protocol'], (input) => {
  const seen = new Set<string>();
  return tokenList(input, 'subprotocol').map((item) => {
    if (seen.has(item.value)) input.problems.add('HTTP3731', item.span.offset, item.span.length, { value: item.value });
    seen.add(item.value);
    return item.value;
  });
});

const DEFLATE_PARAMS = ['server_no_context_takeover', 'client_no_context_takeover', 'server_max_window_bits', 'client_max_window_bits'];

/** Sec-WebSocket-Extensions = 1#extension ; extension = token *( ";" extension-param ) */
const wsExtensions = defineField<{ name: string; params: Record<string, string> }[]>(['sec-websocket-extensions'], (input) =>
  codings(input, 'extension', { valueOptional: true }).map((c) => {
    const params: Record<string, string> = {};
    for (const p of c.params) {
      params[p.name] = p.value;
      if (c.name === 'permessage-deflate' && !DEFLATE_PARAMS.includes(p.name)) input.problems.add('HTTP3724', p.nameSpan.offset, p.nameSpan.length, { name: p.name });
    }
    return { name: c.name, params };
  }),
);

export const connectionFields: readonly FieldParserDefinition[] = [
  connection,
  keepAlive,
  transferEncoding,
  te,
  trailer,
  upgrade,
  viaField,
  host,
  maxForwards,
  forwarded,
  xForwardedFor,
  xForwardedHost,
  xForwardedProto,
  altSvc,
  altUsed,
  earlyData,
  expect,
  contentLength,
  http2Settings,
  base64Field('sec-websocket-key', 16, 'HTTP3721'),
  base64Field('sec-websocket-accept', 20, 'HTTP3722'),
  wsVersion,
  wsProtocol,
  wsExtensions,
];
