import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { decodeText } from '@httplens/http-file';
import { parseConfig, type HttplensConfig } from '@httplens/language-service';
import { UsageError } from './args.js';

/** A glob as a regular expression over `/`-separated relative paths: `**`, `*`, `?`. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i] as string;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          re += '(?:[^/]*/)*';
        } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

const LINTABLE = /\.(?:http|rest|httpmsg)$/;
/** Markdown files, whose ```http fences hold requests: taken when named or matched by a glob, not found in directories. */
export const MARKDOWN = /\.(?:md|markdown)$/i;
const GLOBBABLE = /\.(?:http|rest|httpmsg|md|markdown)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

function walk(dir: string, out: string[], accept: RegExp, depth = 0): void {
  if (depth > 32) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out, accept, depth + 1);
    } else if (entry.isFile() && accept.test(entry.name)) out.push(join(dir, entry.name));
  }
}

/**
 * Files named on the command line: paths, directories (searched for .http/.rest/.httpmsg) and globs (which match
 * Markdown files too: `docs/*.md`).
 */
export function expandFiles(patterns: readonly string[], cwd: string, ignore: readonly string[] = []): string[] {
  const out: string[] = [];
  const ignored = ignore.map(globToRegExp);
  const isIgnored = (path: string) => {
    const rel = relative(cwd, path).split(sep).join('/');
    return ignored.some((re) => re.test(rel));
  };
  for (const pattern of patterns) {
    if (!/[*?]/.test(pattern)) {
      const path = resolve(cwd, pattern);
      if (!existsSync(path)) throw new UsageError(`no such file or directory: ${pattern}`);
      if (statSync(path).isDirectory()) {
        const found: string[] = [];
        walk(path, found, LINTABLE);
        const kept = found.filter((f) => !isIgnored(f));
        // like a glob that matches nothing: a CI run over the wrong folder must not pass silently
        if (kept.length === 0) throw new UsageError(`no .http, .rest or .httpmsg files in ${pattern}${found.length ? ' (all ignored by the configuration)' : ''}`);
        out.push(...kept);
      } else out.push(path);
      continue;
    }
    const firstWild = pattern.search(/[*?]/);
    const base = resolve(cwd, pattern.slice(0, pattern.lastIndexOf('/', firstWild) + 1) || '.');
    const re = globToRegExp(relative(cwd, resolve(cwd, pattern)).split(sep).join('/'));
    const found: string[] = [];
    if (existsSync(base)) walk(base, found, GLOBBABLE);
    const matched = found.filter((f) => re.test(relative(cwd, f).split(sep).join('/')) && !isIgnored(f));
    if (matched.length === 0) throw new UsageError(`no files match ${pattern}`);
    out.push(...matched);
  }
  return [...new Set(out)].sort();
}

/** The nearest `relative` (a file path) in `dir` or a folder above it (64 levels at most). */
export function findUpwards(dir: string, relative: string): string | undefined {
  let at = resolve(dir);
  for (let i = 0; i < 64; i++) {
    const candidate = join(at, relative);
    if (existsSync(candidate)) return candidate;
    const up = dirname(at);
    if (up === at) return undefined;
    at = up;
  }
  return undefined;
}

/** What marks a project's root folder, as an editor's workspace folder is. */
const PROJECT_MARKERS = ['httplens.config.json', '.vscode', '.git', 'package.json'];

/**
 * The folders whose environment files a `.http` file in `dir` uses, as the editor reads those of its workspace folder:
 * from the project's root (the nearest folder at or above `dir` with `httplens.config.json`, `.vscode`, `.git` or
 * `package.json`, 64 levels at most) down to `dir`; `dir` alone when no folder above it has one. The `.vscode` of the
 * home folder does not count: VS Code keeps its extensions there.
 */
export function projectFolders(dir: string): string[] {
  const chain: string[] = [];
  const home = resolve(homedir());
  let at = resolve(dir);
  for (let i = 0; i < 64; i++) {
    chain.unshift(at);
    if (PROJECT_MARKERS.some((m) => !(m === '.vscode' && at === home) && existsSync(join(at, m)))) return chain;
    const up = dirname(at);
    if (up === at) break;
    at = up;
  }
  return [resolve(dir)];
}

