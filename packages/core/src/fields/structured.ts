/**
 * Parsers of the fields defined as Structured Fields (RFC 9651), other than the
 * caching ones: each value is parsed as its Structured Field type, then checked
 * against the field's own specification. Codes HTTP3800-3899.
 */
import { defineStructuredField, TYPE_NAMES, type SfFieldChecker } from '../sf/field-check.js';
import type { BareItem, BareItemType, Dictionary, Item, List, Member } from '../sf/types.js';
import type { FieldParserDefinition } from './types.js';

const TOKEN_OR_STRING: readonly BareItemType[] = ['token', 'string'];

function tokenList(values: readonly string[]): string {
  return values.join(', ');
}

/** Checks a Token item against a fixed set of values (HTTP3821). */
function oneOf(c: SfFieldChecker, value: BareItem, allowed: readonly string[]): boolean {
  if (value.type !== 'token') return false;
  if (allowed.includes(value.value)) return true;
  c.report('HTTP3821', c.span(value), { value: value.value, allowed: tokenList(allowed) });
  return false;
}

// ---- Priority (RFC 9218, Section 4) ----------------------------------------------

// Priority = sf-dictionary; u: Integer 0-7 (default 3); i: Boolean (default false)
const priority = defineStructuredField(['Priority'], 'dictionary', (dict, c) => {
  for (const [key, member] of dict) {
    if (key === 'u') {
      const item = c.item(member, ['integer']);
      if (item && item.value.type === 'integer' && (item.value.value < 0 || item.value.value > 7)) {
        c.report('HTTP3830', c.span(item.value), { value: item.value.value });
      }
    } else if (key === 'i') {
      c.item(member, ['boolean']);
    } else {
      c.report('HTTP3822', c.keyNameSpan(dict, key), { key });
    }
  }
});

// ---- Cache-Status (RFC 9211) -----------------------------------------------------

const CACHE_STATUS_FWD = ['bypass', 'method', 'uri-miss', 'vary-miss', 'miss', 'request', 'stale', 'partial'];

// Cache-Status = sf-list; each member an Item (Token or String naming the cache) with parameters.
const cacheStatus = defineStructuredField(['Cache-Status'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, TOKEN_OR_STRING);
    if (!item) continue;
    c.params(item.params, {
      hit: ['boolean'],
      fwd: ['token'],
      'fwd-status': ['integer'],
      ttl: ['integer'],
      stored: ['boolean'],
      collapsed: ['boolean'],
      key: ['string'],
      detail: ['token', 'string'],
    });
    const fwd = item.params.get('fwd');
    if (fwd?.type === 'token' && !CACHE_STATUS_FWD.includes(fwd.value)) c.report('HTTP3831', c.span(fwd), { value: fwd.value });
  }
});

// ---- Proxy-Status (RFC 9209) -----------------------------------------------------

const PROXY_ERROR_TYPES = [
  'dns_timeout',
  'dns_error',
  'destination_not_found',
  'destination_unavailable',
  'destination_ip_prohibited',
  'destination_ip_unroutable',
  'connection_refused',
  'connection_terminated',
  'connection_timeout',
  'connection_read_timeout',
  'connection_write_timeout',
  'connection_limit_reached',
  'tls_protocol_error',
  'tls_certificate_error',
  'tls_alert_received',
  'http_request_error',
  'http_request_denied',
  'http_response_incomplete',
  'http_response_header_section_size',
  'http_response_header_size',
  'http_response_body_size',
  'http_response_trailer_section_size',
  'http_response_trailer_size',
  'http_response_transfer_coding',
  'http_response_content_coding',
  'http_response_timeout',
  'http_upgrade_failed',
  'http_protocol_error',
  'proxy_internal_response',
  'proxy_internal_error',
  'proxy_configuration_error',
  'proxy_loop_detected',
];

// Proxy-Status = sf-list; each member an Item (Token or String naming the intermediary).
const proxyStatus = defineStructuredField(['Proxy-Status'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, TOKEN_OR_STRING);
    if (!item) continue;
    c.params(item.params, {
      error: ['token'],
      'next-hop': ['token', 'string'],
      'next-protocol': ['token', 'binary'],
      'received-status': ['integer'],
      details: ['string'],
      // Extra parameters of particular error types (RFC 9209, Section 2.3)
      rcode: ['string'],
      'info-code': ['integer'],
      'alert-id': ['integer'],
      'alert-message': ['string'],
      'field-name': ['string'],
      'field-size': ['integer'],
      'header-section-size': ['integer'],
      'trailer-section-size': ['integer'],
      'body-size': ['integer'],
      coding: ['token'],
    });
    const error = item.params.get('error');
    if (error?.type === 'token' && !PROXY_ERROR_TYPES.includes(error.value)) c.report('HTTP3832', c.span(error), { value: error.value });
  }
});

