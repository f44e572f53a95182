import { createDiagnostic } from '@httplens/core';
import type { Diagnostic, Locale, Span } from '@httplens/core';
import { toBase64 } from './encoding.js';
import { encodeComponent } from './values.js';

/** A shell word after quote removal, with the span of its source text in the command line. */
export interface ShellWord {
  value: string;
  span: Span;
}

export interface CurlHeader {
  name: string;
  value: string;
  /** The `-H` argument in the command line. */
  span: Span;
}

/** A `-F` form part. */
export interface CurlFormPart {
  name: string;
  value?: string;
  /** `name=@file`: a file upload; `name=<file`: the file's content as a value. */
  file?: string;
  fileAsValue?: boolean;
  type?: string;
  filename?: string;
}

export interface CurlRequest {
  method: string;
  url: string;
  /** The URL word in the command line. */
  urlSpan?: Span;
  headers: CurlHeader[];
  /** The body as curl would send it (data options joined with `&`; multipart built from `-F`). */
  body?: string;
  /** Files that curl would read (`-d @file`, `--data-binary @file`, `-F name=@file`). */
  files: string[];
  form: CurlFormPart[];
  insecure: boolean;
  followRedirects: boolean;
  compressed: boolean;
  /** `--http2` and friends ask for another protocol version. */
  httpVersion?: string;
  /** `-u user:password`, already turned into an Authorization header. */
  user?: string;
  diagnostics: Diagnostic[];
}

/** Options whose argument is ignored (output, timing, TLS files, proxies): parsed so the rest reads right. */
const IGNORED_WITH_ARG = new Set([
  '-o', '--output', '-w', '--write-out', '--connect-timeout', '-m', '--max-time', '--retry', '--retry-delay', '--retry-max-time',
  '-x', '--proxy', '-U', '--proxy-user', '-c', '--cookie-jar', '--cacert', '--capath', '-E', '--cert', '--key', '--cert-type', '--key-type',
  '--resolve', '--connect-to', '--interface', '--limit-rate', '-r', '--range', '-D', '--dump-header', '--max-redirs', '-y', '--speed-time',
  '-Y', '--speed-limit', '--trace', '--trace-ascii', '--unix-socket', '--abstract-unix-socket', '-K', '--config', '--dns-servers',
]);
const IGNORED_FLAGS = new Set([
  '-s', '--silent', '-S', '--show-error', '-v', '--verbose', '-i', '--include', '-f', '--fail', '--fail-with-body', '-N', '--no-buffer',
  '-#', '--progress-bar', '-q', '--disable', '--no-keepalive', '--tcp-nodelay', '-O', '--remote-name', '-J', '--remote-header-name', '-g', '--globoff',
  '--http1.1', '--http1.0', '-0', '--ipv4', '-4', '--ipv6', '-6', '--tlsv1.2', '--tlsv1.3', '--ssl-reqd', '-Z', '--parallel', '--raw', '--no-progress-meter',
]);
const VERSION_FLAGS: Record<string, string> = { '--http2': 'HTTP/2', '--http2-prior-knowledge': 'HTTP/2', '--http3': 'HTTP/3', '--http3-only': 'HTTP/3' };

/** Short options that take a value (and may have it attached: `-XPOST`). */
const SHORT_WITH_ARG = new Set(['X', 'H', 'd', 'F', 'u', 'b', 'A', 'e', 'o', 'w', 'm', 'x', 'U', 'c', 'E', 'r', 'D', 'y', 'Y', 'K', 'T']);

/**
 * Splits a command line into words like a POSIX shell (single quotes, double quotes with `\` escapes,
 * `$'...'` ANSI-C strings, `\` line continuations) or, when the line uses `^` continuations or escapes,
 * like Windows cmd (`^` escapes, double quotes).
 */
export function splitCommandLine(text: string): { words: ShellWord[]; unterminated?: Span } {
  const posix = splitPosix(text);
  // Windows cmd: a `^` line continuation, or words that open with `^"` ("Copy as cURL (cmd)").
  if (/\^\r?\n/.test(text) || posix.words.some((w) => text.startsWith('^"', w.span.offset))) return splitCmd(text);
  return posix;
}

