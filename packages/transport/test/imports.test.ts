import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The only modules the transport's sources may import: our own HTTP/1.1 over net and tls,
 * zlib for content codings, and crypto for hashes (Digest authentication); no HTTP client.
 */
const ALLOWED = new Set(['node:net', 'node:tls', 'node:dns', 'node:zlib', 'node:crypto', '@httplens/core']);

const src = join(import.meta.dirname, '..', 'src');

function specifiers(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/\bfrom\s*'([^']*)'/g)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/\bimport\s*\(\s*'([^']*)'/g)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/\brequire\s*\(\s*'([^']*)'/g)) out.push(m[1] ?? '');
  for (const m of text.matchAll(/^import\s*'([^']*)'/gm)) out.push(m[1] ?? '');
  return out;
}

describe('transport imports', { timeout: 10_000 }, () => {
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));

  it('finds the sources', () => {
    expect(files).toContain('send.ts');
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${file} imports only net, tls, dns, zlib, crypto, core and relative modules`, () => {
      const text = readFileSync(join(src, file), 'utf8');
      const bad = specifiers(text).filter((s) => !s.startsWith('./') && !ALLOWED.has(s));
      expect(bad).toEqual([]);
      // No HTTP client in any disguise: modules, undici, fetch, got.
      expect(text).not.toMatch(/\bfetch\s*\(/);
      expect(text).not.toMatch(/'(?:undici|node:https?|node:http2|https?|http2|got)'/);
    });
  }

  it('catches a forbidden import (the check can fail)', () => {
    const bad = specifiers("import { request } from 'node:http';\nconst u = await import('undici');").filter((s) => !ALLOWED.has(s));
    expect(bad).toEqual(['node:http', 'undici']);
  });
});