// ---- Digest fields (RFC 9530) ----------------------------------------------------

/** Byte lengths of the active algorithms, by key (a Map: a key such as `constructor` is no algorithm). */
const DIGEST_LENGTHS: ReadonlyMap<string, number> = new Map([
  ['sha-256', 32],
  ['sha-512', 64],
]);
const DIGEST_DEPRECATED = ['md5', 'sha', 'unixsum', 'unixcksum', 'adler', 'crc32c', 'id-sha-256', 'id-sha-512'];

function checkAlgorithm(c: SfFieldChecker, dict: Dictionary, key: string): boolean {
  if (DIGEST_LENGTHS.has(key)) return true;
  if (DIGEST_DEPRECATED.includes(key)) c.report('HTTP3834', c.keyNameSpan(dict, key), { algorithm: key });
  else c.report('HTTP3833', c.keyNameSpan(dict, key), { algorithm: key });
  return false;
}

// Content-Digest / Repr-Digest / Unencoded-Digest = sf-dictionary; algorithm key -> Byte Sequence
const digest = defineStructuredField(['Content-Digest', 'Repr-Digest', 'Unencoded-Digest'], 'dictionary', (dict, c) => {
  for (const [key, member] of dict) {
    const item = c.item(member, ['binary']);
    const known = checkAlgorithm(c, dict, key);
    if (item && known && item.value.type === 'binary') {
      const expected = DIGEST_LENGTHS.get(key) as number;
      if (item.value.value.length !== expected) {
        c.report('HTTP3835', c.span(item.value), { algorithm: key, expected, actual: item.value.value.length });
      }
    }
  }
});

// Want-Content-Digest / Want-Repr-Digest / Want-Unencoded-Digest = sf-dictionary; algorithm key -> Integer 0-10
const wantDigest = defineStructuredField(['Want-Content-Digest', 'Want-Repr-Digest', 'Want-Unencoded-Digest'], 'dictionary', (dict, c) => {
  for (const [key, member] of dict) {
    const item = c.item(member, ['integer']);
    if (item && item.value.type === 'integer' && (item.value.value < 0 || item.value.value > 10)) {
      c.report('HTTP3836', c.span(item.value), { value: item.value.value });
    }
    if (!DIGEST_LENGTHS.has(key) && !DIGEST_DEPRECATED.includes(key)) c.report('HTTP3833', c.keyNameSpan(dict, key), { algorithm: key });
  }
});

// ---- HTTP Message Signatures (RFC 9421) --------------------------------------------

// Signature = sf-dictionary; label -> Byte Sequence
const signature = defineStructuredField(['Signature'], 'dictionary', (dict, c) => {
  for (const [label, member] of dict) {
    const item = c.item(member, ['binary']);
    if (item && item.value.type === 'binary' && item.value.value.length === 0) c.report('HTTP3837', c.span(item.value), { label });
  }
});

/** The covered components of one signature: Strings with component parameters, each once. */
function checkComponents(c: SfFieldChecker, label: string, items: readonly Item[]): void {
  const seen = new Set<string>();
  for (const component of items) {
    if (!c.bare(component.value, ['string'])) continue;
    c.params(component.params, { sf: ['boolean'], key: ['string'], bs: ['boolean'], req: ['boolean'], tr: ['boolean'], name: ['string'] });
    const id = component.value.value + ';' + [...component.params].map(([k, v]) => `${k}=${String(v.value)}`).join(';');
    if (seen.has(id)) c.report('HTTP3839', c.span(component), { label, component: `"${String(component.value.value)}"` });
    seen.add(id);
  }
}

// Accept-Signature = sf-dictionary; label -> Inner List of component identifiers, with the requested
// parameters (created and expires without a value)
const acceptSignature = defineStructuredField(['Accept-Signature'], 'dictionary', (dict, c) => {
  for (const [label, member] of dict) {
    const list = c.innerList(member);
    if (!list) continue;
    checkComponents(c, label, list.items);
    c.params(list.params, { created: ['boolean'], expires: ['boolean'], nonce: ['string'], alg: ['string'], keyid: ['string'], tag: ['string'] });
  }
});

