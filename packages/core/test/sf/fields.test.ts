import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getFieldParser, parseField, type FieldParserDefinition } from '@httplens/core';
import { STRUCTURED_FIELD_PARSERS } from '../../src/fields/structured.js';

const SHA256 = ':X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:';
const SHA512 = ':WZDPaVn/7XgHaAy8pmojAkGWoRx2UFChF41A2svX+TaPm+AbwAgBWnrIiYllu7BNNyealdVLvRwEmTHWXvJwew==:';
// The first bytes of a DER certificate: SEQUENCE (0x30), long length.
const DER = ':MIIBqDCCAU6gAwIBAgIBBzAKBggqhkjOPQQDAjA6MRswGQYDVQQKDBJMZXQncyBBdXRoZW50aWNhdGUxGzAZBgNVBAMMEkxBIEludGVybWVkaWF0ZSBDQQ==:';
const LONG_ID = `"${'a'.repeat(1025)}"`;

/** field, value, expected [code, text the span covers] in order; `kind` says what the case shows. */
type Case = [field: string, kind: 'valid' | 'invalid' | 'edge', value: string, expected: [code: string, text: string][]];

const CASES: Case[] = [
  // Priority (RFC 9218)
  ['Priority', 'valid', 'u=1, i', []],
  ['Priority', 'invalid', 'u=9', [['HTTP3830', '9']]],
  ['Priority', 'invalid', 'u=1, i=1', [['HTTP3820', '1']]],
  ['Priority', 'invalid', 'u=1;, i', [['HTTP3802', ',']]],
  ['Priority', 'edge', 'u=0, i=?0, urgency=2', [['HTTP3822', 'urgency']]],
  ['Priority', 'edge', '', []],
  ['Priority', 'edge', 'u=1, i, u=5', [['HTTP3824', 'u=1']]],
  // Cache-Status (RFC 9211)
  ['Cache-Status', 'valid', 'ExampleCache; hit, "cdn.example.net"; fwd=uri-miss; stored; ttl=3600; key="/x"', []],
  ['Cache-Status', 'invalid', 'ExampleCache; fwd=nope', [['HTTP3831', 'nope']]],
  ['Cache-Status', 'invalid', 'ExampleCache; ttl="60"', [['HTTP3820', '"60"']]],
  ['Cache-Status', 'edge', 'ExampleCache; hit; detail=ABC; extra', [['HTTP3822', 'extra']]],
  ['Cache-Status', 'invalid', 'ExampleCache; hit,', [['HTTP3804', '']]],
  ['Cache-Status', 'edge', 'ExampleCache; ttl=10; ttl=20', [['HTTP3824', 'ttl=10']]],
  // Proxy-Status (RFC 9209)
  ['Proxy-Status', 'valid', 'proxy.example.net; error=dns_timeout; next-hop=backend.example.org', []],
  ['Proxy-Status', 'invalid', 'proxy.example.net; error=oops', [['HTTP3832', 'oops']]],
  ['Proxy-Status', 'edge', 'ExampleCDN; received-status=503; details="a \\"quoted\\" text"', []],
  ['Proxy-Status', 'invalid', 'ExampleCDN; received-status=5xx', [['HTTP3803', 'x']]],
  // Content-Digest / Repr-Digest (RFC 9530)
  ['Content-Digest', 'valid', `sha-256=${SHA256}, sha-512=${SHA512}`, []],
  ['Content-Digest', 'invalid', 'sha-256=:AAAA:', [['HTTP3835', ':AAAA:']]],
  ['Content-Digest', 'invalid', 'md5=:HUXZLQLMuI/KZ5KDcJPcOA==:', [['HTTP3834', 'md5']]],
  ['Content-Digest', 'edge', `SHA-256=${SHA256}`, [['HTTP3802', 'S']]],
  ['Repr-Digest', 'valid', `sha-512=${SHA512}`, []],
  ['Repr-Digest', 'invalid', 'sha-256="X48E9q"', [['HTTP3820', '"X48E9q"']]],
  ['Repr-Digest', 'edge', `blake3=${SHA256}`, [['HTTP3833', 'blake3']]],
  // Want-Content-Digest / Want-Repr-Digest
  ['Want-Content-Digest', 'valid', 'sha-512=10, sha-256=3', []],
  ['Want-Content-Digest', 'invalid', 'sha-256=11', [['HTTP3836', '11']]],
  ['Want-Content-Digest', 'edge', 'sha-256=0, k12=1', [['HTTP3833', 'k12']]],
  ['Want-Repr-Digest', 'valid', 'sha-256=1', []],
  ['Want-Repr-Digest', 'invalid', 'sha-256=-1', [['HTTP3836', '-1']]],
  ['Want-Repr-Digest', 'edge', 'sha-512=0.5', [['HTTP3820', '0.5']]],
  // Signature / Signature-Input (RFC 9421)
  ['Signature', 'valid', 'sig1=:wXcpH0l3cZ2/ShNXWp1xuNfvOHWtzoYoh4QMY+TLQ/3MdzmzwAs1dAHRB2xYCP8/GqAjwSmzQ/R2wyUBLsHwpw==:', []],
  ['Signature', 'invalid', 'sig1=::', [['HTTP3837', '::']]],
  ['Signature', 'edge', 'sig1=:YQ==:, sig2="abc"', [['HTTP3820', '"abc"']]],
  ['Signature-Input', 'valid', 'sig1=("@method" "@authority" "content-digest";sf);created=1618884475;keyid="test-key";alg="ecdsa-p256-sha256"', []],
  ['Signature-Input', 'invalid', 'sig1=("@method" "@path" "@method");created=1', [['HTTP3839', '"@method"']]],
  ['Signature-Input', 'invalid', 'sig1=("@method");created=1618884475;expires=1618884475', [['HTTP3838', 'expires=1618884475']]],
  ['Signature-Input', 'edge', 'sig1=("@method" @path)', [['HTTP3810', 'p']]],
  ['Signature-Input', 'edge', 'sig1="@method"', [['HTTP3820', '"@method"']]],
  // Accept-CH (RFC 8942)
  ['Accept-CH', 'valid', 'Sec-CH-UA-Model, Sec-CH-Prefers-Color-Scheme, DPR', []],
  ['Accept-CH', 'invalid', 'Sec-CH-UA-Modle', [['HTTP3840', 'Sec-CH-UA-Modle']]],
  ['Accept-CH', 'edge', '"Sec-CH-UA-Model"', [['HTTP3820', '"Sec-CH-UA-Model"']]],
  // User-Agent Client Hints
  ['Sec-CH-UA', 'valid', '"Chromium";v="124", "Google Chrome";v="124", "Not-A.Brand";v="99"', []],
  ['Sec-CH-UA', 'invalid', '"Chromium";v="124", "Brand"', [['HTTP3842', '"Brand"']]],
  ['Sec-CH-UA', 'edge', '"Chromium";v=124', [['HTTP3820', '124']]],
  ['Sec-CH-UA-Full-Version-List', 'valid', '"Chromium";v="124.0.6367.91"', []],
  ['Sec-CH-UA-Full-Version-List', 'invalid', 'Chromium;v="124.0.6367.91"', [['HTTP3820', 'Chromium']]],
  ['Sec-CH-UA-Full-Version-List', 'edge', '', []],
  ['Sec-CH-UA-Mobile', 'valid', '?0', []],
  ['Sec-CH-UA-Mobile', 'invalid', '1', [['HTTP3820', '1']]],
  ['Sec-CH-UA-Mobile', 'edge', '?', [['HTTP3809', '']]],
  ['Sec-CH-UA-WoW64', 'valid', '?1', []],
  ['Sec-CH-UA-WoW64', 'invalid', '"false"', [['HTTP3820', '"false"']]],
  ['Sec-CH-UA-WoW64', 'edge', '?1;x', []],
  ['Sec-CH-UA-Form-Factors', 'valid', '"Desktop", "Tablet"', []],
  ['Sec-CH-UA-Form-Factors', 'invalid', 'Desktop', [['HTTP3820', 'Desktop']]],
  ['Sec-CH-UA-Form-Factors', 'edge', '', []],
  ['Sec-CH-Prefers-Color-Scheme', 'valid', '"dark"', []],
  ['Sec-CH-Prefers-Color-Scheme', 'invalid', '"blue"', [['HTTP3821', '"blue"']]],
  ['Sec-CH-Prefers-Color-Scheme', 'edge', 'dark', [['HTTP3820', 'dark']]],
  ['Sec-CH-Prefers-Reduced-Motion', 'valid', '"reduce"', []],
  ['Sec-CH-Prefers-Reduced-Motion', 'invalid', '"none"', [['HTTP3821', '"none"']]],
  ['Sec-CH-Prefers-Reduced-Motion', 'edge', '  "no-preference"  ', []],
  ['Sec-CH-Prefers-Reduced-Transparency', 'valid', '"no-preference"', []],
  ['Sec-CH-Prefers-Reduced-Transparency', 'invalid', '"yes"', [['HTTP3821', '"yes"']]],
  ['Sec-CH-Prefers-Reduced-Transparency', 'edge', '"reduce", "reduce"', [['HTTP3805', ',']]],
  // Permissions-Policy
  ['Permissions-Policy', 'valid', 'geolocation=(self "https://maps.example.com"), camera=(), fullscreen=*', []],
  ['Permissions-Policy', 'invalid', 'geolocation=(self "https://maps.example.com/path")', [['HTTP3841', '"https://maps.example.com/path"']]],
  ['Permissions-Policy', 'invalid', "geolocation 'self'", [['HTTP3803', "'"]]],
  ['Permissions-Policy', 'edge', 'vr=(), ch-ua-model=self', [['HTTP3853', 'vr']]],
  ['Permissions-Policy', 'edge', 'camera=none', [['HTTP3841', 'none']]],
  ['Permissions-Policy', 'edge', 'camera, vibrate', [['HTTP3841', 'camera'], ['HTTP3853', 'vibrate']]],
  ['Permissions-Policy-Report-Only', 'valid', 'camera=();report-to=main', []],
  ['Permissions-Policy-Report-Only', 'invalid', 'camera=(none)', [['HTTP3841', 'none']]],
  ['Permissions-Policy-Report-Only', 'edge', 'camera=?1', [['HTTP3841', '?1']]],
  // Cross-Origin-Embedder-Policy / Cross-Origin-Opener-Policy
  ['Cross-Origin-Embedder-Policy', 'valid', 'require-corp;report-to="coep"', []],
  ['Cross-Origin-Embedder-Policy', 'invalid', 'require-corps', [['HTTP3821', 'require-corps']]],
  ['Cross-Origin-Embedder-Policy', 'edge', '"require-corp"', [['HTTP3820', '"require-corp"']]],
  ['Cross-Origin-Embedder-Policy-Report-Only', 'valid', 'credentialless; report-to="coep"', []],
  ['Cross-Origin-Embedder-Policy-Report-Only', 'invalid', 'require-corp;report-to=coep', [['HTTP3820', 'coep']]],
  ['Cross-Origin-Embedder-Policy-Report-Only', 'edge', 'require-corp', [['HTTP3852', 'require-corp']]],
  ['Cross-Origin-Opener-Policy', 'valid', 'same-origin-allow-popups', []],
  ['Cross-Origin-Opener-Policy', 'invalid', 'same-site', [['HTTP3821', 'same-site']]],
  ['Cross-Origin-Opener-Policy', 'edge', 'same-origin; report-to="coop"; x', [['HTTP3822', 'x']]],
  ['Cross-Origin-Opener-Policy-Report-Only', 'valid', 'same-origin; report-to="coop"', []],
  ['Cross-Origin-Opener-Policy-Report-Only', 'invalid', 'same-origin, unsafe-none', [['HTTP3805', ',']]],
  ['Cross-Origin-Opener-Policy-Report-Only', 'edge', 'noopener-allow-popups', [['HTTP3852', 'noopener-allow-popups']]],
  ['Cross-Origin-Opener-Policy-Report-Only', 'invalid', 'same-sit', [['HTTP3821', 'same-sit']]],
  // Origin-Agent-Cluster
  ['Origin-Agent-Cluster', 'valid', '?1', []],
  ['Origin-Agent-Cluster', 'invalid', 'true', [['HTTP3820', 'true']]],
  ['Origin-Agent-Cluster', 'edge', '', [['HTTP3800', '']]],
  // Reporting-Endpoints
  ['Reporting-Endpoints', 'valid', 'default="https://reports.example/default", csp="/csp-reports"', []],
  ['Reporting-Endpoints', 'invalid', 'default="http://reports.example/default"', [['HTTP3843', '"http://reports.example/default"']]],
  ['Reporting-Endpoints', 'edge', 'local="http://localhost:8080/r", x=https://a', [['HTTP3820', 'https://a']]],
  ['Reporting-Endpoints', 'edge', 'main=reports', [['HTTP3820', 'reports']]],
  // Idempotency-Key
  ['Idempotency-Key', 'valid', '"8e03978e-40d5-43e8-bc93-6894a57f9324"', []],
  ['Idempotency-Key', 'invalid', '""', [['HTTP3844', '""']]],
  ['Idempotency-Key', 'edge', '8e03978e-40d5', [['HTTP3805', 'e']]],
  ['Idempotency-Key', 'edge', 'abc', [['HTTP3820', 'abc']]],
  // Deprecation (RFC 9745)
  ['Deprecation', 'valid', '@1688169599', []],
  ['Deprecation', 'invalid', 'Sun, 30 Jun 2023 23:59:59 GMT', [['HTTP3845', 'Sun, 30 Jun 2023 23:59:59 GMT']]],
  ['Deprecation', 'invalid', 'true', [['HTTP3845', 'true']]],
  ['Deprecation', 'edge', '1688169599', [['HTTP3820', '1688169599']]],
  ['Deprecation', 'edge', '@1688169599.5', [['HTTP3810', '.']]],
  // Compression dictionaries (RFC 9842)
  ['Available-Dictionary', 'valid', ':pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=:', []],
  ['Available-Dictionary', 'invalid', ':pZGm1Av0IEBKARczz7exkNYs:', [['HTTP3846', ':pZGm1Av0IEBKARczz7exkNYs:']]],
  ['Available-Dictionary', 'edge', ':pZGm1Av0IEBKARczz7exkNYsZb8LzaMrV7J32a2fFG4=', [['HTTP3808', '']]],
  ['Dictionary-ID', 'valid', '"dictionary-12345"', []],
  ['Dictionary-ID', 'invalid', LONG_ID, [['HTTP3847', LONG_ID]]],
  ['Dictionary-ID', 'edge', 'dictionary-12345', [['HTTP3820', 'dictionary-12345']]],
  ['Use-As-Dictionary', 'valid', 'match="/product/*", match-dest=("document"), id="dict-1", type=raw', []],
  ['Use-As-Dictionary', 'invalid', 'id="dict-1"', [['HTTP3823', 'id="dict-1"']]],
  ['Use-As-Dictionary', 'invalid', 'match="/js/*", type=zstd', [['HTTP3848', 'zstd']]],
  ['Use-As-Dictionary', 'edge', 'match="/js/*", match-dest="script"', [['HTTP3820', '"script"']]],
  ['Use-As-Dictionary', 'edge', 'matches', [['HTTP3822', 'matches']]],
  // Client-Cert, Client-Cert-Chain (RFC 9440)
  ['Client-Cert', 'valid', DER, []],
  ['Client-Cert', 'invalid', ':LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t:', [['HTTP3849', ':LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t:']]],
  ['Client-Cert', 'edge', '-----BEGIN', [['HTTP3806', '-']]],
  ['Client-Cert-Chain', 'valid', `${DER}, ${DER}`, []],
  ['Client-Cert-Chain', 'invalid', `${DER}, :AAAA:`, [['HTTP3849', ':AAAA:']]],
  ['Client-Cert-Chain', 'edge', '', []],
  // Concealed-Auth-Export (RFC 9729)
  ['Concealed-Auth-Export', 'valid', `:${'A'.repeat(64)}:`, []],
  ['Concealed-Auth-Export', 'invalid', ':AAAA:', [['HTTP3858', ':AAAA:']]],
  ['Concealed-Auth-Export', 'edge', `"${'A'.repeat(64)}"`, [['HTTP3820', `"${'A'.repeat(64)}"`]]],
  // Fetch Metadata
  ['Sec-Fetch-Dest', 'valid', 'document', []],
  ['Sec-Fetch-Dest', 'invalid', 'documents', [['HTTP3821', 'documents']]],
  ['Sec-Fetch-Dest', 'edge', '"document"', [['HTTP3820', '"document"']]],
  ['Sec-Fetch-Mode', 'valid', 'navigate', []],
  ['Sec-Fetch-Mode', 'invalid', 'nocors', [['HTTP3821', 'nocors']]],
  ['Sec-Fetch-Mode', 'edge', 'no-cors;x=1', []],
  ['Sec-Fetch-Site', 'valid', 'same-origin', []],
  ['Sec-Fetch-Site', 'invalid', 'same-domain', [['HTTP3821', 'same-domain']]],
  ['Sec-Fetch-Site', 'edge', ' none ', []],
  ['Sec-Fetch-User', 'valid', '?1', []],
  ['Sec-Fetch-User', 'invalid', '?0', [['HTTP3850', '?0']]],
  ['Sec-Fetch-User', 'edge', '?true', [['HTTP3809', 't']]],
  ['Sec-Fetch-Storage-Access', 'valid', 'active', []],
  ['Sec-Fetch-Storage-Access', 'invalid', 'granted', [['HTTP3821', 'granted']]],
  ['Sec-Fetch-Storage-Access', 'edge', '', [['HTTP3800', '']]],
  ['Activate-Storage-Access', 'valid', 'retry; allowed-origin="https://top.example"', []],
  ['Activate-Storage-Access', 'invalid', 'retry', [['HTTP3854', 'retry']]],
  ['Activate-Storage-Access', 'edge', 'load; allowed-origin=*', []],
  // Accept-Query
  ['Accept-Query', 'valid', '"application/jsonpath", application/sql;charset="UTF-8"', []],
  ['Accept-Query', 'invalid', 'jsonpath', [['HTTP3851', 'jsonpath']]],
  ['Accept-Query', 'edge', '"application/"', [['HTTP3851', '"application/"']]],
  ['Unencoded-Digest', 'valid', `sha-256=${SHA256}`, []],
  ['Unencoded-Digest', 'invalid', `sha-512=${SHA256}`, [['HTTP3835', SHA256]]],
  ['Unencoded-Digest', 'edge', '', []],
  ['Want-Unencoded-Digest', 'valid', 'sha-256=10', []],
  ['Want-Unencoded-Digest', 'invalid', 'sha-256=100', [['HTTP3836', '100']]],
  ['Want-Unencoded-Digest', 'edge', 'sha-256', [['HTTP3820', 'sha-256']]],
  // Critical-CH
  ['Critical-CH', 'valid', 'Sec-CH-Prefers-Color-Scheme', []],
  ['Critical-CH', 'invalid', 'Sec-CH-Prefers-Colour-Scheme', [['HTTP3855', 'Sec-CH-Prefers-Colour-Scheme']]],
  ['Critical-CH', 'edge', 'sec-ch-ua-model, (a)', [['HTTP3820', '(a)']]],
  // Speculative loading, No-Vary-Search, Topics
  ['Sec-Purpose', 'valid', 'prefetch;prerender', []],
  ['Sec-Purpose', 'invalid', 'prerender', [['HTTP3821', 'prerender']]],
  ['Sec-Purpose', 'edge', 'prefetch;anonymous-client-ip=1', [['HTTP3820', '1']]],
  ['Supports-Loading-Mode', 'valid', 'credentialed-prerender, fenced-frame', []],
  ['Supports-Loading-Mode', 'invalid', 'prerender', [['HTTP3821', 'prerender']]],
  ['Supports-Loading-Mode', 'edge', '"fenced-frame"', [['HTTP3820', '"fenced-frame"']]],
  ['Speculation-Rules', 'valid', '"/rules/prefetch.json", "https://cdn.example/rules.json"', []],
  ['Speculation-Rules', 'invalid', '/rules.json', [['HTTP3801', '/']]],
  ['Speculation-Rules', 'edge', 'rules', [['HTTP3820', 'rules']]],
  ['Observe-Browsing-Topics', 'valid', '?1', []],
  ['Observe-Browsing-Topics', 'invalid', '1', [['HTTP3820', '1']]],
  ['Observe-Browsing-Topics', 'edge', '?0', []],
  ['No-Vary-Search', 'valid', 'key-order, params, except=("id")', []],
  ['No-Vary-Search', 'invalid', 'params=("a" "b"), except=("id")', [['HTTP3856', 'except']]],
  ['No-Vary-Search', 'invalid', 'param=("a")', [['HTTP3857', 'param']]],
  ['No-Vary-Search', 'edge', 'params=(a), key-order=1', [['HTTP3820', 'a'], ['HTTP3820', '1']]],
  // Accept-Signature (RFC 9421, Section 5.1)
  ['Accept-Signature', 'valid', 'sig1=("@method" "@target-uri" "content-digest");keyid="test-key-rsa-pss";created;tag="app-123"', []],
  ['Accept-Signature', 'invalid', 'sig1=("@method" "@method")', [['HTTP3839', '"@method"']]],
  ['Accept-Signature', 'edge', 'sig1=("@method");created=1618884475', [['HTTP3820', '1618884475']]],
  // Device client hints
  ['Sec-CH-Viewport-Width', 'valid', '1280', []],
  ['Sec-CH-Viewport-Width', 'invalid', '0', [['HTTP3859', '0']]],
  ['Sec-CH-Viewport-Width', 'edge', '1280.5', [['HTTP3820', '1280.5']]],
  ['Sec-CH-Viewport-Height', 'valid', '720', []],
  ['Sec-CH-Viewport-Height', 'invalid', '-720', [['HTTP3859', '-720']]],
  ['Sec-CH-Viewport-Height', 'edge', '"720"', [['HTTP3820', '"720"']]],
  ['Sec-CH-Width', 'valid', '640', []],
  ['Sec-CH-Width', 'invalid', '-1', [['HTTP3859', '-1']]],
  ['Sec-CH-Width', 'edge', '640px', [['HTTP3805', 'p']]],
  ['Sec-CH-DPR', 'valid', '2.625', []],
  ['Sec-CH-DPR', 'invalid', '0.0', [['HTTP3859', '0.0']]],
  ['Sec-CH-DPR', 'edge', '2', []],
  // HTTP Cache Groups, Capsule-Protocol, Link-Template
  ['Cache-Groups', 'valid', '"scripts", "styles"', []],
  ['Cache-Groups', 'invalid', 'scripts', [['HTTP3820', 'scripts']]],
  ['Cache-Groups', 'edge', '', []],
  ['Cache-Group-Invalidation', 'valid', '"eurovision-results"', []],
  ['Cache-Group-Invalidation', 'invalid', '("a" "b")', [['HTTP3820', '("a" "b")']]],
  ['Cache-Group-Invalidation', 'edge', '"a";extension=1', []],
  ['Capsule-Protocol', 'valid', '?1', []],
  ['Capsule-Protocol', 'invalid', '1', [['HTTP3820', '1']]],
  ['Capsule-Protocol', 'edge', '?0', []],
  ['Link-Template', 'valid', '"/{username}"; rel="item", "/books/{isbn}";rel="alternate";type="application/json"', []],
  ['Link-Template', 'invalid', '"/{username}"; rel=item', [['HTTP3820', 'item']]],
  ['Link-Template', 'edge', '"/{id}"; title*=%"f%c3%bc"', []],
  // Common Media Client Data (CTA-5004)
  ['CMCD-Object', 'valid', 'br=3200,d=4004,ot=v,tb=6000', []],
  ['CMCD-Object', 'invalid', 'ot=video', [['HTTP3821', 'video']]],
  ['CMCD-Object', 'edge', 'br=3200, sid="6e2fb550"', [['HTTP3860', 'sid']]],
  ['CMCD-Request', 'valid', 'bl=21300, mtp=25400, nor="../300kbps/track.m4v", nrr="12323-48763", su', []],
  ['CMCD-Request', 'invalid', 'bl="21300"', [['HTTP3820', '"21300"']]],
  ['CMCD-Request', 'edge', 'com.example-myNumericKey=500', [['HTTP3803', 'N']]],
  ['CMCD-Request', 'edge', 'com.example-mynumerickey=500, custom', [['HTTP3822', 'custom']]],
  ['CMCD-Session', 'valid', 'cid="faec5fc2-ac30-11ea-bb37-0242ac130002", pr=1.08, sf=d, sid="6e2fb550-c457-11e9-bb97-0800200c9a66", st=v, v=1', []],
  ['CMCD-Session', 'invalid', 'st=live', [['HTTP3821', 'live']]],
  ['CMCD-Session', 'edge', 'sid="x", custom=1', [['HTTP3822', 'custom']]],
  ['CMCD-Status', 'valid', 'bs, rtp=15000', []],
  ['CMCD-Status', 'invalid', 'rtp=15000, br=3200', [['HTTP3860', 'br']]],
  ['CMCD-Status', 'edge', 'bs=?0, com.example-x="y"', []],
  // Client hint strings
  ...(['Sec-CH-UA-Arch', 'Sec-CH-UA-Bitness', 'Sec-CH-UA-Full-Version', 'Sec-CH-UA-Model', 'Sec-CH-UA-Platform', 'Sec-CH-UA-Platform-Version'] as const).flatMap(
    (field): Case[] => [
      [field, 'valid', '"x86"', []],
      [field, 'invalid', 'x86', [['HTTP3820', 'x86']]],
      [field, 'edge', '""', []],
      [field, 'invalid', '"x86', [['HTTP3807', '']]],
    ],
  ),
];

