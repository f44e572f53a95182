/**
 * The registered cache directives (IANA "Hypertext Transfer Protocol (HTTP) Cache
 * Directive Registry"): RFC 9111 §5.2, RFC 5861 (stale-while-revalidate,
 * stale-if-error), RFC 8246 (immutable).
 *
 * An argument kind says what follows `=`:
 * - `none`: no argument;
 * - `delta`: delta-seconds, required (`delta-seconds = 1*DIGIT`, RFC 9111 §1.2.2);
 * - `optional-delta`: delta-seconds, optional (`max-stale`);
 * - `field-list`: an optional quoted list of field names (`no-cache`, `private` in responses).
 */
export type ArgumentKind = 'none' | 'delta' | 'optional-delta' | 'field-list';

export interface DirectiveSpec {
  name: string;
  /** The argument in a request; absent when the directive is not defined for requests. */
  request?: ArgumentKind;
  /** The argument in a response; absent when the directive is not defined for responses. */
  response?: ArgumentKind;
  /** Where it is defined, for example `RFC 9111 §5.2.2.1`. */
  spec: string;
}

export const DIRECTIVES: readonly DirectiveSpec[] = [
  { name: 'max-age', request: 'delta', response: 'delta', spec: 'RFC 9111 §5.2.1.1, §5.2.2.1' },
  { name: 'max-stale', request: 'optional-delta', spec: 'RFC 9111 §5.2.1.2' },
  { name: 'min-fresh', request: 'delta', spec: 'RFC 9111 §5.2.1.3' },
  { name: 'no-cache', request: 'none', response: 'field-list', spec: 'RFC 9111 §5.2.1.4, §5.2.2.4' },
  { name: 'no-store', request: 'none', response: 'none', spec: 'RFC 9111 §5.2.1.5, §5.2.2.5' },
  { name: 'no-transform', request: 'none', response: 'none', spec: 'RFC 9111 §5.2.1.6, §5.2.2.6' },
  { name: 'only-if-cached', request: 'none', spec: 'RFC 9111 §5.2.1.7' },
  { name: 'must-revalidate', response: 'none', spec: 'RFC 9111 §5.2.2.2' },
  { name: 'must-understand', response: 'none', spec: 'RFC 9111 §5.2.2.3' },
  { name: 'private', response: 'field-list', spec: 'RFC 9111 §5.2.2.7' },
  { name: 'proxy-revalidate', response: 'none', spec: 'RFC 9111 §5.2.2.8' },
  { name: 'public', response: 'none', spec: 'RFC 9111 §5.2.2.9' },
  { name: 's-maxage', response: 'delta', spec: 'RFC 9111 §5.2.2.10' },
  { name: 'stale-while-revalidate', response: 'delta', spec: 'RFC 5861 §3' },
  { name: 'stale-if-error', request: 'delta', response: 'delta', spec: 'RFC 5861 §4' },
  { name: 'immutable', response: 'none', spec: 'RFC 8246 §2' },
];

const BY_NAME = new Map<string, DirectiveSpec>(DIRECTIVES.map((d) => [d.name, d]));

export function getDirectiveSpec(name: string): DirectiveSpec | undefined {
  return BY_NAME.get(name);
}

/**
 * The registered names as a trie over ASCII, stored as a transition table (state * 128 +
 * character -> state; letters in both cases), so a name is recognised while it is scanned:
 * no name is sliced, lower-cased, hashed or compared again to find its directive.
 * State 0 is "no registered name"; it leads only to itself.
 */
const NAME_STEP = new Uint8Array(256 * 128);
const NAME_SPEC: (DirectiveSpec | undefined)[] = new Array<DirectiveSpec | undefined>(256).fill(undefined);
/** The state before the first character of a name. */
export const NAME_ROOT = 1;
{
  let states = 2;
  for (const d of DIRECTIVES) {
    let state = NAME_ROOT;
    for (let k = 0; k < d.name.length; k++) {
      const c = d.name.charCodeAt(k);
      let to = NAME_STEP[state * 128 + c] as number;
      if (to === 0) {
        to = states++;
        if (to > 255) throw new Error('directive name table too small');
        NAME_STEP[state * 128 + c] = to;
        if (c >= 97 && c <= 122) NAME_STEP[state * 128 + c - 32] = to;
      }
      state = to;
    }
    NAME_SPEC[state] = d;
  }
}

/** The state after character `c` (a tchar, below 128) of a name. */
export function nameStep(state: number, c: number): number {
  return NAME_STEP[(state << 7) | c] as number;
}

/** The registered directive whose name (in any ASCII case) ends in this state, if any. */
export function nameSpec(state: number): DirectiveSpec | undefined {
  return NAME_SPEC[state];
}

/** Directives of other specifications or vendors that are not registered but seen in traffic. */
const KNOWN_UNREGISTERED = new Set(['pre-check', 'post-check', 'no-store-remote', 'content']);

export function isKnownUnregistered(name: string): boolean {
  return KNOWN_UNREGISTERED.has(name);
}

function squash(name: string): string {
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    // drop '-', '_', '.', ' '
    if (c === 45 || c === 95 || c === 46 || c === 32) continue;
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : name[i];
  }
  return out;
}

const SQUASHED = new Map<string, string>(DIRECTIVES.map((d) => [squash(d.name), d.name]));

/** Levenshtein distance with an early exit above `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      cur.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = cur;
  }
  return prev[b.length] as number;
}

/**
 * A registered directive that an unknown name probably meant: the same letters with
 * other separators (`s-max-age`, `max_age`, `nocache`), or one or two edits away.
 */
export function suggestDirective(name: string): string | undefined {
  const lower = name.toLowerCase();
  if (BY_NAME.has(lower) || KNOWN_UNREGISTERED.has(lower)) return undefined;
  const sq = squash(lower);
  const same = SQUASHED.get(sq);
  if (same) return same;
  if (sq.length < 4) return undefined;
  const max = sq.length >= 9 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const [key, canonical] of SQUASHED) {
    const d = distance(sq, key, max);
    if (d < bestDistance) {
      bestDistance = d;
      best = canonical;
    }
  }
  return best;
}
