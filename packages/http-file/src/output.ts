/**
 * The output redirects of the JetBrains HTTP Client and httpYac (`>> ./out/me.json`, `>>! ./out/me.json`): the file a
 * response body is written to, and the writing, through the file system the caller gives. Pure.
 */
import type { Locale } from '@httplens/core';
import { folderOf, joinPath } from './imports.js';

/** How many `-n` names are tried for a `>>` whose file exists before giving up. */
export const MAX_OUTPUT_SUFFIX = 10_000;

/**
 * The names an output redirect to `path` (its variables substituted) may write to, in the order to try them: `path`,
 * then, unless `force` (`>>!`, which writes over the file), the names both clients give when it exists, with a `-n`
 * suffix before the extension (`me-1.json`, `me-2.json`... up to MAX_OUTPUT_SUFFIX).
 */
export function* outputRedirectNames(path: string, force: boolean): Generator<string, void, undefined> {
  yield path;
  if (force) return;
  // the extension of the last segment of the path (a leading dot, as in `.env`, is no extension)
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dot = path.lastIndexOf('.');
  const split = dot > slash + 1 ? dot : path.length;
  const stem = path.slice(0, split);
  const extension = path.slice(split);
  for (let n = 1; n <= MAX_OUTPUT_SUFFIX; n++) yield `${stem}-${n}${extension}`;
}

/** What writing needs: whether a path exists, a folder made (with its parents), a file written. Paths are absolute. */
export interface OutputFiles {
  exists(path: string): Promise<boolean>;
  createDirectory(path: string): Promise<void>;
  writeFile(path: string, bytes: Uint8Array): Promise<void>;
}

/** One redirect written (`path` as written, with the `-n` suffix a `>>` adds), or why it was not. */
export type OutputWrite = { path: string } | { path: string; problem: string };

/**
 * Writes `body` where each redirect says, relative to `folder` (the `.http` file's): a `>>` to its path, or when a
 * file is there to the first free `-n` name, so that an earlier response is never written over; a `>>!` over the
 * file. The folders on the way are made. A path with a variable left unresolved is not written. A write that fails
 * gives the error's message (`EISDIR: ...`).
 */
export async function writeOutputRedirects(redirects: readonly { path: string; force: boolean }[], body: Uint8Array, folder: string, files: OutputFiles, locale: Locale = 'en'): Promise<OutputWrite[]> {
  const zh = locale === 'zh-CN';
  const out: OutputWrite[] = [];
  for (const { path, force } of redirects) {
    if (path.includes('{{')) {
      out.push({ path, problem: zh ? '路径中有变量没有值' : 'a variable of the path has no value' });
      continue;
    }
    let name: string | undefined;
    for (const candidate of outputRedirectNames(path, force)) {
      if (force || !(await files.exists(joinPath(folder, candidate)))) {
        name = candidate;
        break;
      }
    }
    if (name === undefined) {
      out.push({ path, problem: zh ? '该文件名加 -n 后缀的名称都已被占用' : 'every -n name of the file is taken' });
      continue;
    }
    const full = joinPath(folder, name);
    try {
      await files.createDirectory(folderOf(full));
      await files.writeFile(full, body);
      out.push({ path: name });
    } catch (e) {
      out.push({ path: name, problem: (e as Error)?.message ?? String(e) });
    }
  }
  return out;
}