function parserFor(field: string): FieldParserDefinition {
  const def = STRUCTURED_FIELD_PARSERS.find((p) => p.names.includes(field.toLowerCase()));
  if (!def) throw new Error(`no parser for ${field}`);
  return def;
}

describe('structured field parsers', () => {
  it.each(CASES)('%s (%s) %j', (field, _kind, value, expected) => {
    const result = parserFor(field).parse(value, { name: field, locale: 'en' });
    const got = result.diagnostics.map((d) => [d.code, value.slice(d.span.offset, d.span.offset + d.span.length)]);
    expect(got).toEqual(expected);
    for (const d of result.diagnostics) {
      expect(d.span.offset).toBeGreaterThanOrEqual(0);
      expect(d.span.offset + d.span.length).toBeLessThanOrEqual(value.length);
      expect(d.args.field).toBe(field);
    }
    // A value is returned exactly when the Structured Field parsed.
    const syntaxError = result.diagnostics.some((d) => Number(d.code.slice(4)) < 3820 || d.code === 'HTTP3845');
    if (!syntaxError) expect(result.value).toBeDefined();
  });

  it('has at least three cases per field (valid, invalid, edge), one with a field-specific code', () => {
    for (const def of STRUCTURED_FIELD_PARSERS) {
      for (const name of def.names) {
        const mine = CASES.filter((c) => c[0].toLowerCase() === name);
        expect(mine.length, name).toBeGreaterThanOrEqual(3);
        expect(new Set(mine.map((c) => c[1])), name).toEqual(new Set(['valid', 'invalid', 'edge']));
        const specific = mine.some((c) => c[3].some(([code]) => Number(code.slice(4)) >= 3820 && Number(code.slice(4)) <= 3899));
        expect(specific, `${name} has no case with a field-specific code`).toBe(true);
      }
    }
  });

  it('renders messages in Chinese', () => {
    const [d] = parserFor('Priority').parse('u=8', { name: 'Priority', locale: 'zh-CN' }).diagnostics;
    expect(d?.message).toBe('Priority 的紧急度 u=8 不在 0 到 7 的范围内。');
  });

  it('returns the parsed value', () => {
    const result = parserFor('Priority').parse('u=2, i', { name: 'Priority', locale: 'en' });
    expect(result.value).toEqual(
      new Map([
        ['u', { value: { type: 'integer', value: 2 }, params: new Map() }],
        ['i', { value: { type: 'boolean', value: true }, params: new Map() }],
      ]),
    );
  });

  it('is registered: getFieldParser finds every field of the family', () => {
    for (const def of STRUCTURED_FIELD_PARSERS) {
      for (const name of def.names) expect(getFieldParser(name), name).toBe(def);
    }
  });
});