// Signature-Input = sf-dictionary; label -> Inner List of component identifiers (Strings) with signature parameters
const signatureInput = defineStructuredField(['Signature-Input'], 'dictionary', (dict, c) => {
  for (const [label, member] of dict) {
    const list = c.innerList(member);
    if (!list) continue;
    checkComponents(c, label, list.items);
    c.params(list.params, {
      created: ['integer'],
      expires: ['integer'],
      nonce: ['string'],
      alg: ['string'],
      keyid: ['string'],
      tag: ['string'],
    });
    const created = list.params.get('created');
    const expires = list.params.get('expires');
    if (created?.type === 'integer' && expires?.type === 'integer' && expires.value <= created.value) {
      c.report('HTTP3838', c.keySpan(list.params, 'expires'), { label, created: created.value, expires: expires.value });
    }
  }
});

// ---- Client hints (RFC 8942; User-Agent Client Hints; user preference media features) ----

const CLIENT_HINTS = [
  'sec-ch-ua',
  'sec-ch-ua-arch',
  'sec-ch-ua-bitness',
  'sec-ch-ua-form-factors',
  'sec-ch-ua-full-version',
  'sec-ch-ua-full-version-list',
  'sec-ch-ua-mobile',
  'sec-ch-ua-model',
  'sec-ch-ua-platform',
  'sec-ch-ua-platform-version',
  'sec-ch-ua-wow64',
  'sec-ch-prefers-color-scheme',
  'sec-ch-prefers-reduced-motion',
  'sec-ch-prefers-reduced-transparency',
  'sec-ch-prefers-contrast',
  'sec-ch-prefers-forced-colors',
  'sec-ch-dpr',
  'sec-ch-width',
  'sec-ch-viewport-width',
  'sec-ch-viewport-height',
  'sec-ch-device-memory',
  'sec-ch-save-data',
  'sec-ch-downlink',
  'sec-ch-ect',
  'sec-ch-rtt',
  'dpr',
  'width',
  'viewport-width',
  'device-memory',
  'downlink',
  'ect',
  'rtt',
  'save-data',
];

// Accept-CH = sf-list of Tokens (client hint field names)
const acceptCh = defineStructuredField(['Accept-CH'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, ['token']);
    if (item && item.value.type === 'token' && !CLIENT_HINTS.includes(item.value.value.toLowerCase())) {
      c.report('HTTP3840', c.span(item.value), { value: item.value.value });
    }
  }
});

// Critical-CH = sf-list of Tokens (client hint field names)
const criticalCh = defineStructuredField(['Critical-CH'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, ['token']);
    if (item && item.value.type === 'token' && !CLIENT_HINTS.includes(item.value.value.toLowerCase())) {
      c.report('HTTP3855', c.span(item.value), { value: item.value.value });
    }
  }
});

function checkBrands(list: List, c: SfFieldChecker): void {
  for (const member of list) {
    const item = c.item(member, ['string']);
    if (!item) continue;
    const v = item.params.get('v');
    if (!v) c.report('HTTP3842', c.span(item), { brand: `"${String(item.value.value)}"` });
    else c.bare(v, ['string']);
  }
}

// Sec-CH-UA / Sec-CH-UA-Full-Version-List = sf-list of brand Strings, each with v=String
const uaBrands = defineStructuredField(['Sec-CH-UA', 'Sec-CH-UA-Full-Version-List'], 'list', checkBrands);

// Sec-CH-UA-Mobile / Sec-CH-UA-WoW64 = sf-boolean
const uaBoolean = defineStructuredField(['Sec-CH-UA-Mobile', 'Sec-CH-UA-WoW64'], 'item', (item, c) => {
  c.item(item, ['boolean']);
});

// Sec-CH-UA-Arch, -Bitness, -Full-Version, -Model, -Platform, -Platform-Version = sf-string
const uaString = defineStructuredField(
  ['Sec-CH-UA-Arch', 'Sec-CH-UA-Bitness', 'Sec-CH-UA-Full-Version', 'Sec-CH-UA-Model', 'Sec-CH-UA-Platform', 'Sec-CH-UA-Platform-Version'],
  'item',
  (item, c) => {
    c.item(item, ['string']);
  },
);

// Sec-CH-UA-Form-Factors = sf-list of Strings
const uaFormFactors = defineStructuredField(['Sec-CH-UA-Form-Factors'], 'list', (list, c) => {
  for (const member of list) c.item(member, ['string']);
});

