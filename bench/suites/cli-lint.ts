import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineSuite } from '../harness.js';

/** One generated `.http` file: a few requests with variables, headers and bodies, some with findings. */
function file(i: number): string {
  return [
    '@base = https://api.example.com',
    '',
    `### list ${i}`,
    'GET {{base}}/items?page=1',
    'Accept: application/json',
    i % 10 === 0 ? 'Content-Lenght: 0' : 'Accept-Encoding: gzip',
    '',
    `### create ${i}`,
    'POST {{base}}/items',
    'Content-Type: application/json',
    'Cache-Control: no-cache',
    '',
    `{"name": "item ${i}", "tags": ["a", "b"]}`,
    '',
  ].join('\n');
}

export default defineSuite({
  name: 'cli-lint',
  description: '`httplens lint` (the built binary, a fresh process) over 1,000 generated `.http` files in one folder, JSON output. Target: under 5 s.',
  async custom() {
    const root = process.env.HTTPLENS_REPO_ROOT ?? process.cwd();
    const dir = mkdtempSync(join(tmpdir(), 'httplens-bench-lint-'));
    try {
      for (let i = 0; i < 1000; i++) writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.http`), file(i));
      const times: number[] = [];
      let files = 0;
      let diagnostics = 0;
      for (let run = 0; run < 3; run++) {
        const t0 = performance.now();
        const r = spawnSync(process.execPath, [join(root, 'packages/cli/dist/bin.js'), 'lint', '--format', 'json', dir], { encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
        times.push(performance.now() - t0);
        if (r.status !== 0 && r.status !== 1) throw new Error(`httplens lint exited ${r.status}: ${r.stderr}`);
        const json = JSON.parse(r.stdout) as { summary: { files: number; errors: number; warnings: number; infos: number; hints: number } };
        files = json.summary.files;
        diagnostics = json.summary.errors + json.summary.warnings + json.summary.infos + json.summary.hints;
      }
      times.sort((a, b) => a - b);
      const median = times[1] ?? 0;
      if (files !== 1000) throw new Error(`linted ${files} files, expected 1000`);
      return {
        columns: ['measure', 'value', 'target', 'met'],
        rows: [['1,000 files, median of 3 runs (s)', median / 1000, '< 5', median < 5000 ? 'yes' : 'NO']],
        notes: [`${files} files linted, ${diagnostics} diagnostics reported per run (process start included)`],
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
});
