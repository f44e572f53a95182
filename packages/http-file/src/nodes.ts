import type { Span } from '@httplens/core';
import type {
  BodyInclude,
  BodyPart,
  CommentNode,
  GraphQLBody,
  MultipartBody,
  HttpFileBody,
  HttpFileHeader,
  HttpFileRequest,
  MetadataEntry,
  OutputRedirect,
  ReferenceKind,
  RequestProtocol,
  ResponseReference,
  AssertLine,
  ScriptNode,
  VariableReference,
} from './types.js';

/*
 * The parser's most numerous nodes. Each keeps the bounds of its spans as numbers and makes a `Span`
 * when one is read (a getter on the prototype), so a large file's result holds one object per node
 * instead of one per node and span: the result of a 10,000-request file would otherwise hold about
 * 170,000 span objects, which the garbage collector copies while the parse runs.
 *
 * For users this means: a span read twice is two equal objects (compare spans by value); spreading a
 * node (`{ ...header }`) or `Object.keys` does not copy its spans (they live on the prototype); assigning
 * a span sets the bounds; `JSON.stringify` writes the same JSON as a plain object with the same fields.
 * An optional span that is absent has the offset -1.
 */

function span(offset: number, length: number): Span {
  return { offset, length };
}

function optionalSpan(offset: number, length: number): Span | undefined {
  return offset < 0 ? undefined : { offset, length };
}

/** One `{{...}}` reference. */
export class ReferenceNode implements VariableReference {
  kind: ReferenceKind;
  expression: string;
  name: string;
  spanOffset: number;
  spanLength: number;
  expressionOffset: number;
  expressionLength: number;

  constructor(kind: ReferenceKind, expression: string, name: string, spanOffset: number, spanLength: number, expressionOffset: number, expressionLength: number) {
    this.kind = kind;
    this.expression = expression;
    this.name = name;
    this.spanOffset = spanOffset;
    this.spanLength = spanLength;
    this.expressionOffset = expressionOffset;
    this.expressionLength = expressionLength;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  get expressionSpan(): Span {
    return span(this.expressionOffset, this.expressionLength);
  }

  set expressionSpan(s: Span) {
    this.expressionOffset = s.offset;
    this.expressionLength = s.length;
  }

  toJSON(): VariableReference {
    return { kind: this.kind, expression: this.expression, name: this.name, span: this.span, expressionSpan: this.expressionSpan };
  }
}

/** A header line `Name: value`. */
export class HeaderNode implements HttpFileHeader {
  name: string;
  value: string;
  spanOffset: number;
  spanLength: number;
  nameOffset: number;
  nameLength: number;
  valueOffset: number;
  valueLength: number;
  references: VariableReference[];
  /** Set only on a value continued on indented lines (JetBrains), so that other headers keep their shape. */
  declare continuations?: Span[];

  constructor(
    name: string,
    value: string,
    spanOffset: number,
    spanLength: number,
    nameOffset: number,
    nameLength: number,
    valueOffset: number,
    valueLength: number,
    references: VariableReference[],
  ) {
    this.name = name;
    this.value = value;
    this.spanOffset = spanOffset;
    this.spanLength = spanLength;
    this.nameOffset = nameOffset;
    this.nameLength = nameLength;
    this.valueOffset = valueOffset;
    this.valueLength = valueLength;
    this.references = references;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  get nameSpan(): Span {
    return span(this.nameOffset, this.nameLength);
  }

  set nameSpan(s: Span) {
    this.nameOffset = s.offset;
    this.nameLength = s.length;
  }

  get valueSpan(): Span {
    return span(this.valueOffset, this.valueLength);
  }

  set valueSpan(s: Span) {
    this.valueOffset = s.offset;
    this.valueLength = s.length;
  }

  toJSON(): HttpFileHeader {
    return { name: this.name, value: this.value, span: this.span, nameSpan: this.nameSpan, valueSpan: this.valueSpan, references: this.references };
  }
}

/** A text line of a body (its `kind`, always `'text'`, is on the prototype). */
export class TextPartNode {
  declare readonly kind: 'text';
  text: string;
  spanOffset: number;
  spanLength: number;

  constructor(text: string, spanOffset: number, spanLength: number) {
    this.text = text;
    this.spanOffset = spanOffset;
    this.spanLength = spanLength;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  toJSON(): { kind: 'text'; text: string; span: Span } {
    return { kind: this.kind, text: this.text, span: this.span };
  }
}
Object.defineProperty(TextPartNode.prototype, 'kind', { value: 'text', writable: false, enumerable: false, configurable: true });

/** `# @key value` and `// @key value`; without a value, `value` is undefined and the value's offset -1. */
export class MetadataNode implements MetadataEntry {
  key: string;
  value: string | undefined;
  spanOffset: number;
  spanLength: number;
  keyOffset: number;
  keyLength: number;
  valueOffset: number;
  valueLength: number;

