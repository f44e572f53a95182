/**
 * The JetBrains HTTP Client's response handlers (`> {% client.global.set("token", response.body.token); %}`) read for
 * the one thing most of them do: keep a value of the response for the next requests. Their `client.global.set(name,
 * value)` statements are found, and those whose value is a plain path into the response (`response.body.a.b`,
 * `response.body["a"]`, `response.headers.valueOf("X")`, `response.status`) or a literal are applied to it. Nothing
 * else of a handler is run: httplens runs no JavaScript. Pure.
 */
import { jsonOrText, jsonToText, memberOf, memberPath } from './values.js';

/** What a `client.global.set` statement stores. */
export type HandlerValue =
  | { kind: 'body'; path: string[] }
  | { kind: 'header'; name: string }
  | { kind: 'status' }
  | { kind: 'literal'; value: string };

/** One `client.global.set(name, value)` of a handler; `value` undefined when it is JavaScript httplens does not read. */
export interface HandlerSet {
  name: string;
  /** The value expression as written. */
  expression: string;
  value?: HandlerValue;
}

const SET = /\bclient\.global\.set\(\s*(["'`])([^"'`\n]{1,200})\1\s*,/g;

/** The text of a call's argument from `at` to its closing parenthesis (strings and nesting followed), or undefined. */
function argumentText(script: string, at: number): string | undefined {
  let depth = 0;
  for (let i = at; i < script.length && i < at + 2000; i++) {
    const c = script[i] as string;
    if (c === '"' || c === "'" || c === '`') {
      const end = script.indexOf(c, i + 1);
      if (end < 0) return undefined;
      i = end;
    } else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      if (depth === 0) return c === ')' ? script.slice(at, i).trim() : undefined;
      depth--;
    }
  }
  return undefined;
}

/** A value expression httplens reads, or undefined for any other JavaScript. */
export function handlerValue(expression: string): HandlerValue | undefined {
  const e = expression.trim();
  const literal = /^(?:"([^"\\]*)"|'([^'\\]*)'|(-?\d+(?:\.\d+)?)|(true|false))$/.exec(e);
  if (literal) return { kind: 'literal', value: (literal[1] ?? literal[2] ?? literal[3] ?? literal[4]) as string };
  if (e === 'response.status') return { kind: 'status' };
  const header = /^response\.headers\.valueOf\(\s*(?:"([^"]+)"|'([^']+)')\s*\)$/.exec(e);
  if (header) return { kind: 'header', name: (header[1] ?? header[2]) as string };
  if (!e.startsWith('response.body')) return undefined;
  const path = memberPath(e.slice('response.'.length));
  return path && path[0] === 'body' ? { kind: 'body', path: path.slice(1) } : undefined;
}

/**
 * The `<call>("name", value)` statements of a script that `pattern` finds (its second group the name), in order, each
 * with its value as `read` reads it (absent for JavaScript it does not read).
 */
function setStatements<V>(script: string, call: string, pattern: RegExp, read: (expression: string) => V | undefined): { name: string; expression: string; value?: V }[] {
  const out: { name: string; expression: string; value?: V }[] = [];
  if (!script.includes(call)) return out;
  for (const m of script.matchAll(pattern)) {
    const expression = argumentText(script, (m.index ?? 0) + m[0].length);
    if (expression === undefined) continue;
    const set: { name: string; expression: string; value?: V } = { name: m[2] as string, expression };
    const value = read(expression);
    if (value) set.value = value;
    out.push(set);
  }
  return out;
}

/** The `client.global.set` statements of a handler script, in order. */
export function handlerSets(script: string): HandlerSet[] {
  return setStatements(script, 'client.global.set', SET, handlerValue);
}

/**
 * What a JetBrains pre-request script's `request.variables.set(name, value)` gives the request it runs before: a
 * literal, a dynamic value (`$random.email`, `$random.integer(1, 10)`, `$uuid`, `$timestamp`, `$isoTimestamp`,
 * `$randomInt`, as the client's script API names them), or another variable (`client.global.get("token")`).
 */
export type PreRequestValue = { kind: 'literal'; value: string } | { kind: 'dynamic'; expression: string } | { kind: 'variable'; name: string };

/** One `request.variables.set(name, value)` of a pre-request script; `value` undefined for JavaScript httplens does not read. */
export interface PreRequestSet {
  name: string;
  expression: string;
  value?: PreRequestValue;
}

const REQUEST_SET = /\brequest\.variables\.set\(\s*(["'`])([^"'`\n]{1,200})\1\s*,/g;

/** A pre-request value expression httplens reads, or undefined for any other JavaScript. */
export function preRequestValue(expression: string): PreRequestValue | undefined {
  const e = expression.trim();
  const literal = handlerValue(e);
  if (literal?.kind === 'literal') return literal;
  if (/^\$(?:uuid|timestamp|isoTimestamp|randomInt)$/.test(e) || /^\$random\.[a-z][\w.]*(?:\([^()]*\))?$/i.test(e)) return { kind: 'dynamic', expression: e.replace(/\(\s*\)$/, '') };
  const get = /^client\.global\.get\(\s*(?:"([^"]+)"|'([^']+)')\s*\)$/.exec(e) ?? /^request\.variables\.get\(\s*(?:"([^"]+)"|'([^']+)')\s*\)$/.exec(e);
  if (get) return { kind: 'variable', name: (get[1] ?? get[2]) as string };
  return undefined;
}

/** The `request.variables.set` statements of a JetBrains pre-request script, in order. */
export function preRequestSets(script: string): PreRequestSet[] {
  return setStatements(script, 'request.variables.set', REQUEST_SET, preRequestValue);
}

/**
 * The `client.global.set(name, value)` statements of a JetBrains pre-request script, in order, their values read as
 * `preRequestValue` reads them: global variables, for this request and the next ones.
 */
export function preRequestGlobalSets(script: string): PreRequestSet[] {
  return setStatements(script, 'client.global.set', SET, preRequestValue);
}

/** The response a handler reads. */
export interface HandlerResponse {
  status: number;
  headers: readonly (readonly [string, string])[];
  body: string;
}

/**
 * Applies the statements httplens reads to a response: the variables set (name -> text), and the names it could not
 * set (JavaScript it does not read, or a path the response does not have), in order. As in the JetBrains client, a
 * JSON body is an object and any other body its text.
 */
export function applyHandlerSets(sets: readonly HandlerSet[], response: HandlerResponse): { set: Record<string, string>; notSet: string[] } {
  const set = Object.create(null) as Record<string, string>;
  const notSet: string[] = [];
  // parsed once, and only when a statement reads the body
  let parsed: { value: unknown } | undefined;
  const body = (): unknown => (parsed ??= { value: jsonOrText(response.body) }).value;
  for (const s of sets) {
    const v = s.value;
    let value: string | undefined;
    if (!v) value = undefined;
    else if (v.kind === 'literal') value = v.value;
    else if (v.kind === 'status') value = String(response.status);
    else if (v.kind === 'header') value = response.headers.find(([n]) => n.toLowerCase() === v.name.toLowerCase())?.[1];
    else {
      const found = memberOf(body(), v.path);
      value = found === undefined ? undefined : jsonToText(found.value);
    }
    if (value === undefined) notSet.push(s.name);
    else set[s.name] = value;
  }
  return { set, notSet };
}