const PREFERENCE_VALUES: Readonly<Record<string, readonly string[]>> = {
  'sec-ch-prefers-color-scheme': ['light', 'dark'],
  'sec-ch-prefers-reduced-motion': ['no-preference', 'reduce'],
  'sec-ch-prefers-reduced-transparency': ['no-preference', 'reduce'],
};

// Sec-CH-Prefers-* = sf-string with one of the media feature's values
const userPreference = defineStructuredField(Object.keys(PREFERENCE_VALUES), 'item', (item, c) => {
  if (!c.item(item, ['string']) || item.value.type !== 'string') return;
  const allowed = PREFERENCE_VALUES[c.context.name.toLowerCase()] ?? [];
  if (!allowed.includes(item.value.value)) {
    c.report('HTTP3821', c.span(item.value), { value: `"${item.value.value}"`, allowed: allowed.map((v) => `"${v}"`).join(', ') });
  }
});

// ---- Permissions-Policy ------------------------------------------------------------

const POLICY_FEATURES = [
  'accelerometer',
  'ambient-light-sensor',
  'attribution-reporting',
  'autoplay',
  'bluetooth',
  'browsing-topics',
  'camera',
  'captured-surface-control',
  'clipboard-read',
  'clipboard-write',
  'compute-pressure',
  'cross-origin-isolated',
  'deferred-fetch',
  'deferred-fetch-minimal',
  'digital-credentials-get',
  'direct-sockets',
  'display-capture',
  'document-domain',
  'encrypted-media',
  'execution-while-not-rendered',
  'execution-while-out-of-viewport',
  'fullscreen',
  'gamepad',
  'geolocation',
  'gyroscope',
  'hid',
  'identity-credentials-get',
  'idle-detection',
  'interest-cohort',
  'join-ad-interest-group',
  'keyboard-map',
  'language-detector',
  'local-fonts',
  'magnetometer',
  'microphone',
  'midi',
  'otp-credentials',
  'payment',
  'picture-in-picture',
  'private-aggregation',
  'private-state-token-issuance',
  'private-state-token-redemption',
  'publickey-credentials-create',
  'publickey-credentials-get',
  'run-ad-auction',
  'screen-wake-lock',
  'serial',
  'shared-storage',
  'shared-storage-select-url',
  'speaker-selection',
  'storage-access',
  'summarizer',
  'sync-xhr',
  'translator',
  'unload',
  'usb',
  'web-share',
  'window-management',
  'xr-spatial-tracking',
];

/** scheme "://" host [ ":" port ], nothing after: a serialised origin. */
function isOrigin(text: string): boolean {
  const sep = text.indexOf('://');
  if (sep <= 0) return false;
  const scheme = text.slice(0, sep);
  if (!/^[a-z][\d+.a-z-]*$/i.test(scheme)) return false;
  const rest = text.slice(sep + 3);
  if (rest.length === 0) return false;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] as string;
    if (ch === '/' || ch === '?' || ch === '#' || ch === '@' || ch === ' ') return false;
  }
  return true;
}

function checkAllowlistEntry(c: SfFieldChecker, feature: string, item: Item): void {
  const v = item.value;
  if (v.type === 'token' && (v.value === '*' || v.value === 'self' || v.value === 'src')) return;
  if (v.type === 'string' && isOrigin(v.value)) return;
  const shown = v.type === 'string' ? `"${v.value}"` : v.type === 'token' ? v.value : TYPE_NAMES[v.type];
  c.report('HTTP3841', c.span(item), { feature, value: shown });
}


// Permissions-Policy = sf-dictionary; feature -> allowlist (an item, or an inner list of items:
// the tokens *, self, src, or origin Strings)
const permissionsPolicy = defineStructuredField(['Permissions-Policy', 'Permissions-Policy-Report-Only'], 'dictionary', (dict, c) => {
  for (const [feature, member] of dict) {
    if (!POLICY_FEATURES.includes(feature) && !feature.startsWith('ch-')) c.report('HTTP3853', c.keyNameSpan(dict, feature), { feature });
    if ('items' in member) {
      for (const item of member.items) checkAllowlistEntry(c, feature, item);
    } else {
      checkAllowlistEntry(c, feature, member);
    }
    c.params(member.params, { 'report-to': ['string', 'token'] });
  }
});

