import { createDiagnostic } from '../diagnostics.js';
import type { FieldParseContext, FieldParseResult, FieldParserDefinition } from '../fields/types.js';
import type { Diagnostic, MessageArgs, Span } from '../types.js';
import { parseStructuredFieldWithSpans, type SfSpans } from './parse.js';
import type {
  BareItem,
  BareItemType,
  Dictionary,
  InnerList,
  Item,
  Member,
  Parameters,
  SfErrorReason,
  StructuredFieldType,
  StructuredFieldValueMap,
} from './types.js';

/** The diagnostic code of each kind of Structured Field syntax error. */
export const SF_ERROR_CODES: Readonly<Record<SfErrorReason, string>> = {
  empty: 'HTTP3800',
  expectedItem: 'HTTP3801',
  expectedKey: 'HTTP3802',
  expectedComma: 'HTTP3803',
  trailingComma: 'HTTP3804',
  trailingCharacters: 'HTTP3805',
  invalidNumber: 'HTTP3806',
  invalidString: 'HTTP3807',
  invalidBinary: 'HTTP3808',
  invalidBoolean: 'HTTP3809',
  invalidDate: 'HTTP3810',
  invalidDisplayString: 'HTTP3811',
  invalidInnerList: 'HTTP3812',
};

/** RFC 9651 names of the types, as they appear in messages. */
export const TYPE_NAMES: Readonly<Record<BareItemType | 'innerList', string>> = {
  integer: 'Integer',
  decimal: 'Decimal',
  string: 'String',
  token: 'Token',
  binary: 'Byte Sequence',
  boolean: 'Boolean',
  date: 'Date',
  displaystring: 'Display String',
  innerList: 'Inner List',
};

/**
 * What a structured field's check function works with: the parsed value, where
 * each part stands, and a diagnostic sink with the field's name and locale.
 */
export class SfFieldChecker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly reported = new Set<string>();

  constructor(
    readonly text: string,
    readonly spans: SfSpans,
    readonly context: FieldParseContext,
  ) {}

  /** The whole value, trimmed of surrounding spaces. */
  get wholeSpan(): Span {
    let start = 0;
    let end = this.text.length;
    while (start < end && (this.text[start] === ' ' || this.text[start] === '\t')) start++;
    while (end > start && (this.text[end - 1] === ' ' || this.text[end - 1] === '\t')) end--;
    return { offset: start, length: end - start };
  }

  /**
   * Adds a diagnostic. Each problem is reported once: a second diagnostic on the
   * very same span (for example a key-only member that is both unknown and of the
   * wrong type) is dropped, and the first one stands.
   */
  report(code: string, span: Span | undefined, args: MessageArgs = {}): void {
    const at = span ?? this.wholeSpan;
    const key = `${at.offset}:${at.length}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push(createDiagnostic(code, at, { field: this.context.name, ...args }, { locale: this.context.locale }));
  }

  /** Span of a node (Item, Inner List or Bare Item). */
  span(node: Item | InnerList | BareItem): Span {
    return this.spans.of(node) ?? this.wholeSpan;
  }

  /** Span of a member or parameter, key to end of value. */
  keySpan(container: Dictionary | Parameters, key: string): Span {
    return this.spans.ofKey(container, key) ?? this.wholeSpan;
  }

  /** Span of a key's name alone. */
  keyNameSpan(container: Dictionary | Parameters, key: string): Span {
    return this.spans.ofKeyName(container, key) ?? this.wholeSpan;
  }

  /** Reports HTTP3820 unless the member is an Item whose bare item has one of the types. Returns the item when it fits. */
  item(member: Member, types: readonly BareItemType[]): Item | undefined {
    if ('items' in member) {
      this.report('HTTP3820', this.span(member), { expected: describeTypes(types), actual: TYPE_NAMES.innerList });
      return undefined;
    }
    return this.bare(member.value, types) ? member : undefined;
  }

  /** Reports HTTP3820 unless the bare item has one of the types. */
  bare(value: BareItem, types: readonly BareItemType[]): boolean {
    if (types.includes(value.type)) return true;
    this.report('HTTP3820', this.span(value), { expected: describeTypes(types), actual: TYPE_NAMES[value.type] });
    return false;
  }

  /** Reports HTTP3820 unless the member is an Inner List. */
  innerList(member: Member): InnerList | undefined {
    if ('items' in member) return member;
    this.report('HTTP3820', this.span(member), { expected: TYPE_NAMES.innerList, actual: TYPE_NAMES[member.value.type] });
    return undefined;
  }

  /**
   * Checks parameters against a table of known keys and their types: a known key
   * of the wrong type gets HTTP3820, an unknown key HTTP3822 (info).
   */
  params(params: Parameters, known: Readonly<Record<string, readonly BareItemType[]>>, options: { reportUnknown?: boolean } = {}): void {
    for (const [key, value] of params) {
      const types = known[key];
      if (types) this.bare(value, types);
      else if (options.reportUnknown !== false) this.report('HTTP3822', this.keyNameSpan(params, key), { key });
    }
  }
}

export function describeTypes(types: readonly BareItemType[]): string {
  return types.map((t) => TYPE_NAMES[t]).join(' / ');
}

/**
 * Defines the parser of a field whose value is a Structured Field: the value is
 * parsed as `type` (a syntax error becomes one located diagnostic, HTTP3800-3812),
 * then `check` applies the field's own specification. `onSyntaxError` may report
 * a more specific problem instead of the syntax error (it returns true when it did).
 */
export function defineStructuredField<T extends StructuredFieldType>(
  names: readonly string[],
  type: T,
  check: (value: StructuredFieldValueMap[T], c: SfFieldChecker) => void,
  options: { onSyntaxError?: (text: string, c: SfFieldChecker) => boolean } = {},
): FieldParserDefinition<StructuredFieldValueMap[T]> & { structuredType: T } {
  return {
    names: names.map((n) => n.toLowerCase()),
    structuredType: type,
    parse(text: string, context: FieldParseContext): FieldParseResult<StructuredFieldValueMap[T]> {
      const result = parseStructuredFieldWithSpans(text, type);
      const c = new SfFieldChecker(text, result.spans, context);
      if (!result.ok) {
        if (options.onSyntaxError?.(text, c)) return { diagnostics: c.diagnostics };
        const { offset, reason } = result.error;
        const span = reason === 'empty' ? { offset: 0, length: text.length } : { offset, length: offset < text.length ? 1 : 0 };
        c.report(SF_ERROR_CODES[reason], span, { sfType: type });
        return { diagnostics: c.diagnostics };
      }
      for (const { key, span } of result.spans.replaced) c.report('HTTP3824', span, { key });
      check(result.value, c);
      return { value: result.value, diagnostics: c.diagnostics };
    },
  };
}
