import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '@httplens/language-service';

// Validation (parse, lint of every request, the editor's own checks) grows linearly with the document, whatever it
// holds: CPU time for a document 8 times larger is at most 12 times that of the smaller one.

const ls = getLanguageService();
let version = 0;

/** Least CPU time (ms) of validating a fresh copy of `text` (a new version each time, so nothing is reused). */
function validationTime(text: string, runs: number, repeat: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const docs = Array.from({ length: repeat }, () => TextDocument.create('file:///growth.http', 'http', ++version, text));
    const start = process.cpuUsage();
    for (const d of docs) ls.doValidation(d);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000 / repeat);
  }
  return best;
}

const SHAPES: Record<string, (n: number) => string> = {
  'fields of one request': (n) => `GET https://x/\n${'X-A: b\n'.repeat(n)}`,
  'Authorization fields': (n) => `GET https://x/\n${'Authorization: Basic a:b\n'.repeat(n)}`,
  'header lines without a colon': (n) => `GET https://x/\n${'abc\n'.repeat(n)}`,
  'curl options': (n) => `curl https://x/ ${"-H 'X-A: b' ".repeat(n)}\n`,
  requests: (n) => 'GET https://x/{{host}}\nAccept: */*\n\n###\n'.repeat(n),
  'duplicate request names': (n) => '# @name a\nGET https://x/\n\n###\n'.repeat(n),
  'one long Accept': (n) => `GET https://x/\nAccept: ${'text/html;q=0.5, '.repeat(n)}\n`,
};

describe('validation grows linearly', () => {
  it.each(Object.entries(SHAPES))('%s', (_label, make) => {
    const small = make(250);
    const large = make(2000);
    validationTime(small, 3, 4);
    validationTime(large, 2, 1);
    // A noisy measurement is taken again (up to three attempts); quadratic work fails all three.
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio > 12; attempt++) {
      ratio = validationTime(large, 5, 1) / Math.max(validationTime(small, 5, 8), 0.02);
    }
    expect(ratio).toBeLessThanOrEqual(12);
  });
});
