import { fakerArgs, fakerArgsFit, fakerMethod, fakerSignatures } from './faker.js';

/** The tools that define each dynamic (system) variable. */
export type Tool = 'REST Client' | 'JetBrains HTTP Client' | 'httpYac';

const RC: Tool = 'REST Client';
const JB: Tool = 'JetBrains HTTP Client';
const HY: Tool = 'httpYac';

export interface DynamicVariableInfo {
  name: string;
  tools: readonly Tool[];
  /** The argument pattern shown in diagnostics. */
  expected: string;
  /** Checks the argument text (after the name); true when valid. */
  check(args: string): boolean;
}

const UNITS = new Set(['y', 'M', 'w', 'd', 'h', 'm', 's', 'ms']);
const INT = /^[-+]?\d+$/;
const NUM = /^[-+]?\d+(?:\.\d+)?$/;

/** Splits dynamic-variable arguments on whitespace, keeping quoted strings whole. */
export function splitArgs(args: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < args.length) {
    const c = args[i] as string;
    if (c === ' ' || c === '\t') {
      i++;
      continue;
    }
    if (c === '"' || c === "'") {
      const end = args.indexOf(c, i + 1);
      const stop = end < 0 ? args.length : end + 1;
      out.push(args.slice(i, stop));
      i = stop;
      continue;
    }
    let j = i;
    while (j < args.length && args[j] !== ' ' && args[j] !== '\t') j++;
    out.push(args.slice(i, j));
    i = j;
  }
  return out;
}

function offsetArgs(parts: string[]): boolean {
  if (parts.length === 0) return true;
  return parts.length === 2 && INT.test(parts[0] as string) && UNITS.has(parts[1] as string);
}

function dateArgs(args: string): boolean {
  const parts = splitArgs(args);
  const format = parts[0];
  if (format === undefined) return false;
  const quoted = (format.startsWith('"') && format.endsWith('"') && format.length >= 2) || (format.startsWith("'") && format.endsWith("'") && format.length >= 2);
  if (format !== 'rfc1123' && format !== 'iso8601' && !quoted) return false;
  return offsetArgs(parts.slice(1));
}

function parenArgs(args: string, count: number[], pattern: RegExp): boolean {
  const t = args.trim();
  if (t === '' || t === '()') return count.includes(0);
  if (!t.startsWith('(') || !t.endsWith(')')) return false;
  const inner = t.slice(1, -1).trim();
  const parts = inner === '' ? [] : inner.split(',').map((p) => p.trim());
  return count.includes(parts.length) && parts.every((p) => pattern.test(p));
}

const NAME_ARG = /^%?[A-Z_][\w.-]*$/i;
const QUOTED = /^"[^"]*"$/;

