import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText, parseDotenv, type HttpFileHost } from '@httplens/http-file';

/** Whether `path` lies inside `root` (after resolving links where the file exists). */
export function isInside(root: string, path: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p));
  const rel = relative(real(root), real(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface HostOptions {
  /** The `.http` file's URI: includes and `.env` are relative to its folder. */
  documentUri: string;
  /** Workspace folders (paths). */
  roots: readonly string[];
  /** Workspace trust: without it, `$processEnv`, `$dotenv` and includes outside the workspace stay unresolved. */
  trusted: boolean;
}

/**
 * The file and process access of `@httplens/http-file`, for one document. In an
 * untrusted workspace it reads no environment, no `.env`, and no file outside the
 * workspace folders.
 */
export function createHost(options: HostOptions): HttpFileHost {
  const dir = options.documentUri.startsWith('file:') ? dirname(fileURLToPath(options.documentUri)) : undefined;
  let dotenv: Record<string, string> | undefined;
  const allowed = (path: string) => options.trusted || options.roots.some((root) => isInside(root, path));
  /**
   * The file's full path when it may be read, else undefined: relative to the document's folder, else (when it is not
   * there) to a workspace folder, where REST Client looks too.
   */
  const where = (path: string): string | undefined => {
    if (!dir) return undefined;
    let full = isAbsolute(path) ? path : join(dir, path);
    if (!isAbsolute(path) && !existsSync(full)) full = options.roots.map((root) => join(root, path)).find((p) => existsSync(p)) ?? full;
    return allowed(full) ? full : undefined;
  };
  return {
    readFile(path) {
      const full = where(path);
      if (full === undefined) return undefined;
      try {
        // as the editor reads a document: UTF-8, or UTF-16 with or without a byte order mark
        return decodeText(readFileSync(full)).text;
      } catch {
        return undefined;
      }
    },
    // asked as a document is parsed (HTTP1008), without reading the file
    exists(path) {
      const full = where(path);
      if (full === undefined) return true; // no folder to look in, or not to be looked at: not reported
      try {
        return statSync(full).isFile();
      } catch {
        return false;
      }
    },
    // included files as bytes: `< ./image.png` is sent as it is, `<@latin1 ./f` decoded from its encoding
    readBytes(path) {
      const full = where(path);
      if (full === undefined) return undefined;
      try {
        return readFileSync(full);
      } catch {
        return undefined;
      }
    },
    env(name) {
      // own properties only: `constructor` is no variable of the process or of a .env file
      return options.trusted && Object.prototype.hasOwnProperty.call(process.env, name) ? process.env[name] : undefined;
    },
    dotenv(name) {
      if (!options.trusted || !dir) return undefined;
      if (!dotenv) {
        try {
          dotenv = parseDotenv(readFileSync(join(dir, '.env'), 'utf8'));
        } catch {
          dotenv = parseDotenv('');
        }
      }
      return Object.prototype.hasOwnProperty.call(dotenv, name) ? dotenv[name] : undefined;
    },
    // the JetBrains project (the nearest folder with `.idea`, up to the workspace folder), else the workspace folder
    projectRoot() {
      if (!dir) return undefined;
      const root = options.roots.filter((r) => isInside(r, dir)).sort((a, b) => b.length - a.length)[0];
      for (let at = dir, i = 0; i < 64; i++) {
        if (existsSync(join(at, '.idea'))) return at;
        const up = dirname(at);
        if (up === at || (root !== undefined && at === root)) break;
        at = up;
      }
      return root;
    },
    now: () => Date.now(),
    random: () => Math.random(),
    timezoneOffset: () => -new Date().getTimezoneOffset(),
  };
}
