// Every regular expression of both grammars must run in linear time on any line: the grammars
// are JSON, so ESLint's regexp rules never see them. Each expression is driven alone the way
// vscode-textmate drives it (search, take the match, search again from its end) over long
// pathological lines. Growth is a ratio: the median CPU time for a line 8 times longer must be at
// most 12 times larger.
//
// Whole-grammar tokenisation is not timed: vscode-textmate itself grows faster than linearly on
// lines with thousands of tokens (a two-rule grammar on "a/a/a/…" took about 17 times longer for a
// line 8 times longer, 4 000 -> 32 000 characters), so its timings would not isolate the grammar.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type * as Oniguruma from 'vscode-oniguruma';
import { GRAMMAR_FILES } from './textmate.js';
import { MAX_RATIO, worstGrowth } from './timing.js';

const require = createRequire(import.meta.url);
const onig = require('vscode-oniguruma') as typeof Oniguruma;

// Units repeated to fill a line, chosen to hit each expression's loops: runs of one character
// class, unclosed openers, separators without values, and alternations of them.
const UNITS = [
  'a', ' ', '\t', '0', '#', '{', '}', '{{', '}}', '"', '\\"', "'", '%', '-', '/', '=', '&', '?', ';', ':', '.', '@',
  '<', '>', '$', '[', '*', ',', 'a ', ' a', 'a=', '=a', ';a', ';q=', ';q=0.', 'a/', '/a', '--', 'a-', 'a:', '://',
  '="', '"a', '{{$', '{{a', 'a.', '.a', '1.', 'HTTP/1.1 ', ' HTTP/1.1', 'x{{', '"""', 'query ', '$a:', '@a', '...',
];
// Line ends: none, or a character that no class of the grammars expects (it ends runs that an
// expression hoped would reach the end of the line).
const SUFFIXES = ['', '\x01'];
// Prefixes that open the anchored expressions (line starts), so their bodies run on the units too.
const PREFIXES = [
  '', 'GET ', 'GET http://', 'POST {{h}}/a?', '# @', '# @prompt ', '// @name ', '@v = ', 'HTTP/1.1 200 ', 'Content-Type: ',
  'Content-Type: application/', 'Cache-Control: ', 'Transfer-Encoding: ', 'Authorization: ', 'X-A: ', '--', '> ', '>> ',
  '< ', '<@', '<> ', '{{', '    ?', '    /', '1a;', '0;', '### ', 'GRAPHQL ', 'A ', '  ',
];

function patternsOf(node: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const item of node) patternsOf(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while', 'firstLineMatch'].includes(key) && typeof value === 'string') out.add(value);
      else patternsOf(value, out);
    }
  }
  return out;
}

describe('linear time', async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await onig.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));

  const patterns = new Set<string>();
  for (const scope of ['source.httplens', 'source.httplens-message']) {
    patternsOf(JSON.parse(readFileSync(GRAMMAR_FILES[scope] as string, 'utf8')), patterns);
  }

  /** The scan loop of vscode-textmate, for one expression. */
  function scanLine(scanner: Oniguruma.OnigScanner, text: string, maxMatches = Infinity): void {
    const str = new onig.OnigString(text);
    let pos = 0;
    for (let found = 0; pos < text.length && found < maxMatches; found++) {
      const m = scanner.findNextMatchSync(str, pos);
      if (!m) break;
      const whole = m.captureIndices[0] as { start: number; end: number };
      pos = Math.max(whole.end, whole.start + 1);
    }
    str.dispose();
  }
  const line = (prefix: string, unit: string, size: number, suffix = '') =>
    `${prefix}${unit.repeat(Math.max(1, Math.floor(size / unit.length)))}${suffix}\n`;

  /**
   * Screens every subject once, with at most 64 matches per line, at a size where a search that
   * rescans the rest of the line already costs a million steps; then measures the growth of the
   * slowest subject with the full scan loop. Prefixes only matter to expressions anchored at the
   * start of a line.
   */
  function expressionGrowth(source: string, attempts = 5): { ratio: number; subject: string } {
    const SCREEN = 1000;
    const scanner = new onig.OnigScanner([source]);
    const prefixes = /^\(?\^|^\\G/.test(source) ? PREFIXES : ['', 'GET ', 'X-A: '];
    let worst = { prefix: '', unit: 'a', suffix: '', t: -1 };
    for (const prefix of prefixes) {
      for (const unit of UNITS) {
        for (const suffix of SUFFIXES) {
          const text = line(prefix, unit, SCREEN, suffix);
          const t0 = performance.now();
          scanLine(scanner, text, 64);
          const t = performance.now() - t0;
          if (t > worst.t) worst = { prefix, unit, suffix, t };
        }
      }
    }
    const { prefix, unit, suffix } = worst;
    // measured on short lines: Oniguruma's retry limit caps a runaway search near ten million
    // steps, which would hide the growth of a quadratic search on long ones
    const ratio = worstGrowth((size) => scanLine(scanner, line(prefix, unit, size, suffix)), 300, attempts);
    scanner.dispose();
    return { ratio, subject: `${prefix}${unit}…${suffix}` };
  }

  it(`each of the ${patterns.size} expressions scans pathological lines in linear time`, () => {
    const failures: string[] = [];
    for (const source of patterns) {
      const { ratio, subject } = expressionGrowth(source);
      if (ratio > MAX_RATIO) failures.push(`${source} on ${JSON.stringify(subject)}: ratio ${ratio.toFixed(1)}`);
    }
    expect(failures).toEqual([]);
  }, 180_000);

  it.each([
    ['a run rescanned from every start', String.raw`[a-z]++(?=://)`],
    ['a look-ahead that reads to the end of the line', String.raw`a(?=[^\n]*z)`],
    ['a lazy run tried against every trailing blank', String.raw`^[ \t]*+(.*?)[ \t]*+$`],
  ])('the same measure rejects %s', (_what, source) => {
    // measured again (up to twice) when the first ratio is within the limit: on a busy machine a
    // slow small sample can hide the growth, as it can show growth that is not there above
    let ratio = 0;
    for (let attempt = 0; attempt < 3 && ratio <= MAX_RATIO; attempt++) ratio = Math.max(ratio, expressionGrowth(source, 1).ratio);
    expect(ratio).toBeGreaterThan(MAX_RATIO);
  }, 120_000);
});
