// Tokenises realistic documents and compares every token and its scopes with committed snapshots,
// so that any change in colouring shows up in review. After an intended change, update them with
// `npx vitest run --project syntaxes snapshot -u` and read the diff.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGrammar, SYNTAXES, tokenize } from './textmate.js';

function render(scope: string, lines: ReturnType<typeof tokenize>): string {
  const out: string[] = [];
  for (const { line, tokens } of lines) {
    out.push(`> ${line}`);
    for (const t of tokens) {
      if (t.end <= t.start) continue;
      const scopes = t.scopes.filter((s) => s !== scope).join(' ');
      out.push(`  ${String(t.start).padStart(3)}-${String(t.end).padEnd(3)} ${JSON.stringify(line.slice(t.start, t.end))}  ${scopes}`);
    }
  }
  return `${out.join('\n')}\n`;
}

describe('token snapshots', () => {
  it.each([
    ['source.httplens', 'requests.http'],
    ['source.httplens-message', 'exchange.httpmsg'],
  ])('%s: %s', async (scope, file) => {
    const text = readFileSync(join(SYNTAXES, 'test/snapshot', file), 'utf8').replace(/\n$/, '');
    const grammar = await loadGrammar(scope);
    await expect(render(scope, tokenize(grammar, text))).toMatchFileSnapshot(`./snapshot/${file}.snap`);
  }, 60_000);
});