const LIST: DynamicVariableInfo[] = [
  { name: '$guid', tools: [RC, HY], expected: '$guid', check: (a) => a.trim() === '' },
  { name: '$uuid', tools: [JB, HY], expected: '$uuid', check: (a) => a.trim() === '' },
  { name: '$randomInt', tools: [RC, JB, HY], expected: '$randomInt [min max]', check: (a) => { const p = splitArgs(a); return p.length === 0 || (p.length === 2 && p.every((x) => INT.test(x))); } },
  { name: '$timestamp', tools: [RC, JB, HY], expected: '$timestamp [offset unit]', check: (a) => offsetArgs(splitArgs(a)) },
  { name: '$isoTimestamp', tools: [JB], expected: '$isoTimestamp', check: (a) => a.trim() === '' },
  { name: '$datetime', tools: [RC, HY], expected: '$datetime rfc1123|iso8601|"format" [offset unit]', check: dateArgs },
  { name: '$localDatetime', tools: [RC, HY], expected: '$localDatetime rfc1123|iso8601|"format" [offset unit]', check: dateArgs },
  { name: '$processEnv', tools: [RC, HY], expected: '$processEnv [%]NAME', check: (a) => { const p = splitArgs(a); return p.length === 1 && NAME_ARG.test(p[0] as string); } },
  { name: '$dotenv', tools: [RC, HY], expected: '$dotenv [%]NAME', check: (a) => { const p = splitArgs(a); return p.length === 1 && NAME_ARG.test(p[0] as string); } },
  // The JetBrains HTTP Client's folders, for the paths of includes and output redirects (`>> {{$projectRoot}}/out.json`).
  { name: '$projectRoot', tools: [JB], expected: '$projectRoot', check: (a) => a.trim() === '' },
  { name: '$historyFolder', tools: [JB], expected: '$historyFolder', check: (a) => a.trim() === '' },
  { name: '$aadToken', tools: [RC], expected: '$aadToken [new] [public|cn|de|us|ppe] [<domain|tenantId>] [aud:<domain|tenantId>]', check: () => true },
  // httpYac asks for these values when sending (`{{$input Your name $value: default}}`; `$input-askonce` and `$pick-askonce` ask once a session).
  { name: '$input', tools: [HY], expected: '$input placeholder [$value: default]', check: (a) => questionOf('input', a) !== undefined },
  { name: '$prompt', tools: [HY], expected: '$prompt placeholder [$value: default]', check: (a) => questionOf('input', a) !== undefined },
  { name: '$password', tools: [HY], expected: '$password placeholder [$value: default]', check: (a) => questionOf('password', a) !== undefined },
  { name: '$pick', tools: [HY], expected: '$pick placeholder $value: choice1,choice2', check: (a) => questionOf('pick', a) !== undefined },
  { name: '$aadV2Token', tools: [RC], expected: '$aadV2Token [new] [AzureCloud|AzureChinaCloud|AzureUSGovernment|ppe] [appOnly] [scopes:<scope[,]>] [tenantid:<domain|tenantId>] [clientid:<clientId>]', check: () => true },
  // The JetBrains HTTP Client's OAuth 2.0 tokens of an environment's Security.Auth configuration (`{{$auth.token("auth-id")}}`).
  { name: '$auth.token', tools: [JB], expected: '$auth.token("auth-id")', check: (a) => parenArgs(a, [1], QUOTED) },
  { name: '$auth.idToken', tools: [JB], expected: '$auth.idToken("auth-id")', check: (a) => parenArgs(a, [1], QUOTED) },
  { name: '$random.uuid', tools: [JB], expected: '$random.uuid', check: (a) => a.trim() === '' },
  { name: '$random.email', tools: [JB], expected: '$random.email', check: (a) => a.trim() === '' },
  { name: '$random.integer', tools: [JB], expected: '$random.integer(from, to)', check: (a) => parenArgs(a, [0, 2], INT) },
  { name: '$random.float', tools: [JB], expected: '$random.float(from, to)', check: (a) => parenArgs(a, [0, 2], NUM) },
  { name: '$random.alphabetic', tools: [JB], expected: '$random.alphabetic(length)', check: (a) => parenArgs(a, [1], INT) },
  { name: '$random.alphanumeric', tools: [JB], expected: '$random.alphanumeric(length)', check: (a) => parenArgs(a, [1], INT) },
  { name: '$random.hexadecimal', tools: [JB], expected: '$random.hexadecimal(length)', check: (a) => parenArgs(a, [1], INT) },
];

const BY_NAME = new Map(LIST.map((d) => [d.name, d]));

/**
 * A question httpYac asks the user when it sends a request: `{{$input Your name $value: Ada}}` (`$prompt` is the same),
 * `{{$password Password}}`, `{{$pick Stage $value: dev,test,prod}}`, each also with `-askonce`.
 */
export interface Question {
  kind: 'input' | 'password' | 'pick';
  /** The text shown to the user; answers are keyed by it. */
  placeholder: string;
  /** `$value:` of `$input` and `$password`: the answer proposed. */
  value?: string;
  /** `$value:` of `$pick`: the choices, split at commas. */
  choices?: string[];
  /**
   * `-askonce`: asked once and the answer kept for later requests; a file or environment variable named as the
   * placeholder answers it without asking.
   */
  askOnce: boolean;
}

/**
 * The question of a `$input`, `$prompt`, `$password` or `$pick` reference, read as httpYac reads it: a non-empty
 * placeholder up to `$value:` (no other `$` in it), and for `$pick` the choices after `$value:`. Undefined when httpYac
 * would not ask (it then sends the reference as written).
 */
export function questionOf(kind: Question['kind'], args: string): Question | undefined {
  let rest = args;
  let askOnce = false;
  if (rest.startsWith('-askonce')) {
    askOnce = true;
    rest = rest.slice(8);
  }
  const dollar = rest.indexOf('$');
  if (dollar >= 0 && !rest.startsWith('$value:', dollar)) return undefined;
  const placeholder = (dollar < 0 ? rest : rest.slice(0, dollar)).trim();
  if (placeholder === '') return undefined;
  const value = dollar < 0 ? undefined : rest.slice(dollar + 7).trim();
  if (kind === 'pick') {
    if (value === undefined || value === '') return undefined;
    return { kind, placeholder, choices: value.split(',').map((c) => c.trim()), askOnce };
  }
  return value === undefined ? { kind, placeholder, askOnce } : { kind, placeholder, value, askOnce };
}