  constructor(key: string, value: string | undefined, spanOffset: number, spanLength: number, keyOffset: number, keyLength: number, valueOffset: number, valueLength: number) {
    this.key = key;
    this.value = value;
    this.spanOffset = spanOffset;
    this.spanLength = spanLength;
    this.keyOffset = keyOffset;
    this.keyLength = keyLength;
    this.valueOffset = valueOffset;
    this.valueLength = valueLength;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  get keySpan(): Span {
    return span(this.keyOffset, this.keyLength);
  }

  set keySpan(s: Span) {
    this.keyOffset = s.offset;
    this.keyLength = s.length;
  }

  get valueSpan(): Span | undefined {
    return optionalSpan(this.valueOffset, this.valueLength);
  }

  set valueSpan(s: Span | undefined) {
    this.valueOffset = s ? s.offset : -1;
    this.valueLength = s ? s.length : 0;
  }

  toJSON(): MetadataEntry {
    return { key: this.key, value: this.value, span: this.span, keySpan: this.keySpan, valueSpan: this.valueSpan };
  }
}

/** A `#` or `//` comment line. */
export class CommentLineNode implements CommentNode {
  text: string;
  spanOffset: number;
  spanLength: number;
  style: '#' | '//';
  /** Own property only on the comment lines in a body's place (see `CommentNode`); its default is on the prototype. */
  declare inBody: boolean | undefined;

  constructor(text: string, spanOffset: number, spanLength: number, style: '#' | '//') {
    this.text = text;
    this.spanOffset = spanOffset;
    this.spanLength = spanLength;
    this.style = style;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  toJSON(): CommentNode {
    const out: CommentNode = { text: this.text, span: this.span, style: this.style };
    if (this.inBody === true) out.inBody = true;
    return out;
  }
}

/**
 * The one empty list every empty list of a parse result shares (most requests have no redirects,
 * asserts, scripts, ...): a large file would otherwise hold hundreds of thousands of empty arrays.
 * Frozen, so the result is read-only where it is empty.
 */
export const NONE: never[] = Object.freeze([]) as unknown as never[];

/**
 * A request's body. Its rarely set fields (`includes`, `commentLines`, `lineBreak`, `multipart`, `graphql`) have their
 * default (an empty list or undefined) on the prototype and become own properties only on the bodies that set them.
 */
export class BodyNode implements HttpFileBody {
  text: string;
  spanOffset: number;
  spanLength: number;
  parts: BodyPart[];
  references: VariableReference[];
  declare includes: BodyInclude[];
  declare commentLines: Span[];
  declare lineBreak?: '';
  declare multipart?: MultipartBody;
  declare graphql?: GraphQLBody;

  constructor(text: string, spanOffset: number, spanLength: number, parts: BodyPart[], references: VariableReference[]) {
    this.text = text;
    this.spanOffset = spanOffset;
    this.spanLength = spanLength;
    this.parts = parts;
    this.references = references;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  toJSON(): HttpFileBody {
    return {
      text: this.text,
      span: this.span,
      parts: this.parts,
      references: this.references,
      includes: this.includes,
      commentLines: this.commentLines,
      lineBreak: this.lineBreak,
      multipart: this.multipart,
      graphql: this.graphql,
    };
  }
}

/** Writable defaults on a prototype: setting one of these fields on an instance makes it an own property there. */
function defaults(proto: object, values: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(values)) Object.defineProperty(proto, key, { value, writable: true, enumerable: false, configurable: true });
}

defaults(CommentLineNode.prototype, { inBody: undefined });
defaults(BodyNode.prototype, { includes: NONE, commentLines: NONE, lineBreak: undefined, multipart: undefined, graphql: undefined });

/**
 * A request. The fields most requests set are present from the start (undefined when absent), so those requests
 * share one shape. The rarely set ones (`urlContinuations`, `protocol`, `scripts`, `redirects`, `responseReferences`,
 * `asserts`, `curl`, `httpVersion` and its bounds) have their default on the prototype (see below) and become own
 * properties only on the requests that set them: a large file's result would otherwise hold them in every request.
 */
export class RequestNode implements HttpFileRequest {
  index = 0;
  name: string | undefined = undefined;
  title: string | undefined = undefined;
  method = 'GET';
  url = '';
  urlReferences: VariableReference[] = NONE;
  declare urlContinuations: { span: Span; style: 'query' | 'indented' }[];
  declare protocol: RequestProtocol;
  headers: HttpFileHeader[] = NONE;
  metadata: MetadataNode[] = NONE;
  comments: CommentNode[] = NONE;
  declare scripts: ScriptNode[];
  declare redirects: OutputRedirect[];
  declare responseReferences: ResponseReference[];
  declare asserts: AssertLine[];
  /** The references when they were set (a curl command's) or joined from several lists (see `references`). */
  joinedReferences: VariableReference[] | undefined = undefined;
  declare httpVersion: string | undefined;
  body: HttpFileBody | undefined = undefined;
  declare curl: { span: Span } | undefined;
  nameOffset = -1;
  nameLength = 0;
  separatorOffset = -1;
  separatorLength = 0;
  methodOffset = -1;
  methodLength = 0;
  urlOffset = 0;
  urlLength = 0;
  requestLineOffset = 0;
  requestLineLength = 0;
  spanOffset = 0;
  spanLength = 0;
  declare httpVersionOffset: number;
  declare httpVersionLength: number;