function splitPosix(text: string): { words: ShellWord[]; unterminated?: Span } {
  const words: ShellWord[] = [];
  let i = 0;
  const n = text.length;
  let unterminated: Span | undefined;
  while (i < n) {
    const c = text[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\r' ? 3 : 2;
      continue;
    }
    const start = i;
    let value = '';
    while (i < n) {
      const ch = text[i] as string;
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') break;
      if (ch === '\\') {
        if (text[i + 1] === '\n') {
          i += 2;
          continue;
        }
        value += text[i + 1] ?? '';
        i += 2;
      } else if (ch === "'") {
        const end = text.indexOf("'", i + 1);
        if (end < 0) {
          unterminated = { offset: i, length: n - i };
          value += text.slice(i + 1);
          i = n;
        } else {
          value += text.slice(i + 1, end);
          i = end + 1;
        }
      } else if (ch === '$' && text[i + 1] === "'") {
        let j = i + 2;
        let s = '';
        while (j < n && text[j] !== "'") {
          if (text[j] === '\\' && j + 1 < n) {
            const e = text[j + 1] as string;
            s += e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
            j += 2;
          } else {
            s += text[j];
            j++;
          }
        }
        if (j >= n) unterminated = { offset: i, length: n - i };
        value += s;
        i = j + 1;
      } else if (ch === '"') {
        let j = i + 1;
        while (j < n && text[j] !== '"') {
          if (text[j] === '\\' && j + 1 < n && '"\\$`\n'.includes(text[j + 1] as string)) {
            if (text[j + 1] !== '\n') value += text[j + 1];
            j += 2;
          } else {
            value += text[j];
            j++;
          }
        }
        if (j >= n) unterminated = { offset: i, length: n - i };
        i = j + 1;
      } else {
        value += ch;
        i++;
      }
    }
    words.push({ value, span: { offset: start, length: Math.min(i, n) - start } });
  }
  const out: { words: ShellWord[]; unterminated?: Span } = { words };
  if (unterminated) out.unterminated = unterminated;
  return out;
}

/**
 * Windows: first cmd removes its `^` escapes (`^` + line break continues the line, `^` + two line breaks is a
 * line break), then the program splits its command line by the C runtime's rules (double quotes, `""` and
 * `\\"` for a quote inside them, backslashes literal elsewhere). This is what "Copy as cURL (cmd)" produces.
 */
