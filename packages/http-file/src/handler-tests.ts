/**
 * The tests of the JetBrains HTTP Client's response handlers, read and checked without running JavaScript:
 *
 * ```
 * > {%
 * client.test("Request executed successfully", function () {
 *   client.assert(response.status === 200, "Response status is not 200");
 * });
 * %}
 * ```
 *
 * A test's function may hold `client.assert(condition[, message])` calls and `var`/`let`/`const` names for values,
 * and nothing else. A condition compares values (`===`, `!==`, `==`, `!=`, `<`, `<=`, `>`, `>=`, joined by `&&`, `||`,
 * negated by `!`) read from the response (`response.status`, `response.body` and member paths into it,
 * `response.headers.valueOf("X")` / `valuesOf("X")`, `response.contentType.mimeType` / `.charset`), literals, and the
 * `length`, `includes`, `startsWith`, `endsWith`, `indexOf` and `hasOwnProperty` of those values, as JavaScript
 * compares them. A message may join strings and such values with `+`. A test with any other statement is not checked.
 * Pure.
 */
import { jsonOrText } from './values.js';

/** What a test's function holds, as read. */
export interface HandlerTest {
  /** The first argument of `client.test`. */
  name: string;
  /** Where `client.test` starts in the script. */
  offset: number;
  /** The statements; undefined when one is JavaScript httplens does not read (the test is then not checked). */
  steps?: TestStep[];
}

export type TestStep = { kind: 'let'; name: string; value: Expr } | { kind: 'assert'; condition: Expr; message?: Expr; expression: string };

/** An expression of the subset read. */
export type Expr =
  | { kind: 'literal'; value: unknown }
  | { kind: 'response' }
  | { kind: 'name'; name: string }
  | { kind: 'member'; of: Expr; key: Expr }
  | { kind: 'call'; of: Expr; method: string; args: Expr[] }
  | { kind: 'not'; of: Expr }
  | { kind: 'binary'; op: string; left: Expr; right: Expr };

/** The response a test reads. */
export interface TestResponse {
  status: number;
  headers: readonly (readonly [string, string])[];
  body: string;
}

/** A test checked: passed, failed (with the assert's message and what the condition read), or not checked. */
export interface TestResult {
  name: string;
  offset: number;
  outcome: 'passed' | 'failed' | 'skipped';
  message: string;
}

// --- reading -------------------------------------------------------------------------------------------------------

type Token = { kind: 'name' | 'number' | 'string' | 'punct' | 'newline'; text: string; value?: unknown };

const PUNCT = ['===', '!==', '==', '!=', '<=', '>=', '&&', '||', '=>', '<', '>', '!', '.', ',', '(', ')', '[', ']', '{', '}', ';', '+', '='];

/** The tokens of a script's text, or undefined for text outside the subset (a template literal, a comment left open). */
function tokenize(text: string): Token[] | undefined {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\n') {
      out.push({ kind: 'newline', text: c });
      i++;
    } else if (c === ' ' || c === '\t' || c === '\r') i++;
    else if (text.startsWith('//', i)) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return undefined;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== c; j++) {
        if (text[j] === '\n') return undefined;
        if (text[j] === '\\') {
          j++;
          const e = text[j];
          value += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : (e ?? '');
        } else value += text[j];
      }
      if (j >= text.length) return undefined;
      out.push({ kind: 'string', text: text.slice(i, j + 1), value });
      i = j + 1;
    } else if (/\d/.test(c)) {
      const m = /^\d+(?:\.\d+)?/.exec(text.slice(i, i + 40)) as RegExpExecArray;
      out.push({ kind: 'number', text: m[0], value: Number(m[0]) });
      i += m[0].length;
    } else if (/[a-z_$]/i.test(c)) {
      const m = /^[\w$]+/.exec(text.slice(i, i + 200)) as RegExpExecArray;
      out.push({ kind: 'name', text: m[0] });
      i += m[0].length;
    } else {
      const p = PUNCT.find((x) => text.startsWith(x, i));
      if (!p) return undefined;
      out.push({ kind: 'punct', text: p });
      i += p.length;
    }
  }
  return out;
}