describe('through parseField', () => {
  it('dispatches structured fields by name, case-insensitively', () => {
    const r = parseField('PRIORITY', 'u=9, i');
    expect(r.diagnostics.map((d) => [d.code, d.span])).toEqual([['HTTP3830', { offset: 2, length: 1 }]]);
  });

  it('reports a non-ASCII character once (the generic check), not again as a Structured Field error', () => {
    const r = parseField('Sec-CH-UA', '"Chromium";v="124", "Br\u00e5nd";v="1"');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['HTTP2013']);
  });

  it('does not check a value that still holds a template reference', () => {
    expect(parseField('Priority', 'u={{urgency}}').diagnostics).toEqual([]);
  });
});

describe('coverage of the IANA registry', () => {
  // Every field the IANA registry marks as a Structured Field has a parser of
  // that type here, except the caching ones (Cache-Control's family).
  const CACHING = new Set(['cdn-cache-control']);
  const xml = readFileSync(resolve(import.meta.dirname, '../../../../../shared/reference/iana/http-fields.xml'), 'utf8');
  const structured: [string, string][] = [];
  for (const record of xml.split('<record').slice(1)) {
    const name = /<value>([^<]*)<\/value>/.exec(record)?.[1];
    const type = /<structured>([^<]*)<\/structured>/.exec(record)?.[1];
    if (name && type) structured.push([name.toLowerCase(), type.toLowerCase()]);
  }

  it('reads the registry', () => {
    expect(structured.length).toBeGreaterThanOrEqual(20);
  });

  it.each(structured.filter(([name]) => !CACHING.has(name)))('%s (%s)', (name, type) => {
    const def = STRUCTURED_FIELD_PARSERS.find((p) => p.names.includes(name)) as (FieldParserDefinition & { structuredType?: string }) | undefined;
    expect(def, `${name} has no structured parser`).toBeDefined();
    // The registry writes "Token" for one field whose value is a Token Item.
    expect(def?.structuredType).toBe(type === 'token' ? 'item' : type);
  });
});