function splitCmd(text: string): { words: ShellWord[]; unterminated?: Span } {
  let plain = '';
  const from: number[] = [];
  let inQuotes = false;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const ch = text[i] as string;
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '^' && !inQuotes && i + 1 < n) {
      const next = text[i + 1] as string;
      if (next === '\r' || next === '\n') {
        let j = i + 1 + (next === '\r' && text[i + 2] === '\n' ? 2 : 1);
        if (text[j] === '\n' || text[j] === '\r') {
          plain += '\n';
          from.push(i);
          j += text[j] === '\r' && text[j + 1] === '\n' ? 2 : 1;
        } else {
          plain += ' ';
          from.push(i);
        }
        i = j - 1;
        continue;
      }
      plain += next;
      from.push(i);
      i++;
      continue;
    }
    plain += ch;
    from.push(i);
  }
  from.push(n);
  const words: ShellWord[] = [];
  let unterminated: Span | undefined;
  let i = 0;
  while (i < plain.length) {
    const c = plain[i] as string;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    let value = '';
    let quoted = false;
    let quoteStart = 0;
    while (i < plain.length) {
      const ch = plain[i] as string;
      if (!quoted && (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r')) break;
      if (ch === '\\') {
        let k = i;
        while (k < plain.length && plain[k] === '\\') k++;
        const count = k - i;
        if (plain[k] === '"') {
          value += '\\'.repeat(Math.floor(count / 2));
          if (count % 2 === 1) {
            value += '"';
            i = k + 1;
          } else i = k;
        } else {
          value += '\\'.repeat(count);
          i = k;
        }
        continue;
      }
      if (ch === '"') {
        if (quoted && plain[i + 1] === '"') {
          value += '"';
          i += 2;
          continue;
        }
        quoted = !quoted;
        if (quoted) quoteStart = i;
        i++;
        continue;
      }
      value += ch;
      i++;
    }
    if (quoted) unterminated = { offset: from[quoteStart] as number, length: n - (from[quoteStart] as number) };
    const offset = from[start] as number;
    words.push({ value, span: { offset, length: (from[i] ?? n) - offset } });
  }
  const out: { words: ShellWord[]; unterminated?: Span } = { words };
  if (unterminated) out.unterminated = unterminated;
  return out;
}

function urlEncodeData(arg: string, files: string[]): string {
  // --data-urlencode forms: content, =content, name=content, @file, name@file
  const eq = arg.indexOf('=');
  const at = arg.indexOf('@');
  if (at >= 0 && (eq < 0 || at < eq)) {
    files.push(arg.slice(at + 1));
    return at > 0 ? `${arg.slice(0, at)}=@${arg.slice(at + 1)}` : `@${arg.slice(1)}`;
  }
  if (eq < 0) return encodeComponent(arg);
  if (eq === 0) return encodeComponent(arg.slice(1));
  return `${arg.slice(0, eq)}=${encodeComponent(arg.slice(eq + 1))}`;
}

function parseFormPart(arg: string): CurlFormPart {
  const eq = arg.indexOf('=');
  const name = eq < 0 ? arg : arg.slice(0, eq);
  let rest = eq < 0 ? '' : arg.slice(eq + 1);
  const part: CurlFormPart = { name };
  if (rest.startsWith('@') || rest.startsWith('<')) {
    const attrs = rest.slice(1).split(';');
    part.file = (attrs[0] ?? '').replace(/^"|"$/g, '');
    if (rest.startsWith('<')) part.fileAsValue = true;
    for (const a of attrs.slice(1)) {
      const [k, v] = a.split('=');
      if (k?.trim() === 'type' && v) part.type = v.trim();
      if (k?.trim() === 'filename' && v) part.filename = v.trim().replace(/^"|"$/g, '');
    }
    return part;
  }
  const semi = rest.indexOf(';type=');
  if (semi >= 0) {
    part.type = rest.slice(semi + 6);
    rest = rest.slice(0, semi);
  }
  part.value = rest.replace(/^"|"$/g, '');
  return part;
}

/** The boundary httplens uses when it builds a multipart body from `-F` options. */
export const CURL_FORM_BOUNDARY = '----httplens-form-boundary';

function multipartBody(parts: CurlFormPart[]): string {
  const lines: string[] = [];
  for (const p of parts) {
    lines.push(`--${CURL_FORM_BOUNDARY}`);
    if (p.file !== undefined && !p.fileAsValue) {
      const filename = p.filename ?? p.file.split(/[\\/]/).pop() ?? p.file;
      lines.push(`Content-Disposition: form-data; name="${p.name}"; filename="${filename}"`);
      lines.push(`Content-Type: ${p.type ?? 'application/octet-stream'}`, '', `< ${p.file}`);
    } else {
      lines.push(`Content-Disposition: form-data; name="${p.name}"`);
      if (p.type) lines.push(`Content-Type: ${p.type}`);
      lines.push('', p.fileAsValue ? `< ${p.file ?? ''}` : (p.value ?? ''));
    }
  }
  lines.push(`--${CURL_FORM_BOUNDARY}--`);
  return lines.join('\n');
}

/**
 * Reads a curl command line into a request: -X, -H, -d/--data/--data-ascii/--data-raw/--data-binary/--data-urlencode,
 * -F, -u, -b, -A, -e, --compressed, -k, -L, -I, -G, --url, quoting, `\` continuations and Windows `^` continuations.
 * Never throws: problems are diagnostics with spans into `commandLine` (HTTP1042-1046).
 */
export function parseCurl(commandLine: string, options: { locale?: Locale } = {}): CurlRequest {
  const diagnostics: Diagnostic[] = [];
  const diag = (code: string, span: Span, args: Record<string, string> = {}): void => {
    diagnostics.push(createDiagnostic(code, span, args, options.locale ? { locale: options.locale } : {}));
  };
  const { words, unterminated } = splitCommandLine(commandLine);
  if (unterminated) diag('HTTP1044', unterminated);
  const req: CurlRequest = { method: 'GET', url: '', headers: [], files: [], form: [], insecure: false, followRedirects: false, compressed: false, diagnostics };
  let explicitMethod: string | undefined;
  let head = false;
  let get = false;
  const data: string[] = [];
  let k = 0;
  const first = words[0];
  if (first && /(?:^|[\\/])curl(?:\.exe)?$/i.test(first.value)) k = 1;
  let urlWord: ShellWord | undefined;
  const take = (opt: ShellWord, attached: string | undefined): ShellWord | undefined => {
    if (attached !== undefined && attached !== '') return { value: attached, span: opt.span };
    const next = words[k + 1];
    if (!next) {
      diag('HTTP1043', opt.span, { option: opt.value });
      return undefined;
    }
    k++;
    return next;
  };
  for (; k < words.length; k++) {
    const w = words[k] as ShellWord;
    let opt = w.value;
    let attached: string | undefined;
    if (opt.startsWith('-') && !opt.startsWith('--') && opt.length > 2) {
      // -XPOST, -sSL, -H'X: y'
      const letter = opt[1] as string;
      if (SHORT_WITH_ARG.has(letter)) {
        attached = opt.slice(2);
        opt = `-${letter}`;
      } else {
        const letters = opt.slice(1).split('');
        const withArg = letters.findIndex((l) => SHORT_WITH_ARG.has(l));
        for (const l of withArg < 0 ? letters : letters.slice(0, withArg)) applyFlag(`-${l}`, w);
        if (withArg < 0) continue;
        opt = `-${letters[withArg] as string}`;
        attached = letters.slice(withArg + 1).join('');
      }
    }
    if (opt === '--' ) continue;
    if (!opt.startsWith('-') || opt === '-') {
      if (!urlWord) urlWord = w;
      else diag('HTTP1046', w.span, { option: w.value });
      continue;
    }
    switch (opt) {
      case '-X':
      case '--request': {
        const v = take(w, attached);
        if (v) explicitMethod = v.value;
        break;
      }
      case '-H':
      case '--header': {
        const v = take(w, attached);
        if (!v) break;
        const colon = v.value.indexOf(':');
        if (colon > 0) req.headers.push({ name: v.value.slice(0, colon).trim(), value: v.value.slice(colon + 1).trim(), span: v.span });
        else if (v.value.endsWith(';')) req.headers.push({ name: v.value.slice(0, -1).trim(), value: '', span: v.span });
        else diag('HTTP1046', v.span, { option: v.value });
        break;
      }
      case '-d':
      case '--data':
      case '--data-ascii':
      case '--data-binary':
      case '--data-raw':
      case '--data-urlencode':
      case '--json': {
        const v = take(w, attached);
        if (!v) break;
        let value = v.value;
        if (opt === '--data-urlencode') value = urlEncodeData(value, req.files);
        else if (opt !== '--data-raw' && value.startsWith('@')) req.files.push(value.slice(1));
        if (opt === '--json') {
          if (!req.headers.some((h) => h.name.toLowerCase() === 'content-type')) req.headers.push({ name: 'Content-Type', value: 'application/json', span: w.span });
          if (!req.headers.some((h) => h.name.toLowerCase() === 'accept')) req.headers.push({ name: 'Accept', value: 'application/json', span: w.span });
        }
        data.push(value);
        break;
      }
      case '-F':
      case '--form':
      case '--form-string': {
        const v = take(w, attached);
        if (!v) break;
        const part = opt === '--form-string' ? { name: v.value.split('=')[0] ?? '', value: v.value.slice(v.value.indexOf('=') + 1) } : parseFormPart(v.value);
        if (part.file !== undefined) req.files.push(part.file);
        req.form.push(part);
        break;
      }
      case '-u':
      case '--user': {
        const v = take(w, attached);
        if (!v) break;
        req.user = v.value;
        const pair = v.value.includes(':') ? v.value : `${v.value}:`;
        req.headers.push({ name: 'Authorization', value: `Basic ${toBase64(pair)}`, span: v.span });
        break;
      }
      case '-b':
      case '--cookie': {
        const v = take(w, attached);
        if (!v) break;
        if (v.value.includes('=')) req.headers.push({ name: 'Cookie', value: v.value, span: v.span });
        else diag('HTTP1046', v.span, { option: `${opt} ${v.value}` });
        break;
      }
      case '-A':
      case '--user-agent': {
        const v = take(w, attached);
        if (v) req.headers.push({ name: 'User-Agent', value: v.value, span: v.span });
        break;
      }
      case '-e':
      case '--referer': {
        const v = take(w, attached);
        if (v) req.headers.push({ name: 'Referer', value: v.value.replace(/;auto$/, ''), span: v.span });
        break;
      }
      case '--url': {
        const v = take(w, attached);
        if (v && !urlWord) urlWord = v;
        break;
      }
      default:
        if (IGNORED_WITH_ARG.has(opt)) {
          take(w, attached);
          diag('HTTP1046', w.span, { option: opt });
        } else applyFlag(opt, w);
    }
  }

  function applyFlag(flag: string, w: ShellWord): void {
    switch (flag) {
      case '-k':
      case '--insecure':
        req.insecure = true;
        return;
      case '-L':
      case '--location':
        req.followRedirects = true;
        return;
      case '--compressed':
        req.compressed = true;
        if (!req.headers.some((h) => h.name.toLowerCase() === 'accept-encoding')) req.headers.push({ name: 'Accept-Encoding', value: 'deflate, gzip', span: w.span });
        return;
      case '-I':
      case '--head':
        head = true;
        return;
      case '-G':
      case '--get':
        get = true;
        return;
      default:
        if (VERSION_FLAGS[flag]) {
          req.httpVersion = VERSION_FLAGS[flag];
          return;
        }
        if (IGNORED_FLAGS.has(flag)) return;
        diag('HTTP1042', w.span, { option: flag });
    }
  }

  if (!urlWord) diag('HTTP1045', { offset: 0, length: commandLine.length });
  else {
    req.url = urlWord.value;
    req.urlSpan = urlWord.span;
  }
  if (get && data.length > 0) {
    req.url += (req.url.includes('?') ? '&' : '?') + data.join('&');
  } else if (data.length > 0) {
    req.body = data.join('&');
    if (!req.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      req.headers.push({ name: 'Content-Type', value: 'application/x-www-form-urlencoded', span: urlWord?.span ?? { offset: 0, length: 0 } });
    }
  } else if (req.form.length > 0) {
    req.body = multipartBody(req.form);
    if (!req.headers.some((h) => h.name.toLowerCase() === 'content-type')) {
      req.headers.push({ name: 'Content-Type', value: `multipart/form-data; boundary=${CURL_FORM_BOUNDARY}`, span: urlWord?.span ?? { offset: 0, length: 0 } });
    }
  }
  if (explicitMethod) req.method = explicitMethod;
  else if (head) req.method = 'HEAD';
  else if (get) req.method = 'GET';
  else if (req.body !== undefined) req.method = 'POST';
  return req;
}

/** Quotes a word for a POSIX shell (single quotes, `'\''` for quotes inside). */
export function shellQuote(s: string): string {
  if (/^[\w%+,./:=@-]+$/.test(s)) return s;
  return `'${s.replace(/'/g, "'\\''")}'`;
}

/** Quotes for Windows cmd the way browsers' "Copy as cURL (cmd)" does: C-runtime quoting, then `^` before cmd's specials. */
function cmdQuote(s: string): string {
  if (/^[\w+,./:=@-]+$/.test(s)) return s;
  let quoted = '';
  let backslashes = 0;
  for (const ch of s) {
    if (ch === '\\') {
      backslashes++;
      continue;
    }
    if (ch === '"') quoted += `${'\\'.repeat(backslashes * 2)}\\"`;
    else quoted += '\\'.repeat(backslashes) + ch;
    backslashes = 0;
  }
  quoted = `"${quoted}${'\\'.repeat(backslashes * 2)}"`;
  let out = '';
  for (const ch of quoted) {
    if (ch === '\n') out += '^\n\n';
    else if ('"^&|<>%!()'.includes(ch)) out += `^${ch}`;
    else out += ch;
  }
  return out;
}

/** What `toCurl` needs: a resolved request, a parsed curl request, or a plain object. */
export interface CurlInput {
  method: string;
  url: string;
  headers: readonly ({ name: string; value: string } | readonly [string, string])[];
  body?: string;
  insecure?: boolean;
  followRedirects?: boolean;
}

/**
 * Writes a curl command for a request. `shell: 'posix'` (default) quotes for sh/bash/zsh and continues lines with
 * `\`; `shell: 'cmd'` quotes for Windows cmd and continues with `^`.
 */
export function toCurl(request: CurlInput, options: { shell?: 'posix' | 'cmd'; multiline?: boolean } = {}): string {
  const q = options.shell === 'cmd' ? cmdQuote : shellQuote;
  const parts: string[] = ['curl'];
  const method = request.method.toUpperCase();
  const hasBody = request.body !== undefined && request.body !== '';
  if (method === 'HEAD') parts.push('-I');
  else if (!(method === 'GET' && !hasBody) && !(method === 'POST' && hasBody)) parts.push(`-X ${q(request.method)}`);
  parts.push(q(request.url));
  for (const h of request.headers) {
    const [name, value] = Array.isArray(h) ? (h as readonly [string, string]) : [(h as { name: string }).name, (h as { value: string }).value];
    if (name.toLowerCase() === 'content-length') continue;
    parts.push(`-H ${q(value === '' ? `${name};` : `${name}: ${value}`)}`);
  }
  if (hasBody) parts.push(`--data-raw ${q(request.body as string)}`);
  if (request.insecure) parts.push('-k');
  if (request.followRedirects) parts.push('-L');
  if (options.multiline) return parts.join(options.shell === 'cmd' ? ' ^\n  ' : ' \\\n  ');
  return parts.join(' ');
}
