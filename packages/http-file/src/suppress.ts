import type { Diagnostic } from '@httplens/core';
import type { Suppression } from './types.js';

const COMMENT = /^[ \t]*(?:#|\/\/)[ \t]*httplens-disable-(next-line|file)\b([^\r\n]*)/;

/**
 * Finds `# httplens-disable-next-line CODE...` and `# httplens-disable-file CODE...` comments
 * (also with `//`) in any text. Without codes, a comment silences every code.
 */
export function findSuppressions(text: string): Suppression[] {
  const out: Suppression[] = [];
  let start = 0;
  const n = text.length;
  let pending: Suppression | undefined;
  let hit = text.indexOf('httplens-disable-');
  while (start <= n) {
    let end = start;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (pending) {
      pending.target = { offset: start, length: end - start };
      pending = undefined;
    }
    // Cheap pre-check keeps the scan linear and fast on large files.
    if (hit >= 0 && hit < start) hit = text.indexOf('httplens-disable-', start);
    if (hit >= 0 && hit < end) {
      const line = text.slice(start, end);
      const m = COMMENT.exec(line);
      if (m) {
        const codes = (m[2] ?? '').split(/[\s,]+/).filter((c) => /^HTTP\d{4}$/.test(c));
        const s: Suppression = { kind: m[1] === 'file' ? 'file' : 'next-line', codes, span: { offset: start, length: end - start } };
        out.push(s);
        if (s.kind === 'next-line') pending = s;
      }
    }
    if (end >= n) break;
    start = text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
  }
  return out;
}

function covers(s: Suppression, code: string): boolean {
  return s.codes.length === 0 || s.codes.includes(code);
}

/**
 * Drops the diagnostics that suppression comments silence: a `next-line` comment covers
 * diagnostics starting on the line after it, a `file` comment covers the whole file.
 * Takes a parsed file (its `suppressions`) or the text itself, so the language service and
 * the CLI can apply the same comments to diagnostics from other layers.
 */
export function applySuppressions<T extends Diagnostic>(diagnostics: readonly T[], source: string | { suppressions: readonly Suppression[] }): T[] {
  const suppressions = typeof source === 'string' ? findSuppressions(source) : source.suppressions;
  if (suppressions.length === 0) return [...diagnostics];
  const fileWide = suppressions.filter((s) => s.kind === 'file');
  const nextLine = suppressions.filter((s) => s.kind === 'next-line' && s.target);
  return diagnostics.filter((d) => {
    if (fileWide.some((s) => covers(s, d.code))) return false;
    for (const s of nextLine) {
      const t = s.target as { offset: number; length: number };
      if (d.span.offset >= t.offset && d.span.offset <= t.offset + t.length && covers(s, d.code)) return false;
    }
    return true;
  });
}