/** The question of a reference's expression (`$input-askonce Name`), or undefined when it asks none. */
export function questionOfExpression(expression: string): Question | undefined {
  const m = /^\$(input|prompt|password|pick)(?![\w.])/.exec(expression);
  if (!m) return undefined;
  const kind = m[1] === 'prompt' ? 'input' : (m[1] as Question['kind']);
  return questionOf(kind, expression.slice(m[0].length));
}

/**
 * The classes of the Java Faker library whose values the JetBrains HTTP Client generates as `{{$random.<class>.<method>}}`
 * (`{{$random.name.firstName}}`, `{{$random.address.city}}`, `{{$random.ChuckNorris.fact}}`).
 */
const FAKER_CLASSES = new Set([
  'address', 'beer', 'bool', 'business', 'ChuckNorris', 'code', 'color', 'commerce', 'company', 'crypto', 'educator', 'finance', 'hacker', 'idNumber',
  'internet', 'lorem', 'name', 'number', 'phoneNumber', 'shakespeare', 'superhero', 'team', 'university',
]);

/** A Java Faker value of the JetBrains HTTP Client: `$random.` and a Faker class, `.` and a method (see FAKER_CLASSES). */
export function isFakerVariable(name: string): boolean {
  const m = /^\$random\.([A-Za-z]+)\.[A-Za-z][A-Za-z0-9]*$/.exec(name);
  return m !== null && FAKER_CLASSES.has(m[1] as string);
}

/** Looks up a dynamic variable; `$env.NAME` (JetBrains) and the Java Faker values (`$random.name.firstName`) are recognised by their form. */
export function getDynamicVariable(name: string): DynamicVariableInfo | undefined {
  const found = BY_NAME.get(name);
  if (found) return found;
  if (name.startsWith('$env.') && name.length > 5) return { name, tools: [JB], expected: '$env.NAME', check: (a) => a.trim() === '' };
  if (isFakerVariable(name)) {
    // a method of a Faker class, without arguments or with them in parentheses
    const any = (a: string): boolean => a.trim() === '' || /^\(.*\)$/s.test(a.trim());
    // one httplens generates: arguments that fit one of its parameter lists (or, when Java Faker has overloads that
    // httplens does not generate, any: those are left as written, HTTP1061)
    const method = fakerMethod(name);
    if (method) {
      const fits = (a: string): boolean => {
        const args = fakerArgs(a);
        return args !== undefined && fakerArgsFit(method, args);
      };
      return { name, tools: [JB], expected: fakerSignatures(method), check: method.others ? (a) => fits(a) || any(a) : fits };
    }
    return { name, tools: [JB], expected: '$random.<class>.<method>', check: any };
  }
  return undefined;
}

export const DYNAMIC_VARIABLES: readonly DynamicVariableInfo[] = LIST;

/** The length of the dynamic variable's name at the start of `expression` (`$` and a letter, then letters, digits, `_` and `.`), or 0. */
export function dynamicNameLength(expression: string): number {
  if (expression.charCodeAt(0) !== 36 /* $ */) return 0;
  const c = expression.charCodeAt(1) | 32;
  if (c < 97 || c > 122) return 0;
  let k = 2;
  for (; k < expression.length; k++) {
    const d = expression.charCodeAt(k);
    const lower = d | 32;
    if (!((lower >= 97 && lower <= 122) || (d >= 48 && d <= 57) || d === 95 || d === 46)) break;
  }
  return k;
}

/** The dynamic variable's name in `expression` (as `splitDynamic`, without the arguments). */
export function dynamicName(expression: string): string {
  const k = dynamicNameLength(expression);
  return k === 0 || k === expression.length ? expression : expression.slice(0, k);
}

/** Splits a dynamic reference's expression into its name and argument text (`$random.integer(1, 5)`, `$randomInt 1 5`). */
export function splitDynamic(expression: string): { name: string; args: string } {
  const k = dynamicNameLength(expression);
  if (k === 0 || k === expression.length) return { name: expression, args: '' };
  return { name: expression.slice(0, k), args: expression.slice(k) };
}
