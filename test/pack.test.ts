import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// What is published works: pack the library packages, install the tarballs into
// a fresh project, type-check a consumer against the published declarations and run it.
const root = join(import.meta.dirname, '..');
const LIBRARIES = ['packages/core', 'packages/http-file', 'packages/language-service', 'packages/transport'];
const npm = (args: string[], cwd: string) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

let work: string;
let packed: { name: string; filename: string; files: { path: string }[] }[];

beforeAll(() => {
  execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'pipe' });
  work = mkdtempSync(join(tmpdir(), 'httplens-pack-'));
  const out = npm(['pack', '--json', '--pack-destination', work, ...LIBRARIES.flatMap((p) => ['--workspace', p])], root);
  packed = JSON.parse(out) as typeof packed;
  const consumer = join(work, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', ...packed.map((p) => join(work, p.filename))], consumer);
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('published packages', () => {
  it('contain their build, README and LICENSE, and no tests', () => {
    expect(packed.map((p) => p.name).sort()).toEqual(['@httplens/core', '@httplens/http-file', '@httplens/language-service', '@httplens/transport']);
    for (const p of packed) {
      const files = p.files.map((f) => f.path);
      expect(files, p.name).toContain('dist/index.js');
      expect(files, p.name).toContain('dist/index.d.ts');
      expect(files, p.name).toContain('README.md');
      expect(files, p.name).toContain('LICENSE');
      expect(files.filter((f) => f.startsWith('test/') || f.includes('.tsbuildinfo')), p.name).toEqual([]);
    }
  });

  it('type-check and run in a consumer project', () => {
    const consumer = join(work, 'consumer');
    writeFileSync(join(consumer, 'consumer.ts'), readFileSync(join(root, 'test/fixtures/consumer/consumer.ts'), 'utf8'));
    writeFileSync(
      join(consumer, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: [], lib: ['ES2022'], outDir: 'out', skipLibCheck: false },
        files: ['consumer.ts'],
      }),
    );
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', consumer], { cwd: consumer, stdio: 'pipe' });
    const output = execFileSync(process.execPath, [join(consumer, 'out/consumer.js')], { cwd: consumer, encoding: 'utf8' });
    const report = JSON.parse(output) as Record<string, unknown>;
    expect(report.locale).toBe('zh-CN');
    expect(report.message).toBe('Age is 3');
    expect(report.codes).toBeGreaterThanOrEqual(0);
  });
});