  /**
   * Every reference in the URL, headers and body, in order. The one of those lists that has some is returned as it
   * is; when several have some, they are joined when first read, and that list is kept: a large file's result would
   * otherwise hold a joined list for each such request.
   */
  get references(): VariableReference[] {
    const joined = this.joinedReferences;
    if (joined !== undefined) return joined;
    let refs = this.urlReferences;
    let lists = refs.length > 0 ? 1 : 0;
    const headers = this.headers;
    const bodyRefs = this.body?.references ?? NONE;
    for (let h = 0; h <= headers.length; h++) {
      const more = h < headers.length ? (headers[h] as HttpFileHeader).references : bodyRefs;
      if (more.length === 0) continue;
      if (lists++ === 0) refs = more;
    }
    if (lists <= 1) return refs;
    const out: VariableReference[] = [];
    for (let h = -1; h <= headers.length; h++) {
      const more = h < 0 ? this.urlReferences : h < headers.length ? (headers[h] as HttpFileHeader).references : bodyRefs;
      for (let m = 0; m < more.length; m++) out.push(more[m] as VariableReference);
    }
    this.joinedReferences = out;
    return out;
  }

  set references(refs: VariableReference[]) {
    this.joinedReferences = refs;
  }

  /** Calls `fn` with each reference of `references`, in order, without joining lists. */
  forEachReference(fn: (ref: VariableReference) => void): void {
    const joined = this.joinedReferences;
    if (joined !== undefined) {
      for (let k = 0; k < joined.length; k++) fn(joined[k] as VariableReference);
      return;
    }
    for (let k = 0; k < this.urlReferences.length; k++) fn(this.urlReferences[k] as VariableReference);
    const headers = this.headers;
    for (let h = 0; h < headers.length; h++) {
      const refs = (headers[h] as HttpFileHeader).references;
      for (let k = 0; k < refs.length; k++) fn(refs[k] as VariableReference);
    }
    const bodyRefs = this.body?.references ?? NONE;
    for (let k = 0; k < bodyRefs.length; k++) fn(bodyRefs[k] as VariableReference);
  }

  get nameSpan(): Span | undefined {
    return optionalSpan(this.nameOffset, this.nameLength);
  }

  set nameSpan(s: Span | undefined) {
    this.nameOffset = s ? s.offset : -1;
    this.nameLength = s ? s.length : 0;
  }

  get separatorSpan(): Span | undefined {
    return optionalSpan(this.separatorOffset, this.separatorLength);
  }

  set separatorSpan(s: Span | undefined) {
    this.separatorOffset = s ? s.offset : -1;
    this.separatorLength = s ? s.length : 0;
  }

  get methodSpan(): Span | undefined {
    return optionalSpan(this.methodOffset, this.methodLength);
  }

  set methodSpan(s: Span | undefined) {
    this.methodOffset = s ? s.offset : -1;
    this.methodLength = s ? s.length : 0;
  }

  get urlSpan(): Span {
    return span(this.urlOffset, this.urlLength);
  }

  set urlSpan(s: Span) {
    this.urlOffset = s.offset;
    this.urlLength = s.length;
  }

  get requestLineSpan(): Span {
    return span(this.requestLineOffset, this.requestLineLength);
  }

  set requestLineSpan(s: Span) {
    this.requestLineOffset = s.offset;
    this.requestLineLength = s.length;
  }

  get span(): Span {
    return span(this.spanOffset, this.spanLength);
  }

  set span(s: Span) {
    this.spanOffset = s.offset;
    this.spanLength = s.length;
  }

  get httpVersionSpan(): Span | undefined {
    return optionalSpan(this.httpVersionOffset, this.httpVersionLength);
  }

  set httpVersionSpan(s: Span | undefined) {
    this.httpVersionOffset = s ? s.offset : -1;
    this.httpVersionLength = s ? s.length : 0;
  }

  toJSON(): HttpFileRequest {
    return {
      index: this.index,
      name: this.name,
      nameSpan: this.nameSpan,
      title: this.title,
      separatorSpan: this.separatorSpan,
      method: this.method,
      methodSpan: this.methodSpan,
      url: this.url,
      urlSpan: this.urlSpan,
      urlReferences: this.urlReferences,
      urlContinuations: this.urlContinuations,
      protocol: this.protocol,
      requestLineSpan: this.requestLineSpan,
      headers: this.headers,
      span: this.span,
      metadata: this.metadata,
      comments: this.comments,
      scripts: this.scripts,
      redirects: this.redirects,
      responseReferences: this.responseReferences,
      asserts: this.asserts,
      references: this.references,
      httpVersion: this.httpVersion,
      httpVersionSpan: this.httpVersionSpan,
      body: this.body,
      curl: this.curl,
    };
  }
}

defaults(RequestNode.prototype, {
  urlContinuations: NONE,
  protocol: 'http',
  scripts: NONE,
  redirects: NONE,
  responseReferences: NONE,
  asserts: NONE,
  httpVersion: undefined,
  curl: undefined,
  httpVersionOffset: -1,
  httpVersionLength: 0,
});
