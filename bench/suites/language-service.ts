import { TextDocument } from 'vscode-languageserver-textdocument';
import { getLanguageService } from '@httplens/language-service';
import { defineSuite } from '../harness.js';

/** A realistic `.http` file of n requests (variables, headers, JSON bodies, names). */
export function generateHttpFile(n: number): string {
  const out = ['@base = https://api.example.com', '@token = abc123', ''];
  for (let i = 0; i < n; i++) {
    out.push(`### request ${i}`, `# @name r${i}`);
    if (i % 3 === 0) {
      out.push(`POST {{base}}/items/${i}`, 'Content-Type: application/json', 'Authorization: Bearer {{token}}', 'Cache-Control: no-cache', '', `{"id": ${i}, "name": "item ${i}"}`, '');
    } else {
      out.push(`GET {{base}}/items/${i}?page=${i % 7}`, 'Accept: application/json', 'Accept-Encoding: gzip, br', `If-None-Match: "v${i}"`, '');
    }
  }
  return out.join('\n');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

export default defineSuite({
  name: 'language-service',
  description:
    'The language service on a generated 10,000-request `.http` file: full validation (parse + lint of every request as a template), then hover and completion at 500 positions each. Targets: validation under 150 ms, hover and completion p95 under 10 ms.',
  async custom() {
    const text = generateHttpFile(10_000);
    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const ls = getLanguageService();
    const validations: number[] = [];
    const cpu: number[] = [];
    let diagnostics = 0;
    for (let run = 0; run < 7; run++) {
      const doc = TextDocument.create('file:///bench.http', 'http', run + 1, text);
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      diagnostics = ls.doValidation(doc).length;
      validations.push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
    }
    cpu.sort((a, b) => a - b);
    gc?.();
    const after = process.memoryUsage().heapUsed;
    validations.sort((a, b) => a - b);
    const doc = TextDocument.create('file:///bench.http', 'http', 99, text);
    ls.doValidation(doc);
    const lines = text.split('\n');
    const hoverTimes: number[] = [];
    const completionTimes: number[] = [];
    for (let i = 0; i < 500; i++) {
      const line = 3 + ((i * 7919) % (lines.length - 4));
      const character = Math.floor((lines[line]?.length ?? 0) / 2);
      let t0 = performance.now();
      ls.doHover(doc, { line, character });
      hoverTimes.push(performance.now() - t0);
      t0 = performance.now();
      ls.doComplete(doc, { line, character });
      completionTimes.push(performance.now() - t0);
    }
    hoverTimes.sort((a, b) => a - b);
    completionTimes.sort((a, b) => a - b);
    const validation = validations[Math.floor(validations.length / 2)] ?? 0;
    const hoverP95 = percentile(hoverTimes, 95);
    const completionP95 = percentile(completionTimes, 95);
    return {
      columns: ['measure', 'value', 'target', 'met'],
      rows: [
        ['full validation, median of 7, wall clock (ms)', validation, '< 150', validation < 150 ? 'yes' : 'NO'],
        ['full validation, median of 7, process CPU time (ms)', cpu[3] ?? 0, '', ''],
        ['hover p50 (ms)', percentile(hoverTimes, 50), '', ''],
        ['hover p95 (ms)', hoverP95, '< 10', hoverP95 < 10 ? 'yes' : 'NO'],
        ['completion p50 (ms)', percentile(completionTimes, 50), '', ''],
        ['completion p95 (ms)', completionP95, '< 10', completionP95 < 10 ? 'yes' : 'NO'],
        ['heap after load (MB)', (after - before) / 2 ** 20, '', ''],
      ],
      notes: [
        `file: ${text.length.toLocaleString('en-US')} characters, 10,000 requests, ${diagnostics} diagnostics`,
        'process CPU time includes the garbage collector threads; on a busy machine the wall clock also includes waiting for a core',
      ],
    };
  },
});
