/**
 * A set of (kind, offset, length) triples, for dropping a diagnostic reported twice
 * on one span. Keys are numbers, not strings such as `HTTP31:12:3`: a value with
 * thousands of problems then builds no key string per problem and hashes no
 * string, which kept the time of diagnostic-heavy values growing faster than
 * their length.
 */
export class SpanKeys {
  /** By offset: one `length * KINDS + kind` number, or several. */
  private readonly byOffset = new Map<number, number | number[]>();

  /** Adds the triple; false when it was already there. `kind` is below `SpanKeys.KINDS`. */
  add(kind: number, offset: number, length: number): boolean {
    const key = length * SpanKeys.KINDS + kind;
    const present = this.byOffset.get(offset);
    if (present === undefined) {
      this.byOffset.set(offset, key);
      return true;
    }
    if (typeof present === 'number') {
      if (present === key) return false;
      this.byOffset.set(offset, [present, key]);
      return true;
    }
    if (present.includes(key)) return false;
    present.push(key);
    return true;
  }

  /** Kinds are diagnostic code numbers (0-9999) or areas (their first two digits). */
  static readonly KINDS = 10_000;
}

/** The number of a code `HTTPdddd` (0-9999); a code of another form counts as 9999. */
export function codeNumber(code: string): number {
  let n = 0;
  if (code.length !== 8) return 9999;
  for (let i = 4; i < 8; i++) {
    const d = code.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return 9999;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The area of a code for de-duplication (DESIGN.md: two diagnostics may not share a
 * span and an area): every HTTP2xxx is one area (syntax), the others by their first
 * two digits (HTTP31xx, HTTP05xx...).
 */
export function codeArea(code: string): number {
  const n = codeNumber(code);
  return n >= 2000 && n < 3000 ? 20 : Math.floor(n / 100);
}
