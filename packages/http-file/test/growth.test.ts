import { describe, expect, it } from 'vitest';
import { checkHandlerTest, handlerTests, parseHttpFile, resolveRequest, toHttpMessage } from '@httplens/http-file';
import { generateFile } from './generate.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

/** CPU time of `fn` in milliseconds: unlike wall time, other processes on a busy machine do not inflate it. */
function cpuTime(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/**
 * Times of parsing `small` and `large` (8x larger), measured alternately. A small sample times 8 parses and
 * divides by 8, so both samples last about as long and timer resolution does not decide the ratio.
 */
function timePair(small: string, large: string, runs: number, pick: (xs: number[]) => number = median, run: (text: string) => unknown = parseHttpFile): { small: number; large: number } {
  for (let i = 0; i < 6; i++) {
    run(small);
    run(large);
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(cpuTime(() => {
      for (let k = 0; k < 8; k++) run(small);
    }) / 8);
    b.push(cpuTime(() => run(large)));
  }
  return { small: pick(a), large: pick(b) };
}

/** The least-time ratio of 8n over n, measured up to three times while it is over 12 (quadratic work fails all three). */
function worstRatio(make: (n: number) => string, run?: (text: string) => unknown): number {
  let ratio = Infinity;
  for (let attempt = 0; attempt < 3 && ratio > 12; attempt++) {
    const { small, large } = timePair(make(500), make(4000), 11, (xs) => Math.min(...xs), run);
    ratio = large / Math.max(small, 0.02);
  }
  return ratio;
}

describe('growth', () => {
  it('parse time grows linearly: median time of 8n requests is at most 12x that of n', () => {
    const { small, large } = timePair(generateFile(250, 1).text, generateFile(2000, 1).text, 15);
    expect(large / small).toBeLessThanOrEqual(12);
  });

  it('pathological inputs stay linear too (long lines, unclosed braces, many separators)', () => {
    const cases: Record<string, (n: number) => string> = {
      'unclosed braces': (n) => `GET https://x/${'{{'.repeat(n)}`,
      'many references on one line': (n) => `@a = 1\nPOST https://x/\n\n${'{{a}}'.repeat(n)}`,
      separators: (n) => '###\n'.repeat(n),
      headers: (n) => `GET https://x/\n${'A: b\n'.repeat(n)}`,
      'header lines without a colon': (n) => `GET https://x/\n${'abc\n'.repeat(n)}`,
      comments: (n) => `${'# c\n'.repeat(n)}GET https://x/`,
      'query continuation lines': (n) => `GET https://x/\n  ${'?a=1\n  '.repeat(n)}`,
      'one long body line': (n) => `POST https://x/\nContent-Type: text/plain\n\n${'x'.repeat(n * 10)}`,
      '# @import lines (no host)': (n) => `${'# @import ./a.http\n'.repeat(n)}GET https://x/{{v}}`,
    };
    // with a host: the same file named again and again, which imports itself
    const host = { readFile: () => '# @import ./a.http\n@v = 1\n' };
    expect(worstRatio((n) => `${'# @import ./a.http\n'.repeat(n)}GET https://x/{{v}}`, (text) => parseHttpFile(text, { host })), '# @import lines of one file').toBeLessThanOrEqual(12);
    // The least CPU time of the runs: a garbage collection that happens to fall into one run is noise here,
    // and the question is only whether the work grows faster than the input.
    for (const [label, make] of Object.entries(cases)) expect(worstRatio(make), label).toBeLessThanOrEqual(12);
  });

  it('resolving a request and building its message stay linear too (continuation lines, body lines, fields, references)', () => {
    const send = (text: string) => toHttpMessage(resolveRequest(parseHttpFile(text), 0, { environment: { v: 'x' } }));
    const cases: Record<string, (n: number) => string> = {
      'query continuation lines with references': (n) => `GET https://x/\n${'  &a={{v}}\n'.repeat(n)}`,
      'body lines with references': (n) => `POST https://x/\nContent-Type: text/plain\n\n${'a={{v}}\n'.repeat(n)}`,
      'fields with references': (n) => `GET https://x/\n${'X-A: {{v}}\n'.repeat(n)}`,
      'multipart parts': (n) => `POST https://x/\nContent-Type: multipart/form-data; boundary=X\n\n${'--X\nContent-Disposition: form-data; name="a"\n\n{{v}}\n'.repeat(n)}--X--\n`,
    };
    for (const [label, make] of Object.entries(cases)) expect(worstRatio(make, send), label).toBeLessThanOrEqual(12);
  });

  it("reading a JetBrains handler's tests stays linear (many lines, many tests, a function not closed)", () => {
    const check = (script: string) => handlerTests(script).map((t) => checkHandlerTest(t, { status: 200, headers: [], body: '{"a":1}' }));
    const cases: Record<string, (n: number) => string> = {
      'blank lines in a test': (n) => `client.test("t", function () {${'\n'.repeat(n * 10)}client.assert(response.status === 200)\n});`,
      'many asserts': (n) => `client.test("t", function () {\n${'  client.assert(response.body.a === 1, "m");\n'.repeat(n)}});`,
      'many tests': (n) => 'client.test("t", () => { client.assert(true) });\n'.repeat(n),
      'tests not closed': (n) => 'client.test("t", function () {\n'.repeat(n),
    };
    for (const [label, make] of Object.entries(cases)) expect(worstRatio(make, check), label).toBeLessThanOrEqual(12);
  });
});
