import * as sh from 'structured-headers';
import {
  parseStructuredField,
  serializeStructuredField,
  type BareItem,
  type Member,
  type StructuredFieldType,
  type StructuredFieldValue,
} from '@httplens/core';
import { assertSame, defineSuite, type BenchCase } from '../harness.js';

/** Field values as servers and browsers send them. */
const INPUTS: Record<StructuredFieldType, { name: string; text: string }[]> = {
  item: [
    { name: 'Cross-Origin-Embedder-Policy', text: 'require-corp;report-to="coep-endpoint"' },
    { name: 'Available-Dictionary', text: ':pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=:' },
    { name: 'Sec-CH-UA-Platform', text: '"Windows"' },
    { name: 'Deprecation', text: '@1688169599' },
    { name: 'Idempotency-Key', text: '"8e03978e-40d5-43e8-bc93-6894a57f9324"' },
  ],
  list: [
    { name: 'Sec-CH-UA', text: '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"' },
    { name: 'Cache-Status', text: 'ReverseProxyCache; hit, ForwardProxyCache; fwd=uri-miss; collapsed; stored; ttl=3600, BrowserCache; fwd=vary-miss; key="/index.html"' },
    { name: 'Accept-CH', text: 'Sec-CH-UA-Model, Sec-CH-UA-Platform-Version, Sec-CH-UA-Full-Version-List, Sec-CH-Prefers-Color-Scheme, Sec-CH-Viewport-Width' },
    { name: 'Proxy-Status', text: 'proxy.example.org; error=http_protocol_error; details="Malformed response header: space before colon", ExampleCDN; received-status=503; next-hop=backend.example.net' },
    { name: 'Accept-Query', text: '"application/jsonpath", application/sql;charset="UTF-8";q=0.5' },
  ],
  dictionary: [
    { name: 'Signature-Input', text: 'sig1=("@method" "@authority" "@path" "content-digest" "content-type" "content-length");created=1618884475;keyid="test-key-ecc-p256";alg="ecdsa-p256-sha256"' },
    { name: 'Signature', text: 'sig1=:wXcpH0l3cZ2/ShNXWp1xuNfvOHWtzoYoh4QMY+TLQ/3MdzmzwAs1dAHRB2xYCP8/GqAjwSmzQ/R2wyUBLsHwpw==:' },
    { name: 'Content-Digest', text: 'sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:, sha-512=:WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:' },
    { name: 'Priority', text: 'u=1, i' },
    { name: 'Permissions-Policy', text: 'geolocation=(self "https://maps.example.com"), camera=(), microphone=(), fullscreen=*, payment=(self), usb=()' },
    { name: 'Use-As-Dictionary', text: 'match="/product/*", match-dest=("document"), id="dictionary-12345", type=raw' },
  ],
};

// A common JSON form of both value models (the structured-field-tests encoding, base64 for bytes).
function ourBare(b: BareItem): unknown {
  if (b.type === 'binary') return { binary: btoaBytes(b.value) };
  if (b.type === 'token' || b.type === 'date' || b.type === 'displaystring') return { [b.type]: b.value };
  return b.value;
}
function ourMember(m: Member): unknown {
  const params = [...m.params].map(([k, v]) => [k, ourBare(v)]);
  return 'items' in m ? [m.items.map(ourMember), params] : [ourBare(m.value), params];
}
function ourJson(v: StructuredFieldValue): unknown {
  if (v instanceof Map) return [...v].map(([k, m]) => [k, ourMember(m)]);
  if (Array.isArray(v)) return v.map(ourMember);
  return ourMember(v);
}
function peerBare(b: sh.BareItem): unknown {
  if (b instanceof sh.Token) return { token: b.toString() };
  if (b instanceof sh.DisplayString) return { displaystring: b.toString() };
  if (b instanceof Date) return { date: b.getTime() / 1000 };
  if (b instanceof ArrayBuffer) return { binary: btoaBytes(new Uint8Array(b)) };
  if (ArrayBuffer.isView(b)) return { binary: btoaBytes(new Uint8Array(b.buffer, b.byteOffset, b.byteLength)) };
  return b;
}
function peerMember(m: sh.Item | sh.InnerList): unknown {
  const params = [...m[1]].map(([k, v]) => [k, peerBare(v)]);
  return Array.isArray(m[0]) ? [m[0].map(peerMember), params] : [peerBare(m[0]), params];
}
function btoaBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64');
}

const peerParse = { item: sh.parseItem, list: sh.parseList, dictionary: sh.parseDictionary } as const;

function peerJson(type: StructuredFieldType, text: string): unknown {
  if (type === 'item') return peerMember(sh.parseItem(text));
  if (type === 'list') return sh.parseList(text).map(peerMember);
  return [...sh.parseDictionary(text)].map(([k, m]) => [k, peerMember(m)]);
}

function ours(type: StructuredFieldType, text: string): StructuredFieldValue {
  const r = parseStructuredField(text, type);
  if (!r.ok) throw new Error(`${text}: ${r.error.message}`);
  return r.value;
}

const peerSerialize = {
  item: (v: unknown) => sh.serializeItem(v as sh.Item),
  list: (v: unknown) => sh.serializeList(v as sh.List),
  dictionary: (v: unknown) => sh.serializeDictionary(v as sh.Dictionary),
};

export default defineSuite({
  name: 'structured-fields',
  description: 'RFC 9651 Structured Fields: parsing and serialising realistic item, list and dictionary field values, against structured-headers v2.',
  cases: () => {
    const cases: BenchCase[] = [];
    for (const type of ['item', 'list', 'dictionary'] as const) {
      const texts = INPUTS[type].map((i) => i.text);
      const bytes = texts.reduce((n, t) => n + t.length, 0);
      cases.push({
        name: `parse ${type} (${INPUTS[type].map((i) => i.name).join(', ')})`,
        ours: { name: '@httplens/core', fn: () => texts.map((t) => parseStructuredField(t, type)) },
        peers: [{ name: 'structured-headers', fn: () => texts.map((t) => peerParse[type](t)) }],
        verify: () => {
          for (const t of texts) assertSame(`parse ${type} ${t}`, ourJson(ours(type, t)), peerJson(type, t));
        },
        unit: { label: 'MB/s', perCall: bytes, scale: 1e6 },
        target: { peer: 'structured-headers', ratio: 2 },
      });
      const ourValues = texts.map((t) => ours(type, t));
      const peerValues = texts.map((t) => peerParse[type](t));
      cases.push({
        name: `serialise ${type}`,
        ours: { name: '@httplens/core', fn: () => ourValues.map((v) => serializeStructuredField(v)) },
        peers: [{ name: 'structured-headers', fn: () => peerValues.map((v) => peerSerialize[type](v)) }],
        verify: () => {
          assertSame(`serialise ${type}`, ourValues.map((v) => serializeStructuredField(v)), peerValues.map((v) => peerSerialize[type](v)));
        },
      });
    }
    return cases;
  },
});