// ---- Cross-Origin-Embedder-Policy / Cross-Origin-Opener-Policy (HTML) ------------------

function crossOriginPolicy(names: string[], values: readonly string[], reportOnly: boolean): FieldParserDefinition {
  return defineStructuredField(names, 'item', (item, c) => {
    const known = c.item(item, ['token']) !== undefined && oneOf(c, item.value, values);
    c.params(item.params, { 'report-to': ['string'] });
    if (reportOnly && known && !item.params.has('report-to')) c.report('HTTP3852', c.wholeSpan);
  });
}

const COEP_VALUES = ['unsafe-none', 'require-corp', 'credentialless'];
const COOP_VALUES = ['unsafe-none', 'same-origin-allow-popups', 'same-origin', 'noopener-allow-popups'];
const coep = crossOriginPolicy(['Cross-Origin-Embedder-Policy'], COEP_VALUES, false);
const coepReportOnly = crossOriginPolicy(['Cross-Origin-Embedder-Policy-Report-Only'], COEP_VALUES, true);
const coop = crossOriginPolicy(['Cross-Origin-Opener-Policy'], COOP_VALUES, false);
const coopReportOnly = crossOriginPolicy(['Cross-Origin-Opener-Policy-Report-Only'], COOP_VALUES, true);

// Origin-Agent-Cluster = sf-boolean
const originAgentCluster = defineStructuredField(['Origin-Agent-Cluster'], 'item', (item, c) => {
  c.item(item, ['boolean']);
});

// ---- Reporting-Endpoints (Reporting API) ----------------------------------------------

function isInsecureUrl(url: string): boolean {
  const lower = url.toLowerCase();
  if (!lower.startsWith('http://') && !lower.startsWith('ws://')) return false;
  const hostStart = lower.indexOf('//') + 2;
  let hostEnd = hostStart;
  while (hostEnd < lower.length && !'/?#'.includes(lower[hostEnd] as string)) hostEnd++;
  let host = lower.slice(hostStart, hostEnd);
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  if (host.startsWith('[')) host = host.slice(0, host.indexOf(']') + 1);
  else if (host.includes(':')) host = host.slice(0, host.indexOf(':'));
  const local = host === 'localhost' || host.endsWith('.localhost') || host.startsWith('127.') || host === '[::1]';
  return !local;
}

// Reporting-Endpoints = sf-dictionary; endpoint name -> String (URL-reference)
const reportingEndpoints = defineStructuredField(['Reporting-Endpoints'], 'dictionary', (dict, c) => {
  for (const [name, member] of dict) {
    const item = c.item(member, ['string']);
    if (item && item.value.type === 'string' && isInsecureUrl(item.value.value)) {
      c.report('HTTP3843', c.span(item.value), { name, url: item.value.value });
    }
  }
});

// ---- Idempotency-Key, Deprecation --------------------------------------------------------

// Idempotency-Key = sf-string
const idempotencyKey = defineStructuredField(['Idempotency-Key'], 'item', (item, c) => {
  if (c.item(item, ['string']) && item.value.type === 'string' && item.value.value.length === 0) c.report('HTTP3844', c.span(item.value));
});

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `true` or an HTTP-date: the forms of the drafts before RFC 9745. */
function isLegacyDeprecation(text: string): boolean {
  const t = text.trim().toLowerCase();
  return t === 'true' || t === '?1' || (t.length >= 3 && DAY_NAMES.includes(t.slice(0, 3)) && /\d/.test(t));
}

// Deprecation = sf-date (RFC 9745, Section 2.1)
const deprecation = defineStructuredField(
  ['Deprecation'],
  'item',
  (item, c) => {
    if (isLegacyDeprecation(c.text)) {
      c.report('HTTP3845', c.wholeSpan);
      return;
    }
    c.item(item, ['date']);
  },
  {
    onSyntaxError: (text, c) => {
      if (!isLegacyDeprecation(text)) return false;
      c.report('HTTP3845', c.wholeSpan);
      return true;
    },
  },
);

// ---- Compression dictionary transport (RFC 9842) ------------------------------------------

// Available-Dictionary = sf-binary (SHA-256 of the dictionary)
const availableDictionary = defineStructuredField(['Available-Dictionary'], 'item', (item, c) => {
  if (c.item(item, ['binary']) && item.value.type === 'binary' && item.value.value.length !== 32) {
    c.report('HTTP3846', c.span(item.value), { actual: item.value.value.length });
  }
});

