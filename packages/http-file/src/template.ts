import type { Span } from '@httplens/core';
import { dynamicNameLength } from './dynamic.js';
import { ReferenceNode } from './nodes.js';
import type { ReferenceKind, VariableReference } from './types.js';

/** A problem found while scanning a template: the parser turns it into a diagnostic. */
export interface TemplateProblem {
  kind: 'unterminated' | 'empty';
  span: Span;
}


function isNameChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45 || c === 46;
}

/** A plain name with letters of any script (`名字`, `größe`): as `isPlainName`, with Unicode letters, digits and marks. */
const UNICODE_NAME = /^[\p{L}_][\p{L}\p{M}\p{N}_.-]*$/u;

/**
 * Whether the expression is a plain name: a letter or `_`, then letters, digits, `_`, `-` and `.`. Letters and digits
 * of any script count, as the three tools resolve `{{名字}}` from `@名字 = ...` (REST Client looks any name up, httpYac
 * and the JetBrains HTTP Client read it as an identifier).
 */
export function isPlainName(s: string): boolean {
  if (s.length === 0) return false;
  const c = s.charCodeAt(0);
  if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) return c >= 128 && UNICODE_NAME.test(s);
  for (let i = 0; i < s.length; i++) {
    const d = s.charCodeAt(i);
    if (!isNameChar(d)) return d >= 128 && UNICODE_NAME.test(s);
  }
  return true;
}

/**
 * The variable an httpYac metadata value names, the value being JavaScript (`# @sleep delay`, `# @loop for id of ids`):
 * a reference (`{{delay}}`) or an identifier (letters of any script, `_` and `$`); undefined for anything else.
 */
export function variableNameIn(value: string): string | undefined {
  return /^\{\{\s*([\w$.-]+)\s*\}\}$/.exec(value)?.[1] ?? (/^[\p{L}_$][\p{L}\p{N}_$]*$/u.test(value) ? value : undefined);
}

/** `process.env.NAME`: a reference httpYac evaluates as JavaScript, to the process environment's NAME. */
export function isProcessEnv(name: string): boolean {
  return name.startsWith('process.env.') && name.length > 12;
}

/** What `classify` found last: reused, so scanning makes no object per reference. */
const classified: { kind: ReferenceKind; name: string } = { kind: 'variable', name: '' };

/** Decides the kind of a reference from the trimmed text between its braces. */
export function classifyExpression(expression: string): { kind: ReferenceKind; name: string } {
  classify(expression);
  return { kind: classified.kind, name: classified.name };
}

/** The dynamic variables httpYac also reads with `-askonce`. */
const ASK_ONCE = new Set(['$input', '$prompt', '$password', '$pick']);

/** As `classifyExpression`, into `classified`. */
function classify(expression: string): void {
  if (expression.startsWith('$')) {
    const length = dynamicNameLength(expression);
    const name = length === 0 || length === expression.length ? expression : expression.slice(0, length);
    const next = expression.charCodeAt(name.length);
    // `$randomInt 1 9` and `$random.integer(1, 9)` are dynamic; `$x + 1` is a script.
    if (length > 0 && (Number.isNaN(next) || next === 32 || next === 9 || next === 40)) {
      if (next !== 40 || expression.endsWith(')')) return found('dynamic', name);
    }
    // httpYac's questions asked once a session: `$input-askonce Name`, `$pick-askonce Stage $value: a,b`
    if (next === 45 && ASK_ONCE.has(name) && expression.startsWith('-askonce', name.length)) return found('dynamic', name);
    return found('script', name);
  }
  if (expression.startsWith('%')) {
    const name = expression.slice(1).trim();
    if (isPlainName(name)) return found('percent', name);
    return found('script', expression);
  }
  if (isPlainName(expression)) {
    const dot = expression.indexOf('.');
    if (dot > 0) {
      const rest = expression.slice(dot + 1);
      if (rest === 'response' || rest === 'request' || rest.startsWith('response.') || rest.startsWith('request.')) {
        return found('request', expression.slice(0, dot));
      }
    }
    return found('variable', expression);
  }
  // REST Client's request variables may carry JSONPath/XPath with other characters.
  const m = /^([\p{L}_][\p{L}\p{M}\p{N}_-]*)\.(?:response|request)\.(?:body|headers)(?:\.|$)/u.exec(expression);
  if (m?.[1]) return found('request', m[1]);
  return found('script', expression);
}

/** Records what `classify` found. */
function found(kind: ReferenceKind, name: string): void {
  classified.kind = kind;
  classified.name = name;
}

/**
 * Scans `text` (which starts at `base` in the file) for `{{...}}` references.
 * A reference does not cross a line: `text` is a single line or the caller splits it.
 * `slice`, when given, makes each expression's string from its bounds in the file (`text` must then be the file's
 * text from `base` on); the parser passes its cache of recent strings, which gives a repeated expression without a new string.
 */
export function scanTemplate(
  text: string,
  base: number,
  refs: { push(ref: VariableReference): unknown },
  problems: TemplateProblem[],
  slice?: (start: number, end: number) => string,
): void {
  let i = text.indexOf('{{');
  while (i >= 0) {
    const close = text.indexOf('}}', i + 2);
    if (close < 0) {
      problems.push({ kind: 'unterminated', span: { offset: base + i, length: text.length - i } });
      return;
    }
    // The trimmed expression between the braces: [s, e) in `text`.
    let s = i + 2;
    while (s < close && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
    let e = close;
    while (e > s && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--;
    if (e === s) {
      problems.push({ kind: 'empty', span: { offset: base + i, length: close + 2 - i } });
    } else {
      const expression = slice ? slice(base + s, base + e) : text.slice(s, e);
      classify(expression);
      refs.push(new ReferenceNode(classified.kind, expression, classified.name, base + i, close + 2 - i, base + s, e - s));
    }
    i = text.indexOf('{{', close + 2);
  }
}
