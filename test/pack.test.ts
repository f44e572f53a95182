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
    const tsc = (project: string) => execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', project], { cwd: consumer, stdio: 'pipe' });
    const options = { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, lib: ['ES2022'], outDir: 'out', skipLibCheck: false };
    // The pure packages type-check with no Node types at all, as in a browser bundle.
    writeFileSync(join(consumer, 'pure.ts'), readFileSync(join(root, 'test/fixtures/consumer/pure.ts'), 'utf8'));
    writeFileSync(join(consumer, 'tsconfig.pure.json'), JSON.stringify({ compilerOptions: { ...options, types: [] }, files: ['pure.ts'] }));
    tsc('tsconfig.pure.json');
    // The transport is a Node package: its consumer has Node's types.
    writeFileSync(join(consumer, 'node.ts'), readFileSync(join(root, 'test/fixtures/consumer/node.ts'), 'utf8'));
    writeFileSync(
      join(consumer, 'tsconfig.node.json'),
      JSON.stringify({ compilerOptions: { ...options, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] }, files: ['node.ts'] }),
    );
    tsc('tsconfig.node.json');
    const report = JSON.parse(execFileSync(process.execPath, [join(consumer, 'out/pure.js')], { cwd: consumer, encoding: 'utf8' })) as Record<string, unknown>;
    expect(report.locale).toBe('zh-CN');
    expect(report.codes).toBeGreaterThan(100);
    expect(report.lint).toContain('HTTP0557');
    expect(report.requests).toBe(1);
    const node = JSON.parse(execFileSync(process.execPath, [join(consumer, 'out/node.js')], { cwd: consumer, encoding: 'utf8' })) as Record<string, unknown>;
    expect(node.status).toBe(204);
  }, 60_000);
});