// Dictionary-ID = sf-string of at most 1024 characters
const dictionaryId = defineStructuredField(['Dictionary-ID'], 'item', (item, c) => {
  if (c.item(item, ['string']) && item.value.type === 'string' && item.value.value.length > 1024) {
    c.report('HTTP3847', c.span(item.value), { length: item.value.value.length });
  }
});

// Use-As-Dictionary = sf-dictionary; match: String (required), match-dest: Inner List of Strings,
// id: String (<= 1024), type: Token (raw)
const useAsDictionary = defineStructuredField(['Use-As-Dictionary'], 'dictionary', (dict, c) => {
  for (const [key, member] of dict) {
    if (key === 'match') c.item(member, ['string']);
    else if (key === 'match-dest') {
      const list = c.innerList(member);
      if (list) for (const item of list.items) c.bare(item.value, ['string']);
    } else if (key === 'id') {
      const item = c.item(member, ['string']);
      if (item && item.value.type === 'string' && item.value.value.length > 1024) {
        c.report('HTTP3847', c.span(item.value), { length: item.value.value.length });
      }
    } else if (key === 'type') {
      const item = c.item(member, ['token']);
      if (item && item.value.type === 'token' && item.value.value !== 'raw') c.report('HTTP3848', c.span(item.value), { value: item.value.value });
    } else c.report('HTTP3822', c.keyNameSpan(dict, key), { key });
  }
  if (!dict.has('match')) c.report('HTTP3823', c.wholeSpan, { key: 'match' });
});

// ---- Client-Cert, Client-Cert-Chain (RFC 9440) ---------------------------------------------

function checkDer(c: SfFieldChecker, member: Member): void {
  const item = c.item(member, ['binary']);
  if (item && item.value.type === 'binary' && (item.value.value.length < 2 || item.value.value[0] !== 0x30)) c.report('HTTP3849', c.span(item.value));
}

// Client-Cert = sf-binary (DER certificate)
const clientCert = defineStructuredField(['Client-Cert'], 'item', (item, c) => checkDer(c, item));

// Client-Cert-Chain = sf-list of sf-binary
const clientCertChain = defineStructuredField(['Client-Cert-Chain'], 'list', (list, c) => {
  for (const member of list) checkDer(c, member);
});

// Concealed-Auth-Export = sf-binary: the 48-byte TLS key exporter output (RFC 9729)
const concealedAuthExport = defineStructuredField(['Concealed-Auth-Export'], 'item', (item, c) => {
  if (c.item(item, ['binary']) && item.value.type === 'binary' && item.value.value.length !== 48) {
    c.report('HTTP3858', c.span(item.value), { actual: item.value.value.length });
  }
});

// ---- Fetch Metadata and storage access ------------------------------------------------------

const SEC_FETCH_VALUES: Readonly<Record<string, readonly string[]>> = {
  'sec-fetch-dest': [
    'audio',
    'audioworklet',
    'document',
    'embed',
    'empty',
    'fencedframe',
    'font',
    'frame',
    'iframe',
    'image',
    'json',
    'manifest',
    'object',
    'paintworklet',
    'report',
    'script',
    'serviceworker',
    'sharedworker',
    'style',
    'track',
    'video',
    'webidentity',
    'worker',
    'xslt',
  ],
  'sec-fetch-mode': ['cors', 'navigate', 'no-cors', 'same-origin', 'websocket'],
  'sec-fetch-site': ['cross-site', 'same-origin', 'same-site', 'none'],
  'sec-fetch-storage-access': ['none', 'inactive', 'active'],
};

// Sec-Fetch-Dest / -Mode / -Site / -Storage-Access = sf-token from a fixed set
const secFetchToken = defineStructuredField(Object.keys(SEC_FETCH_VALUES), 'item', (item, c) => {
  if (c.item(item, ['token'])) oneOf(c, item.value, SEC_FETCH_VALUES[c.context.name.toLowerCase()] ?? []);
});

// Sec-Fetch-User = sf-boolean, only ever ?1
const secFetchUser = defineStructuredField(['Sec-Fetch-User'], 'item', (item, c) => {
  if (c.item(item, ['boolean']) && item.value.value === false) c.report('HTTP3850', c.span(item.value));
});

