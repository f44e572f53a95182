import { mergeEnvironments, parseDotenv, parseEnvironmentFile, parseHttpFile, resolveRequest, selectEnvironment, toHttpMessage } from '@httplens/http-file';
import { describe, expect, it } from 'vitest';
import { addToHistory, createHistoryEntry, findSourceRequest, keptInHistory, MASK, maskedUrl, maskHeaderValue, maskSecrets, maskUrlCredentials, privateValuesOf, type HistoryEntry } from '../src/history.js';

describe('history masking', () => {
  it('keeps the exact bytes of a body sent as a file is (base64), for sending again', () => {
    const bytes = Uint8Array.from([0x89, 0x50, 0x00, 0xff]);
    const e = createHistoryEntry({ method: 'POST', url: 'http://h/', headers: [], body: new TextDecoder().decode(bytes), bytes }, { time: 1 });
    expect(Buffer.from(e.bodyBase64 ?? '', 'base64')).toEqual(Buffer.from(bytes));
    expect(createHistoryEntry({ method: 'POST', url: 'http://h/', headers: [], body: 'x' }, { time: 1 }).bodyBase64).toBeUndefined();
  });

  it('keeps a request-target sent as written (# @no-auto-encoding), its private values masked as in the URL', () => {
    const e = createHistoryEntry({ method: 'GET', url: 'http://h/a?k=s3cret&f={a}', target: '/a?k=s3cret&f={a}', headers: [] }, { time: 1 }, ['s3cret']);
    expect(e.target).toBe(`/a?k=${MASK}&f={a}`);
    expect(e.url).toBe(`http://h/a?k=${MASK}&f={a}`);
    expect(createHistoryEntry({ method: 'GET', url: 'http://h/', headers: [] }, { time: 1 }).target).toBeUndefined();
  });

  it.each([
    ['Authorization', 'Bearer abc.def.ghi', `Bearer ${MASK}`],
    ['authorization', 'Basic dXNlcjpwYXNz', `Basic ${MASK}`],
    ['Authorization', 'sometoken', MASK],
    ['Proxy-Authorization', 'Basic cHJveHk6cGFzcw==', `Basic ${MASK}`],
    ['Cookie', 'session=abc; theme=dark', `session=${MASK}; theme=${MASK}`],
    ['Cookie', 'justvalue', MASK],
  ])('%s: %s', (name, value, expected) => {
    expect(maskHeaderValue(name, value)).toBe(expected);
  });

  it('masks secret headers and private values everywhere, keeps the rest', () => {
    const entry = createHistoryEntry(
      {
        method: 'POST',
        url: 'https://user:hunter2@api.example.com/?key=s3cr3t-key',
        headers: [
          ['Authorization', 'Bearer s3cr3t-token'],
          ['Cookie', 'sid=xyz'],
          ['X-Api-Key', 's3cr3t-key'],
          ['Accept', 'application/json'],
        ],
        body: '{"key":"s3cr3t-key"}',
      },
      { time: 1 },
      ['s3cr3t-key', 'ab'],
    );
    const json = JSON.stringify(entry);
    expect(json).not.toContain('s3cr3t');
    expect(json).not.toContain('hunter2');
    expect(json).not.toContain('xyz');
    expect(entry.url).toBe(`https://user:${MASK}@api.example.com/?key=${MASK}`);
    expect(entry.headers).toEqual([
      ['Authorization', `Bearer ${MASK}`],
      ['Cookie', `sid=${MASK}`],
      ['X-Api-Key', MASK],
      ['Accept', 'application/json'],
    ]);
    expect(entry.body).toBe(`{"key":"${MASK}"}`);
  });

  it('short private values are not masked (too many false hits), longest secret first', () => {
    expect(maskSecrets('abcdef ab', ['ab', 'abcdef', 'abc'])).toBe(`${MASK} ab`);
  });

  it.each([
    ['http://host/path', 'http://host/path'],
    ['http://user@host/', 'http://user@host/'],
    ['http://u:p@host:8080/a@b', `http://u:${MASK}@host:8080/a@b`],
    ['no-scheme', 'no-scheme'],
  ])('maskUrlCredentials(%s)', (url, expected) => {
    expect(maskUrlCredentials(url)).toBe(expected);
  });

  it('privateValuesOf takes private environment, .env, prompt and OAuth 2.0 token values only', () => {
    expect(
      privateValuesOf([
        { value: 'pub', source: { kind: 'environment', name: 'dev', file: 'http-client.env.json' } },
        { value: 'priv', source: { kind: 'environment', name: 'dev', file: 'http-client.private.env.json' } },
        { value: 'dot', source: { kind: 'dotenv', name: 'X' } },
        { value: 'asked', source: { kind: 'prompt', name: 'p' } },
        { value: null, source: { kind: 'unresolved' } },
        { value: 'file', source: { kind: 'file', name: 'v' } },
        { value: 'at', source: { kind: 'dynamic', name: '$auth.token' } },
        { value: 'it', source: { kind: 'dynamic', name: '$auth.idToken' } },
        { value: 'uuid', source: { kind: 'dynamic', name: '$uuid' } },
      ]),
    ).toEqual(['priv', 'dot', 'asked', 'at', 'it']);
  });

  it('addToHistory keeps the newest first, at most max', () => {
    let list: HistoryEntry[] = [];
    for (let i = 0; i < 5; i++) list = addToHistory(list, { time: i, method: 'GET', url: `http://x/${i}`, headers: [] }, 3);
    expect(list.map((e) => e.time)).toEqual([4, 3, 2]);
    expect(addToHistory(list, list[0] as HistoryEntry, 0)).toEqual([]);
  });
});

