import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
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
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist']);

function walk(dir: string, out: string[], depth = 0): void {
  if (depth > 32) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name), out, depth + 1);
    } else if (entry.isFile() && LINTABLE.test(entry.name)) out.push(join(dir, entry.name));
  }
}

/** Files named on the command line: paths, directories (searched for .http/.rest/.httpmsg) and globs. */
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
        walk(path, found);
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
    if (existsSync(base)) walk(base, found);
    const matched = found.filter((f) => re.test(relative(cwd, f).split(sep).join('/')) && !isIgnored(f));
    if (matched.length === 0) throw new UsageError(`no files match ${pattern}`);
    out.push(...matched);
  }
  return [...new Set(out)].sort();
}

/** `httplens.config.json`: the one given, else the nearest one upwards from `cwd`. */
export function loadConfig(cwd: string, explicit?: string): { config: HttplensConfig; path?: string; problems: string[] } {
  let path: string | undefined;
  if (explicit) {
    path = resolve(cwd, explicit);
    if (!existsSync(path)) throw new UsageError(`no such config file: ${explicit}`);
    if (statSync(path).isDirectory()) throw new UsageError(`--config takes a file, and ${explicit} is a directory`);
  } else {
    let dir = resolve(cwd);
    for (let i = 0; i < 64; i++) {
      const candidate = join(dir, 'httplens.config.json');
      if (existsSync(candidate)) {
        path = candidate;
        break;
      }
      const up = dirname(dir);
      if (up === dir) break;
      dir = up;
    }
  }
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
