import contentType from 'content-type';
import Negotiator from 'negotiator';
import { parseField, preferredMediaTypes } from '@httplens/core';
import { assertSame, defineSuite, type BenchCase } from '../harness.js';

/** Content-Type values as servers and clients send them. */
const CONTENT_TYPES = [
  'text/html; charset=utf-8',
  'application/json',
  'application/json; charset=UTF-8',
  'multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW',
  'application/x-www-form-urlencoded',
  'text/plain; charset="iso-8859-1"; format=flowed',
  'application/vnd.api+json',
  'image/svg+xml',
];

/** Accept values of browsers and API clients, with the types a server can produce. */
const ACCEPTS: { accept: string; available: string[] }[] = [
  {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7',
    available: ['application/json', 'text/html', 'application/xml'],
  },
  { accept: 'application/json, text/plain, */*', available: ['text/plain', 'application/json'] },
  { accept: 'image/avif,image/webp,*/*', available: ['image/png', 'image/webp'] },
  { accept: 'text/html;level=1, text/html;q=0.5, text/*;q=0.3, */*;q=0.1', available: ['text/html;level=1', 'text/html', 'text/plain', 'image/png'] },
];

function ours(value: string): { type: string; parameters: Record<string, string> } {
  const v = parseField('Content-Type', value).value as { type: string; subtype: string; parameters: Record<string, string> };
  return { type: `${v.type}/${v.subtype}`, parameters: v.parameters };
}

function peer(value: string): { type: string; parameters: Record<string, string> } {
  const v = contentType.parse(value);
  return { type: v.type, parameters: { ...v.parameters } };
}

export default defineSuite({
  name: 'field-values',
  description: 'Field-value parsing: Content-Type (parseField, with diagnostics) against content-type, and Accept negotiation (preferredMediaTypes) against negotiator, on the same inputs.',
  cases(): BenchCase[] {
    return [
      {
        name: `Content-Type: parse ${CONTENT_TYPES.length} values`,
        ours: { name: '@httplens/core parseField', fn: () => CONTENT_TYPES.map((v) => parseField('Content-Type', v).value) },
        peers: [{ name: 'content-type', fn: () => CONTENT_TYPES.map((v) => contentType.parse(v)) }],
        verify: () => {
          for (const v of CONTENT_TYPES) assertSame(`Content-Type ${v}`, ours(v), peer(v));
        },
        unit: { label: 'values/s', perCall: CONTENT_TYPES.length },
      },
      {
        name: `Accept: rank the available types for ${ACCEPTS.length} fields`,
        ours: { name: '@httplens/core preferredMediaTypes', fn: () => ACCEPTS.map((a) => preferredMediaTypes(a.accept, a.available)) },
        peers: [{ name: 'negotiator', fn: () => ACCEPTS.map((a) => new Negotiator({ headers: { accept: a.accept } }).mediaTypes(a.available)) }],
        verify: () => {
          for (const a of ACCEPTS) {
            assertSame(`Accept ${a.accept}`, preferredMediaTypes(a.accept, a.available), new Negotiator({ headers: { accept: a.accept } }).mediaTypes(a.available));
            assertSame(`Accept ${a.accept} (no list)`, preferredMediaTypes(a.accept), new Negotiator({ headers: { accept: a.accept } }).mediaTypes());
          }
        },
        unit: { label: 'fields/s', perCall: ACCEPTS.length },
      },
    ];
  },
});
