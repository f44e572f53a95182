/** Helpers that compute dynamic values and select parts of stored responses (pure; randomness and time from the host). */

const HEX = '0123456789abcdef';

export function uuidV4(random: () => number): string {
  let s = '';
  for (let i = 0; i < 36; i++) {
    if (i === 8 || i === 13 || i === 18 || i === 23) s += '-';
    else if (i === 14) s += '4';
    else if (i === 19) s += HEX[8 + Math.floor(random() * 4)];
    else s += HEX[Math.floor(random() * 16)];
  }
  return s;
}

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** Adds `offset unit` to a time; months and years move the calendar date. */
export function addOffset(ms: number, offset: number, unit: string): number {
  if (unit === 'M' || unit === 'y') {
    const d = new Date(ms);
    d.setUTCMonth(d.getUTCMonth() + (unit === 'y' ? offset * 12 : offset));
    return d.getTime();
  }
  return ms + offset * (UNIT_MS[unit] ?? 0);
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Formats a time with Day.js-style tokens (what REST Client's `{{$datetime "format"}}` uses):
 * YYYY YY MMMM MMM MM M DD D dddd ddd HH H hh h mm m ss s SSS A a Z ZZ; text in [brackets] is literal.
 * `tzOffset` is in minutes east of UTC.
 */
export function formatDate(ms: number, format: string, tzOffset = 0): string {
  const d = new Date(ms + tzOffset * 60_000);
  const Y = d.getUTCFullYear();
  const M = d.getUTCMonth();
  const D = d.getUTCDate();
  const H = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  const S = d.getUTCMilliseconds();
  const sign = tzOffset < 0 ? '-' : '+';
  const abs = Math.abs(tzOffset);
  const tokens: Record<string, string> = {
    YYYY: String(Y), YY: pad(Y % 100), MMMM: MONTHS[M] as string, MMM: (MONTHS[M] as string).slice(0, 3), MM: pad(M + 1), M: String(M + 1),
    DD: pad(D), D: String(D), dddd: DAYS[d.getUTCDay()] as string, ddd: (DAYS[d.getUTCDay()] as string).slice(0, 3),
    HH: pad(H), H: String(H), hh: pad(H % 12 || 12), h: String(H % 12 || 12), mm: pad(m), m: String(m), ss: pad(s), s: String(s),
    SSS: pad(S, 3), A: H < 12 ? 'AM' : 'PM', a: H < 12 ? 'am' : 'pm',
    Z: `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`, ZZ: `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`,
  };
  const order = ['YYYY', 'YY', 'MMMM', 'MMM', 'MM', 'M', 'DD', 'D', 'dddd', 'ddd', 'HH', 'H', 'hh', 'h', 'mm', 'm', 'ss', 's', 'SSS', 'A', 'a', 'ZZ', 'Z'];
  let out = '';
  let i = 0;
  while (i < format.length) {
    if (format[i] === '[') {
      const end = format.indexOf(']', i);
      if (end > i) {
        out += format.slice(i + 1, end);
        i = end + 1;
        continue;
      }
    }
    const tok = order.find((t) => format.startsWith(t, i));
    if (tok) {
      out += tokens[tok];
      i += tok.length;
    } else {
      out += format[i];
      i++;
    }
  }
  return out;
}

/** RFC 1123 date (`Tue, 15 Nov 1994 08:12:31 GMT`) shifted by a time-zone offset in minutes. */
export function rfc1123(ms: number, tzOffset = 0): string {
  if (tzOffset === 0) return new Date(ms).toUTCString();
  const sign = tzOffset < 0 ? '-' : '+';
  const abs = Math.abs(tzOffset);
  return `${formatDate(ms, 'ddd, DD MMM YYYY HH:mm:ss', tzOffset)} ${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

/** ISO 8601 with the offset (`Z` in UTC). */
export function iso8601(ms: number, tzOffset = 0): string {
  if (tzOffset === 0) return new Date(ms).toISOString();
  return formatDate(ms, 'YYYY-MM-DD[T]HH:mm:ss.SSSZ', tzOffset);
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/**
 * A JSONPath subset: `$`, `.name`, `['name']`, `["name"]`, `[n]`, `[*]` and `.*` (first match is returned),
 * which covers the forms REST Client's documentation uses.
 */
export function jsonPath(value: unknown, path: string): { found: boolean; value?: unknown } {
  if (!path.startsWith('$')) return { found: false };
  let current: unknown[] = [value];
  let i = 1;
  while (i < path.length) {
    const c = path[i];
    let key: string | number | '*' | undefined;
    if (c === '.') {
      let j = i + 1;
      while (j < path.length && path[j] !== '.' && path[j] !== '[') j++;
      key = path.slice(i + 1, j);
      if (key === '') return { found: false };
      i = j;
    } else if (c === '[') {
      const end = path.indexOf(']', i);
      if (end < 0) return { found: false };
      const inner = path.slice(i + 1, end).trim();
      i = end + 1;
      if (inner === '*') key = '*';
      else if (/^-?\d+$/.test(inner)) key = Number(inner);
      else if ((inner.startsWith("'") && inner.endsWith("'")) || (inner.startsWith('"') && inner.endsWith('"'))) key = inner.slice(1, -1);
      else return { found: false };
    } else return { found: false };
    const next: unknown[] = [];
    for (const v of current) {
      if (key === '*') {
        // one at a time: a response's array can be longer than a call may have arguments
        if (Array.isArray(v)) for (const x of v as unknown[]) next.push(x);
        else if (v && typeof v === 'object') for (const x of Object.values(v)) next.push(x);
      } else if (typeof key === 'number') {
        if (Array.isArray(v)) {
          const idx = key < 0 ? v.length + key : key;
          if (idx >= 0 && idx < v.length) next.push(v[idx]);
        }
      } else if (v && typeof v === 'object' && !Array.isArray(v) && Object.prototype.hasOwnProperty.call(v, key)) {
        next.push((v as Record<string, unknown>)[key]);
      }
    }
    current = next;
    if (current.length === 0) return { found: false };
  }
  return { found: true, value: current[0] };
}

const PATH_NAME = /^[\p{L}_$][\p{L}\p{N}_$]*/u;

/** The keys of a JavaScript member path (`a.b[0]["c d"]` -> a, b, 0, c d), or undefined for any other expression. */
export function memberPath(expression: string): string[] | undefined {
  const head = PATH_NAME.exec(expression);
  if (!head) return undefined;
  const keys = [head[0]];
  let i = head[0].length;
  while (i < expression.length) {
    const c = expression[i];
    if (c === '.') {
      const m = PATH_NAME.exec(expression.slice(i + 1));
      if (!m) return undefined;
      keys.push(m[0]);
      i += 1 + m[0].length;
    } else if (c === '[') {
      const m = /^\[(?:(\d+)|"([^"\\]*)"|'([^'\\]*)')\]/.exec(expression.slice(i));
      if (!m) return undefined;
      keys.push((m[1] ?? m[2] ?? m[3]) as string);
      i += m[0].length;
    } else return undefined;
  }
  return keys;
}

/** A JSON text parsed, or the text itself when it is not JSON, as the JetBrains client and httpYac give a body to scripts. */
export function jsonOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * The value at `keys` (see `memberPath`) in a value, own properties only (an array's items by their index), or
 * undefined when there is none. With `lengths`, `length` of a text or a list is its length, as JavaScript reads it.
 */
export function memberOf(root: unknown, keys: readonly string[], lengths = false): { value: unknown } | undefined {
  let value = root;
  for (const key of keys) {
    if (lengths && key === 'length' && (typeof value === 'string' || Array.isArray(value))) value = value.length;
    else if (typeof value === 'object' && value !== null && Object.prototype.hasOwnProperty.call(value, key)) value = (value as Record<string, unknown>)[key];
    else return undefined;
  }
  return { value };
}

/** Renders a selected JSON value the way REST Client substitutes it: strings bare, others as JSON. */
export function jsonToText(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value as Json);
  } catch (error) {
    // a value nested deeper than the call stack allows (a response body can be): written out without recursion
    if (error instanceof RangeError) return stringifyDeep(value);
    throw error;
  }
}

/** Text written as it is, beside the values still to write, on the stack of `stringifyDeep`. */
class Raw {
  constructor(readonly text: string) {}
}

/** `JSON.stringify` of parsed JSON (no `toJSON`, no cycles) with an explicit stack, for values nested too deep for it. */
export function stringifyDeep(value: unknown): string {
  const out: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item instanceof Raw) out.push(item.text);
    else if (Array.isArray(item)) {
      stack.push(new Raw(']'));
      for (let k = item.length - 1; k >= 0; k--) {
        stack.push(item[k] === undefined ? null : item[k]);
        if (k > 0) stack.push(new Raw(','));
      }
      stack.push(new Raw('['));
    } else if (item !== null && typeof item === 'object') {
      const entries = Object.entries(item).filter(([, v]) => v !== undefined);
      stack.push(new Raw('}'));
      for (let k = entries.length - 1; k >= 0; k--) {
        const [key, v] = entries[k] as [string, unknown];
        stack.push(v);
        stack.push(new Raw(`${k > 0 ? ',' : ''}${JSON.stringify(key)}:`));
      }
      stack.push(new Raw('{'));
    } else out.push(JSON.stringify(item) ?? 'null');
  }
  return out.join('');
}

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

function decodeEntities(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[\da-f]+);/gi, (whole, e: string) => {
    const lower = e.toLowerCase();
    if (lower === 'lt') return '<';
    if (lower === 'gt') return '>';
    if (lower === 'amp') return '&';
    if (lower === 'quot') return '"';
    if (lower === 'apos') return "'";
    const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A small, forgiving XML reader (elements, attributes, text, CDATA; comments and declarations skipped). */
export function parseXml(text: string): XmlElement | undefined {
  const root: XmlElement = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const top = stack[stack.length - 1] as XmlElement;
    if (lt < 0) {
      top.text += decodeEntities(text.slice(i));
      break;
    }
    if (lt > i) top.text += decodeEntities(text.slice(i, lt));
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      top.text += text.slice(lt + 9, end < 0 ? text.length : end);
      i = end < 0 ? text.length : end + 3;
      continue;
    }
    const gt = text.indexOf('>', lt);
    if (gt < 0) break;
    const inner = text.slice(lt + 1, gt);
    i = gt + 1;
    if (inner.startsWith('?') || inner.startsWith('!')) continue;
    if (inner.startsWith('/')) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const selfClosing = inner.endsWith('/');
    const body = selfClosing ? inner.slice(0, -1) : inner;
    const nameMatch = /^[^\s/>]+/.exec(body);
    if (!nameMatch) continue;
    const el: XmlElement = { name: nameMatch[0], attrs: {}, children: [], text: '' };
    readAttributes(body.slice(nameMatch[0].length), el.attrs);
    top.children.push(el);
    if (!selfClosing) stack.push(el);
  }
  return root.children.length > 0 ? root : undefined;
}

/** Reads `name="value"` / `name='value'` pairs with a linear scan. */
function readAttributes(rest: string, attrs: Record<string, string>): void {
  let i = 0;
  const n = rest.length;
  while (i < n) {
    while (i < n && /\s/.test(rest[i] as string)) i++;
    const start = i;
    while (i < n && rest[i] !== '=' && !/\s/.test(rest[i] as string)) i++;
    const name = rest.slice(start, i);
    while (i < n && /\s/.test(rest[i] as string)) i++;
    if (rest[i] !== '=' || name === '') {
      i++;
      continue;
    }
    i++;
    while (i < n && /\s/.test(rest[i] as string)) i++;
    const q = rest[i];
    if (q !== '"' && q !== "'") continue;
    const end = rest.indexOf(q, i + 1);
    if (end < 0) return;
    attrs[name] = decodeEntities(rest.slice(i + 1, end));
    i = end + 1;
  }
}

/** The text of an element and of its descendants, in document order (without recursion: a response may nest deep). */
function allText(el: XmlElement): string {
  let out = '';
  const stack: XmlElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop() as XmlElement;
    out += e.text;
    for (let k = e.children.length - 1; k >= 0; k--) stack.push(e.children[k] as XmlElement);
  }
  return out;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon >= 0 ? name.slice(colon + 1) : name;
}

/**
 * An XPath subset: absolute `/a/b/c`, descendant `//c`, `*`, a position predicate `[n]`, `text()` and a final `@attr`.
 * Returns the text (or attribute value) of the first match.
 */
export function xPath(xml: string, path: string): { found: boolean; value?: string } {
  const root = parseXml(xml);
  if (!root || !path.startsWith('/')) return { found: false };
  let nodes: XmlElement[] = [root];
  const steps: { descendant: boolean; test: string }[] = [];
  let i = 0;
  while (i < path.length) {
    let descendant = false;
    if (path.startsWith('//', i)) {
      descendant = true;
      i += 2;
    } else if (path[i] === '/') i += 1;
    let j = i;
    while (j < path.length && path[j] !== '/') j++;
    steps.push({ descendant, test: path.slice(i, j) });
    i = j;
  }
  for (const step of steps) {
    if (step.test === 'text()') {
      const first = nodes[0];
      return first ? { found: true, value: allText(first) } : { found: false };
    }
    if (step.test.startsWith('@')) {
      const attr = step.test.slice(1);
      for (const n of nodes) if (attr in n.attrs) return { found: true, value: n.attrs[attr] as string };
      return { found: false };
    }
    const pred = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(step.test);
    if (!pred?.[1]) return { found: false };
    const name = pred[1];
    const position = pred[2] ? Number(pred[2]) : undefined;
    const next: XmlElement[] = [];
    // The matching children of each node, then (for `//`) of each descendant, depth first in document order; with
    // an explicit stack, as a response may nest deeper than the call stack allows.
    const collect = (from: XmlElement, deep: boolean): void => {
      const stack: XmlElement[] = [from];
      while (stack.length > 0) {
        const el = stack.pop() as XmlElement;
        const matched = el.children.filter((c) => name === '*' || c.name === name || localName(c.name) === name);
        if (position !== undefined) {
          const at = matched[position - 1];
          if (at) next.push(at);
        } else for (const m of matched) next.push(m);
        if (deep) for (let k = el.children.length - 1; k >= 0; k--) stack.push(el.children[k] as XmlElement);
      }
    };
    for (const n of nodes) collect(n, step.descendant);
    nodes = next;
    if (nodes.length === 0) return { found: false };
  }
  const first = nodes[0];
  return first ? { found: true, value: allText(first) } : { found: false };
}

/**
 * Valid JSON indented by two spaces, as `JSON.stringify(value, null, 2)` lays it out, but
 * only the whitespace between tokens changes: numbers (`1.0`, integers past 2^53), string
 * escapes and repeated keys stay as written, so the body sent is the same value. Used to format request bodies and
 * to show response bodies.
 */
export function reindentJson(raw: string, eol = '\n'): string {
  let out = '';
  let depth = 0;
  let i = 0;
  const newline = () => eol + '  '.repeat(depth);
  const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
  while (i < raw.length) {
    const c = raw[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < raw.length && raw[j] !== '"') j += raw[j] === '\\' ? 2 : 1;
      out += raw.slice(i, j + 1);
      i = j + 1;
    } else if (isSpace(c)) i++;
    else if (c === '{' || c === '[') {
      let j = i + 1;
      while (isSpace(raw[j])) j++;
      if (raw[j] === (c === '{' ? '}' : ']')) {
        out += c + raw[j];
        i = j + 1;
      } else {
        depth++;
        out += c + newline();
        i++;
      }
    } else if (c === '}' || c === ']') {
      depth--;
      out += newline() + c;
      i++;
    } else if (c === ',') {
      out += `,${newline()}`;
      i++;
    } else if (c === ':') {
      out += ': ';
      i++;
    } else {
      let j = i;
      while (j < raw.length && !isSpace(raw[j]) && !',:{}[]"'.includes(raw[j] as string)) j++;
      out += raw.slice(i, j);
      i = j;
    }
  }
  return out;
}

/** A size for people: `512 B`, `12.3 KB`, `40.6 MB`, `3.00 GB` (1 KB = 1,024 bytes), as the editor and messages show it. */
export function formatSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < mb) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 * mb) return `${(bytes / mb).toFixed(1)} MB`;
  return `${(bytes / (1024 * mb)).toFixed(2)} GB`;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `encodeURIComponent` that does not throw: a lone surrogate (half of an emoji, as a value is being typed) is encoded
 * as U+FFFD (`%EF%BF%BD`), as the form encoding of a body does.
 */
export function encodeComponent(s: string): string {
  return encodeURIComponent(s.replace(LONE_SURROGATE, '\uFFFD'));
}
