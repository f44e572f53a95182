// Runs the grammar test cases (test/cases/*) with the vscode-tmgrammar-test command line, the
// way `npx vscode-tmgrammar-test` would, and checks that they cover every scope the grammars use.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAMMAR_FILES, SYNTAXES } from './textmate.js';

const require = createRequire(import.meta.url);
const cli = require.resolve('vscode-tmgrammar-test/dist/unit.js');
const { parseGrammarTestCase } = require('vscode-tmgrammar-test/dist/unit/parsing.js') as {
  parseGrammarTestCase: (text: string) => {
    metadata: { scope: string };
    assertions: { scopeAssertions: { scopes: string[]; exclude: string[] }[] }[];
  };
};

const grammarArgs = Object.values(GRAMMAR_FILES).flatMap((file) => ['-g', file]);
const casesDir = join(SYNTAXES, 'test/cases');
const caseFiles = readdirSync(casesDir).filter((f) => /\.(?:http|httpmsg)$/.test(f)).sort();

function runCli(...globs: string[]) {
  const result = spawnSync(process.execPath, [cli, '--compact', ...grammarArgs, ...globs], {
    cwd: SYNTAXES,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const cases = caseFiles.map((file) => ({ file, ...parseGrammarTestCase(readFileSync(join(casesDir, file), 'utf8')) }));

describe('grammar test cases (vscode-tmgrammar-test)', () => {
  it('every case file passes', () => {
    const { status, output } = runCli('test/cases/*.http', 'test/cases/*.httpmsg');
    expect(output).not.toMatch(/ERROR/);
    for (const file of caseFiles) expect(output).toContain(`test/cases/${file} run successfuly`);
    expect(status).toBe(0);
  }, 60_000);

  it('a wrong assertion makes the run fail', () => {
    const { status, output } = runCli('test/fixtures/failing.http');
    expect(status).not.toBe(0);
    expect(output).toContain('Missing required scopes: [ string.unquoted.path.httplens ]');
  }, 60_000);

  it('hold at least 60 assertions, for both grammars', () => {
    const count = (scope: string) =>
      cases
        .filter((c) => c.metadata.scope === scope)
        .reduce((n, c) => n + c.assertions.reduce((m, a) => m + a.scopeAssertions.length, 0), 0);
    expect(count('source.httplens')).toBeGreaterThanOrEqual(60);
    expect(count('source.httplens-message')).toBeGreaterThanOrEqual(30);
  });

  it('assert every scope that the grammars give', () => {
    const asserted = new Set(
      cases.flatMap((c) => c.assertions.flatMap((a) => a.scopeAssertions.flatMap((s) => [...s.scopes, ...s.exclude]))),
    );
    for (const scope of ['source.httplens', 'source.httplens-message']) {
      const grammar = JSON.parse(readFileSync(GRAMMAR_FILES[scope] as string, 'utf8')) as unknown;
      const missing = [...grammarScopes(grammar)].filter((s) => !asserted.has(s)).sort();
      expect(missing, `${scope}: scopes no test case asserts`).toEqual([]);
    }
  });
});

describe('grammar structure', () => {
  it.each(['source.httplens', 'source.httplens-message'])('%s: every include resolves and every rule is used', (scope) => {
    const grammar = JSON.parse(readFileSync(GRAMMAR_FILES[scope] as string, 'utf8')) as { repository: Record<string, unknown> };
    const includes = [...collect(grammar, 'include')];
    const local = includes.filter((i) => i.startsWith('#')).map((i) => i.slice(1));
    expect(local.filter((name) => !(name in grammar.repository))).toEqual([]);
    expect(Object.keys(grammar.repository).filter((name) => !local.includes(name))).toEqual([]);
    // other grammars: only the ones VS Code ships and the extension maps as embedded languages
    expect(includes.filter((i) => !i.startsWith('#')).sort()).toEqual(
      scope === 'source.httplens' ? ['source.js', 'source.json', 'text.html.basic', 'text.xml'] : ['source.json', 'text.html.basic', 'text.xml'],
    );
  });
});

/** Every string value of `key` in a grammar. */
function collect(node: unknown, key: string, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) for (const item of node) collect(item, key, out);
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k === key && typeof v === 'string') out.add(v);
      else collect(v, key, out);
    }
  }
  return out;
}

/** Every scope named in a grammar (name, contentName, capture names). */
function grammarScopes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) {
    for (const item of node) grammarScopes(item, out);
  } else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'name' || key === 'contentName') && typeof value === 'string') {
        if (value.includes('.')) for (const s of value.split(/\s+/)) out.add(s);
      } else {
        grammarScopes(value, out);
      }
    }
  }
  return out;
}