const LITERALS: Readonly<Record<string, unknown>> = { true: true, false: false, null: null, undefined };
const METHODS = new Set(['includes', 'startsWith', 'endsWith', 'indexOf', 'hasOwnProperty', 'valueOf', 'valuesOf']);
const RELATIONS = ['===', '!==', '==', '!=', '<=', '>=', '<', '>'];

/** A recursive-descent reader of one expression over tokens without newlines; throws on anything outside the subset. */
class Reader {
  at = 0;
  constructor(readonly tokens: Token[]) {}

  peek(): Token | undefined {
    return this.tokens[this.at];
  }

  take(text?: string): Token {
    const t = this.tokens[this.at];
    if (!t || (text !== undefined && t.text !== text)) throw new Error('unread');
    this.at++;
    return t;
  }

  is(text: string): boolean {
    return this.peek()?.kind === 'punct' && this.peek()?.text === text;
  }

  expression(): Expr {
    return this.binary(0);
  }

  /** Levels: `||`, `&&`, relations, `+`. */
  binary(level: number): Expr {
    if (level === 4) return this.unary();
    const ops = level === 0 ? ['||'] : level === 1 ? ['&&'] : level === 2 ? RELATIONS : ['+'];
    let left = this.binary(level + 1);
    for (let t = this.peek(); t?.kind === 'punct' && ops.includes(t.text); t = this.peek()) {
      this.at++;
      left = { kind: 'binary', op: t.text, left, right: this.binary(level + 1) };
      // one relation at a time: `a < b < c` is not read
      if (level === 2) break;
    }
    return left;
  }

  unary(): Expr {
    if (this.is('!')) {
      this.at++;
      return { kind: 'not', of: this.unary() };
    }
    return this.postfix(this.primary());
  }

  primary(): Expr {
    const t = this.take();
    if (t.kind === 'number' || t.kind === 'string') return { kind: 'literal', value: t.value };
    if (t.kind === 'punct' && t.text === '(') {
      const e = this.expression();
      this.take(')');
      return e;
    }
    if (t.kind !== 'name') throw new Error('unread');
    if (Object.hasOwn(LITERALS, t.text)) return { kind: 'literal', value: LITERALS[t.text] };
    if (t.text === 'response') return { kind: 'response' };
    return { kind: 'name', name: t.text };
  }

  postfix(of: Expr): Expr {
    for (;;) {
      if (this.is('.')) {
        this.at++;
        const name = this.take();
        if (name.kind !== 'name') throw new Error('unread');
        if (this.is('(')) {
          if (!METHODS.has(name.text)) throw new Error('unread');
          this.at++;
          const args: Expr[] = [];
          while (!this.is(')')) {
            args.push(this.expression());
            if (!this.is(')')) this.take(',');
          }
          this.take(')');
          of = { kind: 'call', of, method: name.text, args };
        } else of = { kind: 'member', of, key: { kind: 'literal', value: name.text } };
      } else if (this.is('[')) {
        this.at++;
        const key = this.expression();
        this.take(']');
        of = { kind: 'member', of, key };
      } else return of;
    }
  }
}

/** The statements of a function body: split at `;` and at line ends between complete statements. */
function statements(tokens: Token[]): Token[][] {
  const out: Token[][] = [];
  let current: Token[] = [];
  let depth = 0;
  const ends = (t: Token | undefined) => t !== undefined && (t.kind === 'name' || t.kind === 'number' || t.kind === 'string' || (t.kind === 'punct' && (t.text === ')' || t.text === ']')));
  // the index of the first token at or after each one that is not a line end, found once from the end
  const following = new Int32Array(tokens.length + 1).fill(tokens.length);
  for (let i = tokens.length - 1; i >= 0; i--) following[i] = (tokens[i] as Token).kind === 'newline' ? (following[i + 1] as number) : i;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'newline') {
      const next = tokens[following[i + 1] as number];
      // a line that ends a complete statement, before one that does not continue it (one that starts with `.`, an
      // operator or `(` does, as JavaScript reads it)
      if (depth === 0 && ends(current[current.length - 1]) && !(next?.kind === 'punct' && next.text !== '!')) {
        if (current.length > 0) out.push(current);
        current = [];
      }
      continue;
    }
    if (t.kind === 'punct' && (t.text === '(' || t.text === '[' || t.text === '{')) depth++;
    if (t.kind === 'punct' && (t.text === ')' || t.text === ']' || t.text === '}')) depth--;
    if (t.kind === 'punct' && t.text === ';' && depth === 0) {
      if (current.length > 0) out.push(current);
      current = [];
      continue;
    }
    current.push(t);
  }
  if (current.length > 0) out.push(current);
  return out;
}