/** `httplens.config.json`: the one given, else the nearest one upwards from `cwd`. */
export function loadConfig(cwd: string, explicit?: string): { config: HttplensConfig; path?: string; problems: string[] } {
  let path: string | undefined;
  if (explicit) {
    path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new UsageError(`no such config file: ${explicit}`);
    if (statSync(path).isDirectory()) throw new UsageError(`--config takes a file, and ${explicit} is a directory`);
  } else path = findUpwards(cwd, 'httplens.config.json');
  if (!path) return { config: {}, problems: [] };
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read the config file ${path}: ${readProblem(e)}`);
  }
  const { config, problems } = parseConfig(text);
  return { config, path, problems: problems.map((p) => `${path}: ${p.path || '(root)'}: ${p.message}`) };
}

/** Why a file could not be read, in a few words: `it is a directory`, else Node's error code (or message). */
export function readProblem(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code === 'EISDIR' ? 'it is a directory' : (err.code ?? err.message);
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629 §4), or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i] as number;
    if (c < 0x80) {
      i++;
      continue;
    }
    const need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (need === 0 || i + need >= b.length) return i;
    const c1 = b[i + 1] as number;
    const [min, max] = c === 0xe0 ? [0xa0, 0xbf] : c === 0xed ? [0x80, 0x9f] : c === 0xf0 ? [0x90, 0xbf] : c === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    if (c1 < min || c1 > max) return i;
    for (let k = 2; k <= need; k++) if (((b[i + k] as number) & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Where a file that should be UTF-8 is not: the 1-based line and column (in UTF-16 units, as editors count) of its
 * first byte that is not UTF-8, and that byte; undefined for valid UTF-8.
 */
export function notUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } | undefined {
  try {
    STRICT_UTF8.decode(bytes);
    return undefined;
  } catch {
    const at = firstInvalidUtf8(bytes);
    if (at < 0) return undefined;
    const prefix = new TextDecoder().decode(bytes.subarray(0, at));
    let line = 1;
    let lineStart = 0;
    for (let i = 0; i < prefix.length; i++) {
      const c = prefix.charCodeAt(i);
      if (c === 10 || (c === 13 && prefix.charCodeAt(i + 1) !== 10)) {
        line++;
        lineStart = i + 1;
      }
    }
    return { line, column: prefix.length - lineStart + 1, byte: bytes[at] as number };
  }
}

/**
 * The text of a `.http` file's bytes (see `decodeText`: UTF-8, or UTF-16 with or without a byte order mark, as the
 * editors read them), and the warning for a UTF-8 file that is not UTF-8 throughout.
 */
export function readHttpText(bytes: Uint8Array, shown: string): { text: string; warning?: string } {
  const decoded = decodeText(bytes);
  const warning = decoded.encoding === 'utf-8' ? notUtf8Warning(bytes, shown) : undefined;
  return warning ? { text: decoded.text, warning } : { text: decoded.text };
}

/** The warning for a `.http` file that is not UTF-8, or undefined. */
export function notUtf8Warning(bytes: Uint8Array, shown: string): string | undefined {
  const bad = notUtf8(bytes);
  if (!bad) return undefined;
  const hex = bad.byte.toString(16).toUpperCase().padStart(2, '0');
  return `${shown}:${bad.line}:${bad.column}: not UTF-8 (byte 0x${hex}): .http files are read as UTF-8, and what is not UTF-8 is read, and sent, as U+FFFD (\uFFFD); save the file as UTF-8`;
}

/**
 * JSON with comments and trailing commas, as VS Code writes `settings.json`: `//` and `/* *\/` comments outside strings
 * and a comma before `}` or `]` are removed, then the text is read as JSON (which throws on anything else).
 */
export function parseJsonc(text: string): unknown {
  let out = '';
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let pendingComma = -1; // where a comma waits in `out` until the next token shows whether it is trailing
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      pendingComma = -1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (c === ',') {
      pendingComma = out.length;
      out += c;
      i++;
    } else if (c === '}' || c === ']') {
      if (pendingComma >= 0) out = out.slice(0, pendingComma) + out.slice(pendingComma + 1);
      pendingComma = -1;
      out += c;
      i++;
    } else {
      if (!/\s/.test(c)) pendingComma = -1;
      out += c;
      i++;
    }
  }
  return JSON.parse(out) as unknown;
}
