import { codeArea, SpanKeys } from '../span-keys.js';
import type { MessageArgs, Span } from '../types.js';

/** A problem found by a grammar or a field parser: a diagnostic code, a span (relative to the value) and its message arguments. */
export interface Problem {
  code: string;
  span: Span;
  args: MessageArgs;
}

const NO_OFFSETS: ReadonlySet<number> = new Set();

/**
 * Collects problems. A problem is reported once: a second problem of the same
 * area on the same span is dropped, and nothing is reported at an offset the
 * generic character check already flagged (see `parseField`).
 */
export class Problems {
  readonly list: Problem[] = [];
  private seen: SpanKeys | undefined;
  private readonly flagged: ReadonlySet<number>;

  constructor(flagged?: ReadonlySet<number>) {
    this.flagged = flagged ?? NO_OFFSETS;
  }

  add(code: string, offset: number, length: number, args: MessageArgs = {}): void {
    if (length > 0 && this.flagged.size > 0) {
      for (let i = offset; i < offset + length; i++) if (this.flagged.has(i)) return;
    }
    this.seen ??= new SpanKeys();
    if (!this.seen.add(codeArea(code), offset, length)) return;
    this.list.push({ code, span: { offset, length }, args });
  }

  /** Whether a problem with this code was reported. */
  has(code: string): boolean {
    return this.list.some((p) => p.code === code);
  }

  get count(): number {
    return this.list.length;
  }

  /**
   * Reports that `expected` was needed at `pos`: HTTP2000 with the character found,
   * or HTTP2001 when the value ends there.
   */
  expected(text: string, pos: number, end: number, expected: string): void {
    if (pos >= end) this.add('HTTP2001', end, 0, { expected });
    else {
      const cp = text.codePointAt(pos) ?? 0;
      this.add('HTTP2000', pos, cp > 0xffff ? 2 : 1, { expected, found: describeChar(cp) });
    }
  }
}

/** A character for a message: `"x"` when printable ASCII, else `U+XXXX`. */
export function describeChar(cp: number): string {
  if (cp >= 0x21 && cp <= 0x7e) return `"${String.fromCharCode(cp)}"`;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