describe('history masking of values resolved as the language server resolves them', () => {
  // the server reads `.env` at the workspace root as a `$shared` environment named '.env' (server/src/server.ts)
  const resolveWith = (sets: Parameters<typeof mergeEnvironments>, text: string) => {
    const file = parseHttpFile(text);
    const resolved = resolveRequest(file, 0, { environment: selectEnvironment(mergeEnvironments(...sets), 'dev') });
    const message = toHttpMessage(resolved);
    return { resolved, message };
  };

  it('values from .env, the private environment file and prompts are masked; public ones stay', () => {
    const { resolved, message } = resolveWith(
      [
        parseEnvironmentFile({ dev: { host: 'api.example.com' } }, 'http-client.env.json'),
        parseEnvironmentFile({ dev: { password: 'priv-Pa55' } }, 'http-client.private.env.json'),
        parseEnvironmentFile({ $shared: parseDotenv('API_KEY=dotenv-k3y\n') }, '.env'),
      ],
      'POST https://{{host}}/login?key={{API_KEY}}\nX-Api-Key: {{API_KEY}}\n\n{"password":"{{password}}"}\n',
    );
    const entry = createHistoryEntry(
      { method: resolved.method, url: message.url, headers: resolved.headers.map((h) => [h.name, h.value]), body: resolved.body ?? null },
      { time: 1 },
      privateValuesOf(resolved.values.map((v) => ({ value: v.value ?? null, source: v.source }))),
    );
    const json = JSON.stringify(entry);
    expect(json).not.toContain('dotenv-k3y');
    expect(json).not.toContain('priv-Pa55');
    expect(entry.url).toBe(`https://api.example.com/login?key=${MASK}`);
    // the output channel's [send] and [redirect] lines mask the same way
    const secrets = privateValuesOf(resolved.values.map((v) => ({ value: v.value ?? null, source: v.source })));
    expect(maskedUrl(message.url, secrets)).toBe(entry.url);
    expect(maskedUrl('https://u:hunter2@api.example.com/next?key=dotenv-k3y', secrets)).toBe(`https://u:${MASK}@api.example.com/next?key=${MASK}`);
  });
});

describe('re-sending a history entry from its file', () => {
  const before = ['# @name login', 'POST https://api.example.com/login', '', '###', '# @name users', 'GET https://api.example.com/users', ''].join('\n');
  const after = ['GET https://api.example.com/health', '', '###', before].join('\n');

  it('finds the named request after requests were added above it, else falls back to the index', () => {
    const source = { index: 1, name: 'users' };
    expect(parseHttpFile(before).requests[source.index]?.name).toBe('users');
    const edited = parseHttpFile(after).requests;
    expect(findSourceRequest(edited, source)?.url).toBe('https://api.example.com/users');
    expect(findSourceRequest(edited, { index: 0 })?.url).toBe('https://api.example.com/health');
    expect(findSourceRequest(edited, { index: 1, name: 'gone' })?.url).toBe('https://api.example.com/login');
    expect(findSourceRequest(edited, { index: 9 })).toBeUndefined();
  });
});

describe("the JetBrains HTTP Client's # @no-log", () => {
  // the metadata as httplens/requestAt gives it: each key as written, its value or true
  const metadataOf = (text: string) => Object.fromEntries((parseHttpFile(text).requests[0]?.metadata ?? []).map((m) => [m.key, m.value ?? true])) as Record<string, string | true>;

  it('keeps the request out of the history', () => {
    expect(keptInHistory(metadataOf('# @no-log\nGET https://api.example.com/secret\n'))).toBe(false);
    expect(keptInHistory(metadataOf('// @No-Log\n# @no-redirect\nGET https://api.example.com/secret\n'))).toBe(false);
    expect(keptInHistory(metadataOf('# @no-redirect\nGET https://api.example.com/\n'))).toBe(true);
    expect(keptInHistory({})).toBe(true);
  });
});
