import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');

describe('npm start', () => {
  it('builds and runs the main job, exiting 0', () => {
    const r = spawnSync('npm', ['start', '--silent'], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('httplens');
  }, 300_000);
});
