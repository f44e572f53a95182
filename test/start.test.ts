import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

/**
 * A new user's checkout: the source files of the work tree, nothing built,
 * and node_modules as `npm ci` lays it out (the installed packages, and the workspaces
 * linked to this checkout's own folders).
 */
function freshCheckout(): string {
  const dir = mkdtempSync(join(tmpdir(), 'httplens-start-'));
  // what a clone of this work tree holds: tracked files and new ones not ignored (build output is)
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const file of files) {
    if (!existsSync(join(root, file))) continue; // deleted in the work tree
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    copyFileSync(join(root, file), join(dir, file));
  }
  const modules = join(dir, 'node_modules');
  mkdirSync(join(modules, '@httplens'), { recursive: true });
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry === '@httplens' || entry === '.cache' || entry === '.vite' || entry === '.vitest') continue;
    symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  for (const entry of readdirSync(join(root, 'node_modules', '@httplens'))) {
    // relative links (../../packages/core): they point into the checkout, as npm ci makes them
    symlinkSync(readlinkSync(join(root, 'node_modules', '@httplens', entry)), join(modules, '@httplens', entry));
  }
  // packages a workspace needs in another version than the root's are installed beside it
  const workspaces = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { workspaces: string[] }).workspaces;
  for (const ws of workspaces) {
    if (existsSync(join(root, ws, 'node_modules'))) symlinkSync(join(root, ws, 'node_modules'), join(dir, ws, 'node_modules'));
  }
  return dir;
}

describe('npm start', () => {
  let checkout: string;
  let run: { status: number | null; stdout: string; stderr: string };
  beforeAll(() => {
    checkout = freshCheckout();
    expect(existsSync(join(checkout, 'packages/cli/dist'))).toBe(false);
    run = spawnSync('npm', ['start', '--silent'], { cwd: checkout, encoding: 'utf8', timeout: 540_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  }, 600_000);
  afterAll(() => {
    if (checkout) rmSync(checkout, { recursive: true, force: true });
  });

  it('builds the command line from nothing and exits 0', () => {
    expect(run.status, `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`).toBe(0);
    expect(existsSync(join(checkout, 'packages/cli/dist/bin.js'))).toBe(true);
    // only what the command line needs is built
    expect(existsSync(join(checkout, 'extension/dist'))).toBe(false);
  });

  it('runs the demo: every example file against the embedded server, then the summary', () => {
    expect(run.stdout).toMatch(/^httplens demo: demo server listening on http:\/\/127\.0\.0\.1:\d+$/m);
    const examples = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.http'));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const file of examples) expect(run.stdout).toContain(`══ ${file} ══`);
    expect(run.stdout).toMatch(new RegExp(`^  ${examples.length} files · \\d+ requests sent · 0 failed$`, 'm'));
    expect(run.stdout).toMatch(/^ {2}diagnostics in the responses: [1-9]\d* errors · \d+ warnings · \d+ info · \d+ hints$/m);
    expect(run.stdout).toContain('HTTP0550');
    expect(run.stdout).toContain('HTTP0100');
  });
});
