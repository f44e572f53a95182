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
const candidates = FIELD_DEFINITIONS.filter((d) => CURRENT_STATUSES.has(d.status) && d.name.length >= 4).map((d) => ({
  def: d,
  lower: d.name.toLowerCase(),
}));

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

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transposition),
 * giving up early once every path exceeds `max` (then returns `max + 1`).
 */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2 = new Array<number>(b.length + 1).fill(0);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let cur = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      cur[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[b.length] as number;
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
  const fromTable = COMMON_MISSPELLINGS[lower];
  if (fromTable) return fromTable;
  const sameLetters = compactIndex.get(compact(name));
  if (sameLetters) return sameLetters.name;

  const max = threshold(lower.length);
  if (max === 0) return undefined;
  let best: { def: FieldDefinition; distance: number } | undefined;
  for (const c of candidates) {
    // `X-Cache-Status` is a vendor variant of `Cache-Status`, not a typo of it.
    if (lower === `x-${c.lower}` || c.lower === `x-${lower}`) continue;
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