// Activate-Storage-Access = sf-token: load, or retry;allowed-origin=(String / *)
const activateStorageAccess = defineStructuredField(['Activate-Storage-Access'], 'item', (item, c) => {
  if (!c.item(item, ['token']) || !oneOf(c, item.value, ['load', 'retry'])) return;
  c.params(item.params, { 'allowed-origin': ['string', 'token'] });
  if (item.value.value === 'retry' && !item.params.has('allowed-origin')) c.report('HTTP3854', c.span(item.value));
});

// ---- Accept-Query (The HTTP QUERY Method) ----------------------------------------------------

/** type "/" subtype, both RFC 9110 tokens. */
function isMediaType(text: string): boolean {
  const slash = text.indexOf('/');
  if (slash <= 0 || slash === text.length - 1) return false;
  return /^[\w!#$%&'*+.^`|~-]+\/[\w!#$%&'*+.^`|~-]+$/.test(text);
}

// Accept-Query = sf-list of media types (Token or String) with parameters
const acceptQuery = defineStructuredField(['Accept-Query'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, TOKEN_OR_STRING);
    if (item && (item.value.type === 'token' || item.value.type === 'string') && !isMediaType(item.value.value)) {
      c.report('HTTP3851', c.span(item.value), { value: item.value.value });
    }
  }
});

// ---- Speculative loading, No-Vary-Search, Topics ----------------------------------------

// Sec-Purpose = sf-list; prefetch, with the parameters prerender and anonymous-client-ip (Fetch)
const secPurpose = defineStructuredField(['Sec-Purpose'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, ['token']);
    if (!item || !oneOf(c, item.value, ['prefetch'])) continue;
    c.params(item.params, { prerender: ['boolean'], 'anonymous-client-ip': ['boolean'] });
  }
});

// Supports-Loading-Mode = sf-list of Tokens (Prerendering Revamped, Fenced Frames)
const supportsLoadingMode = defineStructuredField(['Supports-Loading-Mode'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, ['token']);
    if (item) oneOf(c, item.value, ['credentialed-prerender', 'uncredentialed-prerender', 'uncredentialed-prefetch', 'fenced-frame']);
  }
});

// Speculation-Rules = sf-list of Strings (URLs of rule sets)
const speculationRules = defineStructuredField(['Speculation-Rules'], 'list', (list, c) => {
  for (const member of list) c.item(member, ['string']);
});

// Observe-Browsing-Topics = sf-boolean
const observeBrowsingTopics = defineStructuredField(['Observe-Browsing-Topics'], 'item', (item, c) => {
  c.item(item, ['boolean']);
});

// No-Vary-Search = sf-dictionary; key-order: Boolean, params: Boolean / Inner List of Strings,
// except: Inner List of Strings (only with params=?1). Any other key voids the whole field.
const noVarySearch = defineStructuredField(['No-Vary-Search'], 'dictionary', (dict, c) => {
  for (const [key, member] of dict) {
    if (key === 'key-order') c.item(member, ['boolean']);
    else if (key === 'params') {
      if ('items' in member) for (const item of member.items) c.bare(item.value, ['string']);
      else c.item(member, ['boolean']);
    } else if (key === 'except') {
      const list = c.innerList(member);
      if (list) for (const item of list.items) c.bare(item.value, ['string']);
      const params = dict.get('params');
      const paramsTrue = params !== undefined && !('items' in params) && params.value.type === 'boolean' && params.value.value;
      if (!paramsTrue) c.report('HTTP3856', c.keyNameSpan(dict, key));
    } else c.report('HTTP3857', c.keyNameSpan(dict, key), { key });
  }
});

// ---- Device client hints (Responsive Image Client Hints) ------------------------------------

// Sec-CH-Viewport-Width / -Viewport-Height / Sec-CH-Width = sf-integer > 0; Sec-CH-DPR = sf-decimal > 0
const deviceHint = defineStructuredField(['Sec-CH-Viewport-Width', 'Sec-CH-Viewport-Height', 'Sec-CH-Width', 'Sec-CH-DPR'], 'item', (item, c) => {
  const types: readonly BareItemType[] = c.context.name.toLowerCase() === 'sec-ch-dpr' ? ['decimal', 'integer'] : ['integer'];
  if (!c.item(item, types)) return;
  const v = item.value;
  if ((v.type === 'integer' || v.type === 'decimal') && v.value <= 0) c.report('HTTP3859', c.span(v), { value: String(v.value) });
});

// ---- HTTP Cache Groups (RFC 9875), Capsule-Protocol (RFC 9297), Link-Template (RFC 9652) ------------

