import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { selectEnvironment } from '@httplens/http-file';
import { loadAuthConfigurations, loadEnvironments, loadEveryAuthConfiguration, nodeHost } from '../src/exchange.js';

// The environment files beside a `.http` file, merged in the order the JetBrains IDEs and httpYac use.
const work = mkdtempSync(join(tmpdir(), 'httplens-env-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('loadEnvironments', () => {
  it('takes a variable defined in both JetBrains files from the private one, and the editor settings over both', () => {
    const dir = join(work, 'both');
    mkdirSync(join(dir, '.vscode'), { recursive: true });
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { host: 'public.example', user: 'ann', token: 'public' } }));
    writeFileSync(join(dir, 'http-client.private.env.json'), JSON.stringify({ dev: { token: 'private', user: 'bob' } }));
    writeFileSync(join(dir, '.vscode', 'settings.json'), JSON.stringify({ 'httplens.environments': { dev: { user: 'carol' } } }));
    const problems: string[] = [];
    const set = loadEnvironments(join(dir, 'api.http'), (p) => problems.push(p));
    expect(problems).toEqual([]);
    const dev = selectEnvironment(set!, 'dev').variables;
    expect(dev.host).toEqual({ value: 'public.example', source: 'http-client.env.json' });
    expect(dev.token).toEqual({ value: 'private', source: 'http-client.private.env.json' });
    expect(dev.user?.value).toBe('carol');
  });

  it('gives .env values to every environment, under the values of the environment itself', () => {
    const dir = join(work, 'dotenv');
    mkdirSync(dir);
    writeFileSync(join(dir, 'http-client.env.json'), JSON.stringify({ dev: { host: 'dev.example' } }));
    writeFileSync(join(dir, '.env'), 'host=dotenv.example\nkey=k1\n');
    const dev = selectEnvironment(loadEnvironments(join(dir, 'api.http'))!, 'dev').variables;
    expect(dev.host?.value).toBe('dev.example');
    expect(dev.key).toMatchObject({ value: 'k1', source: '.env' });
  });

  it("reads the files of the folders from the project's root down to the file's, the nearer winning, and none above that root", () => {
    const outside = join(work, 'outside');
    const root = join(outside, 'project');
    const sub = join(root, 'api', 'v1');
    mkdirSync(sub, { recursive: true });
    mkdirSync(join(root, '.git'));
    writeFileSync(join(outside, 'http-client.env.json'), JSON.stringify({ dev: { above: 'not read', host: 'outside.example' } }));
    writeFileSync(join(root, 'http-client.env.json'), JSON.stringify({ dev: { host: 'root.example', token: 'root-token', Security: { Auth: { api: { 'Grant Type': 'Client Credentials', 'Client ID': 'root' } } } } }));
    writeFileSync(join(root, 'http-client.private.env.json'), JSON.stringify({ dev: { token: 'root-private' } }));
    writeFileSync(join(sub, 'http-client.env.json'), JSON.stringify({ dev: { host: 'v1.example', Security: { Auth: { api: { 'Client ID': 'v1' } } } } }));
    writeFileSync(join(root, 'api', '.env'), 'key=from-api\n');
    const problems: string[] = [];
    const dev = selectEnvironment(loadEnvironments(join(sub, 'users.http'), (p) => problems.push(p))!, 'dev').variables;
    expect(problems).toEqual([]);
    expect([dev.host?.value, dev.token?.value, dev.key?.value, dev.above]).toEqual(['v1.example', 'root-private', 'from-api', undefined]);
    // the Security.Auth configurations the same way, key by key
    expect(loadAuthConfigurations(join(sub, 'users.http'), 'dev').api).toEqual({ 'Grant Type': 'Client Credentials', 'Client ID': 'v1' });
    expect(Object.keys(loadEveryAuthConfiguration(join(sub, 'users.http')) ?? {})).toEqual(['dev']);
    // a file at the root reads the root's files only
    expect(selectEnvironment(loadEnvironments(join(root, 'a.http'))!, 'dev').variables.host?.value).toBe('root.example');
  });

  it("takes the home folder's .vscode (VS Code's extensions) for no project root", () => {
    const home = join(work, 'home');
    const docs = join(home, 'docs');
    mkdirSync(join(home, '.vscode'), { recursive: true });
    mkdirSync(docs, { recursive: true });
    writeFileSync(join(home, 'http-client.env.json'), JSON.stringify({ dev: { host: 'home.example' } }));
    const before = process.env.HOME;
    process.env.HOME = home;
    try {
      expect(loadEnvironments(join(docs, 'a.http'))).toBeUndefined();
      // a .vscode folder elsewhere marks a project
      mkdirSync(join(docs, 'proj', '.vscode'), { recursive: true });
      writeFileSync(join(docs, 'proj', 'http-client.env.json'), JSON.stringify({ dev: { host: 'proj.example' } }));
      mkdirSync(join(docs, 'proj', 'api'));
      expect(selectEnvironment(loadEnvironments(join(docs, 'proj', 'api', 'a.http'))!, 'dev').variables.host?.value).toBe('proj.example');
    } finally {
      if (before === undefined) delete process.env.HOME;
      else process.env.HOME = before;
    }
  });

  it('answers only the variables the process and the .env file have: not what every object has (constructor, toString)', () => {
    const dir = join(work, 'members');
    mkdirSync(dir);
    writeFileSync(join(dir, '.env'), 'key=k1\n__proto__=p\n');
    const host = nodeHost(join(dir, 'api.http'), { HOME_DIR: '/home/x' });
    expect([host.env?.('HOME_DIR'), host.env?.('constructor'), host.env?.('toString')]).toEqual(['/home/x', undefined, undefined]);
    expect([host.dotenv?.('key'), host.dotenv?.('__proto__'), host.dotenv?.('constructor'), host.dotenv?.('hasOwnProperty')]).toEqual(['k1', 'p', undefined, undefined]);
    // without a .env file too
    const none = nodeHost(join(work, 'api.http'), {});
    expect(none.dotenv?.('constructor')).toBeUndefined();
  });
});