/** One statement of a test's function, or undefined for JavaScript outside the subset. */
function step(tokens: Token[]): TestStep | undefined {
  try {
    const r = new Reader(tokens);
    const first = r.take();
    if (first.kind === 'name' && (first.text === 'var' || first.text === 'let' || first.text === 'const')) {
      const name = r.take();
      if (name.kind !== 'name' || name.text === 'response' || name.text === 'client') return undefined;
      r.take('=');
      const value = r.expression();
      return r.peek() ? undefined : { kind: 'let', name: name.text, value };
    }
    if (first.text !== 'client') return undefined;
    r.take('.');
    r.take('assert');
    r.take('(');
    const start = r.at;
    const condition = r.expression();
    const expression = tokens
      .slice(start, r.at)
      .map((t) => t.text)
      .join(' ')
      .replace(/ ?([.()[\]]) ?/g, '$1')
      .replace(/,(?=\S)/g, ', ');
    let message: Expr | undefined;
    if (r.is(',')) {
      r.at++;
      message = r.expression();
    }
    r.take(')');
    if (r.peek()) return undefined;
    return message ? { kind: 'assert', condition, message, expression } : { kind: 'assert', condition, expression };
  } catch {
    return undefined;
  }
}

const TEST = /\bclient\.test\(\s*(?:"((?:[^"\\\n]|\\.){0,300})"|'((?:[^'\\\n]|\\.){0,300})')\s*,\s*(?:function(?:\s+\w+)?\s*\(\s*\)|\(\s*\)\s*=>)\s*\{/g;

