/**
 * httpYac's `# @import ./other.http`. httpYac runs the imported file's global region (its variables, and its own
 * imports) when the importing file runs, and finds the requests `# @ref name` names in the files imported. The parse
 * reads imported files through its host (see `parseHttpFile`); these helpers read what it found.
 */
import type { FileImport, FileVariable, HttpFile, HttpFileHost } from './types.js';

/** At most this many files deep: a longer chain of imports is not read further. */
export const MAX_IMPORT_DEPTH = 8;

function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || path.startsWith('\\') || /^[a-z]:[\\/]/i.test(path);
}

/**
 * `path` read from the folder `dir` (both as the host takes them, relative to the first file, or absolute), with `.`
 * and `..` segments taken out where they can be: `joinPath('./lib', '../auth.http')` is `auth.http`.
 */
export function joinPath(dir: string, path: string): string {
  if (isAbsolutePath(path) || dir === '' || dir === '.') return normalizePath(path);
  return normalizePath(`${dir}/${path}`);
}

function normalizePath(path: string): string {
  const absolute = isAbsolutePath(path);
  const out: string[] = [];
  const parts = path.split(/[\\/]/);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part === '.' || (part === '' && i > 0)) continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..' && !(absolute && out.length === 1)) out.pop();
    else out.push(part);
  }
  return out.join('/');
}

/** The folder of a path as `joinPath` takes it (`.` for a bare file name). */
export function folderOf(path: string): string {
  const normal = normalizePath(path);
  const at = normal.lastIndexOf('/');
  return at < 0 ? '.' : at === 0 ? '/' : normal.slice(0, at);
}

/** `host` with its file paths read from the folder `dir` (an imported file's own includes and imports are relative to it). */
export function hostFrom(host: HttpFileHost, dir: string): HttpFileHost {
  if (dir === '.' || dir === '') return host;
  const out: HttpFileHost = {};
  const { readFile, readBytes, exists, env, dotenv, projectRoot, now, random, timezoneOffset } = host;
  if (readFile) out.readFile = (path) => readFile.call(host, joinPath(dir, path));
  if (readBytes) out.readBytes = (path) => readBytes.call(host, joinPath(dir, path));
  if (exists) out.exists = (path) => exists.call(host, joinPath(dir, path));
  if (env) out.env = (name) => env.call(host, name);
  if (dotenv) out.dotenv = (name) => dotenv.call(host, name);
  if (projectRoot) out.projectRoot = () => projectRoot.call(host);
  if (now) out.now = () => now.call(host);
  if (random) out.random = () => random.call(host);
  if (timezoneOffset) out.timezoneOffset = () => timezoneOffset.call(host);
  return out;
}

/** A variable a file has through its imports, and the file it is in (its path relative to the importing file). */
export interface ImportedVariable {
  variable: FileVariable;
  path: string;
}

/**
 * The variables `file` has through its `# @import` lines, by name: those outside the requests of each imported file,
 * after those of the files it imports itself (httpYac runs an imported file's imports first, then its variables; a
 * later definition replaces an earlier one).
 */
export function importedVariables(file: { imports?: readonly FileImport[] | undefined }): Map<string, ImportedVariable> {
  const out = new Map<string, ImportedVariable>();
  // each file once, however many lines name it
  const seen = new Set<HttpFile>();
  const walk = (imports: readonly FileImport[] | undefined, dir: string, depth: number): void => {
    if (!imports || depth > MAX_IMPORT_DEPTH) return;
    for (const imp of imports) {
      if (!imp.file || seen.has(imp.file)) continue;
      seen.add(imp.file);
      const path = joinPath(dir, imp.path);
      walk(imp.file.imports, folderOf(path), depth + 1);
      for (const v of imp.file.variables) if (v.requestIndex === undefined) out.set(v.name, { variable: v, path });
    }
  };
  walk(file.imports, '.', 1);
  return out;
}

/** A request of a file that `file` imports, and that file's path relative to it. */
export interface ImportedRequest {
  file: HttpFile;
  path: string;
  index: number;
}

/** The named request `name` of the files `file` imports (not of the files they import, as httpYac looks), the first one. */
export function importedRequest(file: { imports?: readonly FileImport[] | undefined }, name: string): ImportedRequest | undefined {
  for (const imp of file.imports ?? []) {
    const found = imp.file?.requests.find((r) => r.name === name);
    if (imp.file && found) return { file: imp.file, path: joinPath('.', imp.path), index: found.index };
  }
  return undefined;
}
