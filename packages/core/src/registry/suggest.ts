import { FIELD_DEFINITIONS, getFieldDefinition } from './field-registry.js';
import type { FieldDefinition } from './fields/types.js';

/**
 * Misspellings of field names seen in real requests and responses, which edit
 * distance alone misses or ranks wrongly. Keys are lower case.
 */
export const COMMON_MISSPELLINGS: Readonly<Record<string, string>> = {
  'update': 'Upgrade',
  'upgarde': 'Upgrade',
  'max-forward': 'Max-Forwards',
  'maxforward': 'Max-Forwards',
  'accept-range': 'Accept-Ranges',
  'accepts-ranges': 'Accept-Ranges',
  'authorizaiton': 'Authorization',
  'authorisation': 'Authorization',
  'authentication': 'Authorization',
  'authorizations': 'Authorization',
  'content-lenght': 'Content-Length',
  'content-legth': 'Content-Length',
  'content-size': 'Content-Length',
  'referrer': 'Referer',
  'referral': 'Referer',
  'referer-policy': 'Referrer-Policy',
  'etags': 'ETag',
  'e-tag': 'ETag',
  'expire': 'Expires',
  'expiry': 'Expires',
  'last-modifed': 'Last-Modified',
  'cookies': 'Cookie',
  'set-cookies': 'Set-Cookie',
  'cache-controls': 'Cache-Control',
  'accept-encodings': 'Accept-Encoding',
  'access-control-allow-origins': 'Access-Control-Allow-Origin',
  'access-control-allow-header': 'Access-Control-Allow-Headers',
  'access-control-allow-method': 'Access-Control-Allow-Methods',
  'access-control-expose-header': 'Access-Control-Expose-Headers',
  'access-control-request-header': 'Access-Control-Request-Headers',
  'access-control-allow-credential': 'Access-Control-Allow-Credentials',
  'x-frame-option': 'X-Frame-Options',
  'x-content-type-option': 'X-Content-Type-Options',
  'upgrade-insecure-request': 'Upgrade-Insecure-Requests',
  'strict-transport-securty': 'Strict-Transport-Security',
  'x-forwarded-protocol': 'X-Forwarded-Proto',
};

const CURRENT_STATUSES = new Set<FieldDefinition['status']>(['permanent', 'provisional', 'nonstandard']);
const STATUS_RANK: Record<FieldDefinition['status'], number> = { permanent: 0, provisional: 1, nonstandard: 2, deprecated: 3, obsoleted: 4 };

/** Suggestion candidates: fields in current use (a typo is rarely aimed at an obsoleted field). */
const candidates = FIELD_DEFINITIONS.filter((d) => CURRENT_STATUSES.has(d.status) && d.name.length >= 4).map((d) => {
  const lower = d.name.toLowerCase();
  return { def: d, lower, histogram: histogram(lower), stem: vendorStem(lower) };
});

/** A lower-case name without a vendor prefix of one to three letters (`x-`, `cf-`): names with the same stem are variants. */
function vendorStem(lower: string): string {
  const dash = lower.indexOf('-');
  return dash >= 1 && dash <= 3 && /^[a-z]+$/.test(lower.slice(0, dash)) && dash < lower.length - 1 ? lower.slice(dash + 1) : lower;
}

/** Letter counts (ASCII, folded to 64 buckets): a cheap lower bound on the edit distance. */
function histogram(s: string): Int8Array {
  const h = new Int8Array(64);
  for (let i = 0; i < s.length; i++) h[s.charCodeAt(i) & 63] = ((h[s.charCodeAt(i) & 63] as number) + 1) | 0;
  return h;
}

/**
 * An insertion or deletion changes one count, a substitution two, a transposition
 * none: half the L1 distance of the histograms never exceeds the edit distance.
 */
function histogramBound(a: Int8Array, b: Int8Array, max: number): boolean {
  let diff = 0;
  for (let i = 0; i < 64; i++) {
    diff += Math.abs((a[i] as number) - (b[i] as number));
    if (diff > 2 * max) return false;
  }
  return true;
}

/** The same name without separators, for `ContentType`, `content_type`, `content type`. */
const compactIndex = new Map<string, FieldDefinition>();
for (const d of FIELD_DEFINITIONS) {
  const key = compact(d.name);
  if (!compactIndex.has(key)) compactIndex.set(key, d);
}

function compact(name: string): string {
  let out = '';
  for (const ch of name.toLowerCase()) if (ch !== '-' && ch !== '_' && ch !== ' ' && ch !== '.') out += ch;
  return out;
}

/** Row buffers reused across calls (field names are short; they grow when needed). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition),
 * giving up early once every path exceeds `max` (then returns `max + 1`).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  if ((rows[0] as Int32Array).length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)];
  let [prev2, prev, cur] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j < width; j++) prev[j] = j;
  // A row can draw on the row two above it (transposition), so the search stops only
  // when two consecutive rows exceed the bound.
  let prevRowMin = 0;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < width; j++) {
      const bj = b.charCodeAt(j - 1);
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max && prevRowMin >= max) return max + 1;
    prevRowMin = rowMin;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[b.length] as number, max + 1);
}

/** How many edits a name of this length may be away from a suggestion. */
function threshold(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/**
 * The field a user probably meant by an unknown name: first the table of common
 * misspellings, then the same name with other separators, then the nearest known
 * field by edit distance (ties go to the registered, then the shorter, name).
 * Returns undefined for a known field (names are case-insensitive, so
 * `COntent-Length` is not a misspelling) and when nothing is close enough.
 */
export function suggestFieldName(name: string): string | undefined {
  if (getFieldDefinition(name)) return undefined;
  const lower = name.toLowerCase();
  if (memo.has(lower)) return memo.get(lower);
  const suggestion = computeSuggestion(name, lower);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(lower, suggestion);
  return suggestion;
}

/** Recent answers: a document tends to repeat its unknown names. */
const memo = new Map<string, string | undefined>();
const MEMO_LIMIT = 512;

function computeSuggestion(name: string, lower: string): string | undefined {
  // own properties only: `constructor` is no misspelling of a field name
  const fromTable = Object.prototype.hasOwnProperty.call(COMMON_MISSPELLINGS, lower) ? COMMON_MISSPELLINGS[lower] : undefined;
  if (fromTable) return fromTable;
  const sameLetters = compactIndex.get(compact(name));
  if (sameLetters) return sameLetters.name;

  const max = threshold(lower.length);
  if (max === 0) return undefined;
  let best: { def: FieldDefinition; distance: number } | undefined;
  const own = histogram(lower);
  const ownStem = vendorStem(lower);
  for (const c of candidates) {
    if (Math.abs(c.lower.length - lower.length) > max || !histogramBound(own, c.histogram, max)) continue;
    // `X-Cache-Status` is a vendor variant of `Cache-Status` and of `CF-Cache-Status`, not a typo of either.
    if (c.stem === ownStem) continue;
    const distance = editDistance(lower, c.lower, max);
    if (distance > max) continue;
    if (
      !best ||
      distance < best.distance ||
      (distance === best.distance &&
        (STATUS_RANK[c.def.status] < STATUS_RANK[best.def.status] ||
          (STATUS_RANK[c.def.status] === STATUS_RANK[best.def.status] &&
            Math.abs(c.lower.length - lower.length) < Math.abs(best.def.name.length - lower.length))))
    ) {
      best = { def: c.def, distance };
    }
  }
  return best?.def.name;
}