/** The end of the block whose `{` is just before `from` (strings followed), or -1. */
function blockEnd(script: string, from: number): number {
  let depth = 0;
  for (let i = from; i < script.length; i++) {
    const c = script[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== c) j += script[j] === '\\' ? 2 : 1;
      i = j;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** The `client.test(name, function () { ... })` calls of a handler script, in order. */
export function handlerTests(script: string): HandlerTest[] {
  const out: HandlerTest[] = [];
  if (!script.includes('client.test')) return out;
  for (const m of script.matchAll(TEST)) {
    const offset = m.index ?? 0;
    const name = ((m[1] ?? m[2]) as string).replace(/\\(.)/g, '$1');
    const open = offset + m[0].length;
    const close = blockEnd(script, open);
    const test: HandlerTest = { name, offset };
    // a function not closed holds the rest of the script, and any test after it: none of them is read
    if (close < 0) {
      out.push(test);
      break;
    }
    const tokens = tokenize(script.slice(open, close));
    if (tokens) {
      const steps: TestStep[] = [];
      for (const s of statements(tokens)) {
        const read = step(s);
        if (!read) {
          steps.length = 0;
          break;
        }
        steps.push(read);
      }
      if (steps.length > 0 && steps.some((s) => s.kind === 'assert')) test.steps = steps;
    }
    out.push(test);
  }
  return out;
}

// --- checking ------------------------------------------------------------------------------------------------------

/** A value that reading a member of `undefined` or `null` gives in JavaScript: the test fails with it. */
class TestError extends Error {}

function contentType(response: TestResponse): { mimeType: string; charset: string | null } | null {
  const value = response.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  if (value === undefined) return null;
  const [type = '', ...params] = value.split(';');
  let charset: string | undefined;
  for (const p of params) {
    const eq = p.indexOf('=');
    if (eq < 0 || p.slice(0, eq).trim().toLowerCase() !== 'charset') continue;
    charset = p.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    break;
  }
  return { mimeType: type.trim(), charset: charset ?? null };
}

/** `response.headers`: `valueOf(name)` (the first value, or null) and `valuesOf(name)` (every value). */
class HeadersView {
  readonly #list: readonly (readonly [string, string])[];
  constructor(list: readonly (readonly [string, string])[]) {
    this.#list = list;
  }

  first(name: unknown): string | null {
    return this.#list.find(([n]) => n.toLowerCase() === String(name).toLowerCase())?.[1] ?? null;
  }

  all(name: unknown): string[] {
    return this.#list.filter(([n]) => n.toLowerCase() === String(name).toLowerCase()).map(([, v]) => v);
  }
}

/** The JetBrains client's `response`: what the subset reads of it. */
function responseObject(response: TestResponse): Record<string, unknown> {
  const headers = new HeadersView(response.headers);
  let body: { value: unknown } | undefined;
  return {
    status: response.status,
    headers,
    contentType: contentType(response),
    get body() {
      return (body ??= { value: jsonOrText(response.body) }).value;
    },
  };
}

function member(of: unknown, key: unknown): unknown {
  if (of === undefined || of === null) throw new TestError(`cannot read "${String(key)}" of ${String(of)}`);
  const k = typeof key === 'number' ? String(key) : key;
  if (typeof k !== 'string') return undefined;
  if ((typeof of === 'string' || Array.isArray(of)) && k === 'length') return of.length;
  if (typeof of === 'string') return /^\d+$/.test(k) ? of[Number(k)] : undefined;
  if (typeof of === 'object' && Object.prototype.hasOwnProperty.call(of, k)) return (of as Record<string, unknown>)[k];
  return undefined;
}

function call(of: unknown, method: string, args: unknown[]): unknown {
  if (of === undefined || of === null) throw new TestError(`cannot call "${method}" of ${String(of)}`);
  const [a, b] = args;
  if (of instanceof HeadersView && (method === 'valueOf' || method === 'valuesOf')) return method === 'valueOf' ? of.first(a) : of.all(a);
  if (method === 'hasOwnProperty') return typeof of === 'object' && Object.prototype.hasOwnProperty.call(of, String(a));
  if (typeof of === 'string') {
    if (method === 'includes') return of.includes(String(a), typeof b === 'number' ? b : undefined);
    if (method === 'startsWith') return of.startsWith(String(a), typeof b === 'number' ? b : undefined);
    if (method === 'endsWith') return of.endsWith(String(a), typeof b === 'number' ? b : undefined);
    if (method === 'indexOf') return of.indexOf(String(a), typeof b === 'number' ? b : undefined);
  }
  if (Array.isArray(of)) {
    if (method === 'includes') return of.some((x) => x === a || (Number.isNaN(x) && Number.isNaN(a)));
    if (method === 'indexOf') return of.indexOf(a);
  }
  throw new TestError(`"${method}" is not a function of ${Array.isArray(of) ? 'an array' : typeof of}`);
}

/** JavaScript's `==` on the values JSON and the response give (no objects compared by conversion). */
function looseEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  const prim = (v: unknown) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean';
  if (prim(a) && prim(b)) return Number(a) === Number(b);
  return false;
}

/** JavaScript's `<` and its kin: strings compared as strings, else as numbers. */
function relation(op: string, a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') return op === '<' ? a < b : op === '<=' ? a <= b : op === '>' ? a > b : a >= b;
  const x = Number(a as number);
  const y = Number(b as number);
  return op === '<' ? x < y : op === '<=' ? x <= y : op === '>' ? x > y : x >= y;
}

/** JavaScript's `+` on two values: strings joined, numbers added. */
function plus(a: unknown, b: unknown): unknown {
  if (typeof a === 'number' && typeof b === 'number') return a + b;
  return text(a) + text(b);
}

/** A value as JavaScript writes it into a string. */
function text(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map((x) => (x === null || x === undefined ? '' : text(x))).join(',');
  if (typeof v === 'object' && v !== null) return '[object Object]';
  return String(v);
}

/** A value as a failure shows it: strings quoted, others as JSON. */
function shown(v: unknown): string {
  if (v === undefined) return 'undefined';
  try {
    const s = JSON.stringify(v);
    return s.length > 200 ? `${s.slice(0, 200)}…` : s;
  } catch {
    return String(v);
  }
}

function evaluate(e: Expr, scope: Map<string, unknown>, response: Record<string, unknown>): unknown {
  switch (e.kind) {
    case 'literal':
      return e.value;
    case 'response':
      return response;
    case 'name':
      if (!scope.has(e.name)) throw new TestError(`${e.name} is not defined`);
      return scope.get(e.name);
    case 'member':
      return member(evaluate(e.of, scope, response), evaluate(e.key, scope, response));
    case 'call':
      return call(
        evaluate(e.of, scope, response),
        e.method,
        e.args.map((a) => evaluate(a, scope, response)),
      );
    case 'not':
      return !evaluate(e.of, scope, response);
    case 'binary': {
      const left = evaluate(e.left, scope, response);
      if (e.op === '&&') return left ? evaluate(e.right, scope, response) : left;
      if (e.op === '||') return left ? left : evaluate(e.right, scope, response);
      const right = evaluate(e.right, scope, response);
      if (e.op === '===') return left === right;
      if (e.op === '!==') return left !== right;
      if (e.op === '==') return looseEquals(left, right);
      if (e.op === '!=') return !looseEquals(left, right);
      if (e.op === '+') return plus(left, right);
      return relation(e.op, left, right);
    }
  }
}

/** The values a condition compares, for a failure: `response.status is 404`. */
function readValues(e: Expr, scope: Map<string, unknown>, response: Record<string, unknown>, source: (e: Expr) => string): string[] {
  if (e.kind === 'binary' && e.op !== '+') return [...readValues(e.left, scope, response, source), ...readValues(e.right, scope, response, source)];
  if (e.kind === 'not') return readValues(e.of, scope, response, source);
  if (e.kind === 'literal') return [];
  // a method of a value: the value (and arguments) it was called with; a header read is a value itself
  if (e.kind === 'call' && e.method !== 'valueOf' && e.method !== 'valuesOf') return [e.of, ...e.args].flatMap((x) => readValues(x, scope, response, source));
  try {
    return [`${source(e)} is ${shown(evaluate(e, scope, response))}`];
  } catch {
    return [];
  }
}

/** An expression written back (for what a failure read). */
function written(e: Expr): string {
  switch (e.kind) {
    case 'literal':
      return shown(e.value);
    case 'response':
      return 'response';
    case 'name':
      return e.name;
    case 'member':
      return e.key.kind === 'literal' && typeof e.key.value === 'string' && /^[a-z_$][\w$]*$/i.test(e.key.value) ? `${written(e.of)}.${e.key.value}` : `${written(e.of)}[${written(e.key)}]`;
    case 'call':
      return `${written(e.of)}.${e.method}(${e.args.map(written).join(', ')})`;
    case 'not':
      return `!${written(e.of)}`;
    case 'binary':
      return `${written(e.left)} ${e.op} ${written(e.right)}`;
  }
}

/** Checks one test against a response, as the JetBrains client runs it: the first assert that does not hold fails it. */
export function checkHandlerTest(test: HandlerTest, response: TestResponse): TestResult {
  const base = { name: test.name, offset: test.offset };
  if (!test.steps) return { ...base, outcome: 'skipped', message: test.name };
  const scope = new Map<string, unknown>();
  const r = responseObject(response);
  try {
    for (const s of test.steps) {
      if (s.kind === 'let') {
        scope.set(s.name, evaluate(s.value, scope, r));
        continue;
      }
      if (evaluate(s.condition, scope, r)) continue;
      let message = s.expression;
      if (s.message) {
        try {
          message = text(evaluate(s.message, scope, r));
        } catch {
          message = s.expression;
        }
      }
      const read = readValues(s.condition, scope, r, written);
      return { ...base, outcome: 'failed', message: `${test.name}: ${message}${read.length > 0 ? ` (${read.join(', ')})` : ''}` };
    }
  } catch (e) {
    if (!(e instanceof TestError)) throw e;
    return { ...base, outcome: 'failed', message: `${test.name}: ${e.message}` };
  }
  return { ...base, outcome: 'passed', message: test.name };
}