// Cache-Groups / Cache-Group-Invalidation = sf-list of Strings
const cacheGroups = defineStructuredField(['Cache-Groups', 'Cache-Group-Invalidation'], 'list', (list, c) => {
  for (const member of list) c.item(member, ['string']);
});

// Capsule-Protocol = sf-boolean
const capsuleProtocol = defineStructuredField(['Capsule-Protocol'], 'item', (item, c) => {
  c.item(item, ['boolean']);
});

// Link-Template = sf-list of Strings (URI Templates) whose parameters are target attributes (Strings)
const linkTemplate = defineStructuredField(['Link-Template'], 'list', (list, c) => {
  for (const member of list) {
    const item = c.item(member, ['string']);
    if (!item) continue;
    for (const [key, value] of item.params) {
      if (key.endsWith('*')) c.bare(value, ['displaystring', 'string']);
      else c.bare(value, ['string']);
    }
  }
});

// ---- Common Media Client Data (CTA-5004) -------------------------------------------------------

const CMCD_KEYS: Readonly<Record<string, { field: string; types: readonly BareItemType[]; values?: readonly string[] }>> = {
  br: { field: 'CMCD-Object', types: ['integer'] },
  d: { field: 'CMCD-Object', types: ['integer'] },
  ot: { field: 'CMCD-Object', types: ['token'], values: ['m', 'a', 'v', 'av', 'i', 'c', 'tt', 'k', 'o'] },
  tb: { field: 'CMCD-Object', types: ['integer'] },
  bl: { field: 'CMCD-Request', types: ['integer'] },
  dl: { field: 'CMCD-Request', types: ['integer'] },
  mtp: { field: 'CMCD-Request', types: ['integer'] },
  nor: { field: 'CMCD-Request', types: ['string'] },
  nrr: { field: 'CMCD-Request', types: ['string'] },
  su: { field: 'CMCD-Request', types: ['boolean'] },
  cid: { field: 'CMCD-Session', types: ['string'] },
  pr: { field: 'CMCD-Session', types: ['decimal', 'integer'] },
  sf: { field: 'CMCD-Session', types: ['token'], values: ['d', 'h', 's', 'o'] },
  sid: { field: 'CMCD-Session', types: ['string'] },
  st: { field: 'CMCD-Session', types: ['token'], values: ['v', 'l'] },
  v: { field: 'CMCD-Session', types: ['integer'] },
  bs: { field: 'CMCD-Status', types: ['boolean'] },
  rtp: { field: 'CMCD-Status', types: ['integer'] },
};

// CMCD-Object / -Request / -Session / -Status = sf-dictionary of the CTA-5004 keys; custom keys
// carry a hyphenated prefix
const cmcd = defineStructuredField(['CMCD-Object', 'CMCD-Request', 'CMCD-Session', 'CMCD-Status'], 'dictionary', (dict, c) => {
  const field = c.context.name.toLowerCase();
  for (const [key, member] of dict) {
    const known = CMCD_KEYS[key];
    if (!known) {
      if (!key.includes('-')) c.report('HTTP3822', c.keyNameSpan(dict, key), { key });
      continue;
    }
    if (known.field.toLowerCase() !== field) c.report('HTTP3860', c.keyNameSpan(dict, key), { key, expected: known.field });
    const item = c.item(member, known.types);
    if (item && known.values) oneOf(c, item.value, known.values);
  }
});

/** Every structured-field parser of this family, in the order of the sections above. */
export const STRUCTURED_FIELD_PARSERS: readonly FieldParserDefinition[] = [
  priority,
  cacheStatus,
  proxyStatus,
  digest,
  wantDigest,
  signature,
  signatureInput,
  acceptSignature,
  acceptCh,
  uaBrands,
  uaBoolean,
  uaString,
  uaFormFactors,
  userPreference,
  permissionsPolicy,
  coep,
  coepReportOnly,
  coop,
  coopReportOnly,
  originAgentCluster,
  reportingEndpoints,
  idempotencyKey,
  deprecation,
  availableDictionary,
  dictionaryId,
  useAsDictionary,
  clientCert,
  clientCertChain,
  concealedAuthExport,
  secFetchToken,
  secFetchUser,
  activateStorageAccess,
  acceptQuery,
  criticalCh,
  secPurpose,
  supportsLoadingMode,
  speculationRules,
  observeBrowsingTopics,
  noVarySearch,
  deviceHint,
  cacheGroups,
  capsuleProtocol,
  linkTemplate,
  cmcd,
] as FieldParserDefinition[];
