import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Io } from '../src/io.js';
import { main } from '../src/main.js';

// Hostile and unusual inputs, run in-process: exit codes, messages, machine-readable output.
let work: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'httplens-cli-robust-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** stdin is given as bytes; `readStdin` hands them over one latin1 character per byte. */
function capture(options: { stdin?: Uint8Array; cwd?: string } = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: () => Buffer.from(options.stdin ?? new Uint8Array()).toString('latin1'),
    stdoutIsTTY: false,
    stderrIsTTY: false,
    cwd: options.cwd ?? work,
    env: {},
  };
  return { io, stdout: () => out.join(''), stderr: () => err.join('') };
}

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('httplens lint: how inputs are read', () => {
  it('reads an .http file on stdin as UTF-8, with or without a byte order mark', async () => {
    const plain = capture({ stdin: utf8('@名字 = x\nGET https://example.com/{{名字}}\nX-Note: 名\n') });
    expect(await main(['lint', '--format', 'json', '-'], plain.io)).toBe(0);
    const json = JSON.parse(plain.stdout()) as { files: { diagnostics: { code: string; message: string }[] }[] };
    const messages = json.files[0]?.diagnostics.map((d) => d.message).join('\n') ?? '';
    expect(messages).toContain('U+540D');
    expect(messages).not.toMatch(/å/);

    const bom = capture({ stdin: utf8('\uFEFFGET https://example.com/\nAccept: */*\n') });
    expect(await main(['lint', '-'], bom.io)).toBe(0);
    expect(bom.stdout()).not.toContain('HTTP1002');
  });

  it('reads a raw message on stdin as bytes, also after a byte order mark', async () => {
    const c = capture({ stdin: utf8('\uFEFFHTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n') });
    expect(await main(['lint', '--format', 'json', '-'], c.io)).toBe(1);
    const codes = (JSON.parse(c.stdout()) as { files: { diagnostics: { code: string }[] }[] }).files[0]?.diagnostics.map((d) => d.code);
    expect(codes).toContain('HTTP0556');
    expect(codes).toContain('HTTP0017');
  });

  it('detects the content of a file of another extension the same way', async () => {
    writeFileSync(join(work, 'request.txt'), '\uFEFFGET https://example.com/\nX-Note: 名\n');
    const c = capture();
    await main(['lint', '--format', 'json', 'request.txt'], c.io);
    const diagnostics = (JSON.parse(c.stdout()) as { files: { diagnostics: { code: string; message: string }[] }[] }).files[0]?.diagnostics ?? [];
    expect(diagnostics.map((d) => d.code)).not.toContain('HTTP1002');
    expect(diagnostics.map((d) => d.message).join('\n')).toContain('U+540D');
  });
});

describe('httplens lint: what is named on the command line', () => {
  it('exits 2 for a directory without lintable files, as for a glob that matches nothing', async () => {
    mkdirSync(join(work, 'empty', 'nested.http'), { recursive: true });
    writeFileSync(join(work, 'empty', 'notes.md'), '# notes\n');
    const c = capture();
    expect(await main(['lint', 'empty'], c.io)).toBe(2);
    expect(c.stderr()).toContain('no .http, .rest or .httpmsg files in empty');
    const glob = capture();
    expect(await main(['lint', 'empty/**/*.http'], glob.io)).toBe(2);
  });

  it('exits 2 with the file named when --config is a directory', async () => {
    writeFileSync(join(work, 'ok.http'), 'GET https://example.com/\n');
    const c = capture();
    expect(await main(['lint', '--config', 'empty', 'ok.http'], c.io)).toBe(2);
    expect(c.stderr()).toContain('--config takes a file, and empty is a directory');
    expect(c.stderr()).not.toContain('EISDIR: EISDIR');
  });
});

describe('--locale', () => {
  it.each([
    ['lint', 'ok.http'],
    ['explain', 'X-A: b'],
    ['send', 'ok.http'],
    ['check', 'http://127.0.0.1:9/'],
    ['demo', '--examples', 'empty'],
  ])('%s rejects an unknown locale (exit 2) rather than falling back to English', async (command, ...rest) => {
    writeFileSync(join(work, 'ok.http'), 'GET https://example.com/\n');
    const c = capture();
    expect(await main([command, '--locale', 'fr', ...rest], c.io)).toBe(2);
    expect(c.stderr()).toContain("--locale must be en or zh-CN (got 'fr')");
  });

  it('accepts en, zh-CN and their usual spellings', async () => {
    for (const locale of ['en', 'en-US', 'zh-CN', 'zh-cn', 'zh', 'zh-Hans']) {
      const c = capture();
      expect(await main(['explain', '--locale', locale, 'Age: 60'], c.io)).toBe(0);
      expect(c.stdout()).toContain(locale.startsWith('zh') ? '1 分钟' : '1 minute');
    }
  });
});

describe('httplens send: a request that cannot be sent', () => {
  it('says why (the URL, an undefined variable, the scheme) instead of "HTTP requests are not sent"', async () => {
    writeFileSync(join(work, 'unsendable.http'), '# @name ftp\nGET ftp://example.com/file\n\n###\n# @name novar\nGET {{nowhere}}/items\n');
    const ftp = capture();
    expect(await main(['send', 'unsendable.http', '--name', 'ftp', '--json'], ftp.io)).toBe(1);
    const [first] = JSON.parse(ftp.stdout()) as { error: { code: string; message: string } }[];
    expect(first?.error.code).toBe('HTTPLENS_INVALID_URL');
    expect(first?.error.message).toContain('ftp://example.com/file');
    expect(first?.error.message).not.toContain('HTTP requests are not sent');

    const novar = capture();
    expect(await main(['send', 'unsendable.http', '--name', 'novar'], novar.io)).toBe(1);
    expect(novar.stdout()).toContain('HTTPLENS_INVALID_URL');
    expect(novar.stdout()).toContain('"nowhere" is not defined');
  });

  it('refuses a field whose value holds a line break once resolved, at that field, before connecting', async () => {
    // a curl command whose quote runs over the line; port 9 on loopback, where nothing would answer anyway
    writeFileSync(join(work, 'curl.http'), "curl http://127.0.0.1:9/ \\\n  -H 'Accept: text/plain \\\n  --compressed\n");
    const c = capture();
    expect(await main(['send', 'curl.http', '--json'], c.io)).toBe(1);
    const [first] = JSON.parse(c.stdout()) as { error: { code: string; message: string } }[];
    expect(first?.error.code).toBe('HTTPLENS_INVALID_HEADER');
    expect(first?.error.message).toContain('"Accept" holds LF');
    // said once, with the error, not again among the request's notes
    const human = capture();
    expect(await main(['send', 'curl.http'], human.io)).toBe(1);
    expect(human.stdout().split('"Accept" holds LF').length - 1).toBe(1);
  });
});

describe('httplens send: credentials only httpYac computes', () => {
  it('does not connect for "Authorization: AWS key secret", "oauth2 <flow>" it does not run, or one without its variables, and says why once', async () => {
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      writeFileSync(
        join(work, 'computed.http'),
        `# @name aws\nGET http://127.0.0.1:${port}/s3\nAuthorization: AWS AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI-secret region:eu-west-1\n\n###\n# @name token\nGET http://127.0.0.1:${port}/api\nAuthorization: oauth2 implicit\n\n###\nGET http://127.0.0.1:${port}/api\nAuthorization: oauth2 client_credentials\n`,
      );
      const json = capture();
      expect(await main(['send', 'computed.http', '--all', '--json'], json.io)).toBe(1);
      const outcomes = JSON.parse(json.stdout()) as { error: { code: string; message: string } }[];
      expect(outcomes.map((o) => o.error.code)).toEqual(['HTTPLENS_UNSUPPORTED', 'HTTPLENS_UNSUPPORTED', 'HTTPLENS_AUTH_TOKEN']);
      expect(outcomes[0]?.error.message).toBe('"Authorization: AWS ..." asks httpYac to compute the credentials; httplens does not, so the request is not sent.');
      expect(outcomes[1]?.error.message).toContain('"Authorization: oauth2 ..."');
      // a flow that is run, without the variables that configure it: no token request, and why
      expect(outcomes[2]?.error.message).toBe('Authorization: oauth2 client_credentials: missing configuration: oauth2_tokenEndpoint, oauth2_clientId, oauth2_clientSecret.');
      const human = capture();
      expect(await main(['send', 'computed.http', '--name', 'aws'], human.io)).toBe(1);
      expect(human.stdout().split('asks httpYac to compute').length - 1).toBe(1);
      expect(connections).toBe(0);
    } finally {
      server.close();
    }
  });
});

describe('environment files', () => {
  it('reports an invalid http-client.env.json with its path and line instead of only "no environment"', async () => {
    const dir = join(work, 'env-invalid');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.http'), 'GET {{host}}/items\n');
    writeFileSync(join(dir, 'http-client.env.json'), '{ "dev": { "host": "http://127.0.0.1:9" },\n');
    const send = capture({ cwd: dir });
    expect(await main(['send', 'a.http', '--env', 'dev'], send.io)).toBe(2);
    expect(send.stderr()).toMatch(/http-client\.env\.json:2:1: .*not valid.* HTTP1035/);
    const lint = capture({ cwd: dir });
    await main(['lint', '--format', 'json', 'a.http'], lint.io);
    expect(() => JSON.parse(lint.stdout()) as unknown).not.toThrow();
    expect(lint.stderr()).toContain('HTTP1035');
  });

  it('reads an http-client.env.json saved with a byte order mark, and survives one that is a directory', async () => {
    const dir = join(work, 'env-bom');
    mkdirSync(join(dir, 'http-client.private.env.json'), { recursive: true });
    writeFileSync(join(dir, 'a.http'), 'GET https://example.com/{{path}}\n');
    writeFileSync(join(dir, 'http-client.env.json'), '\uFEFF{ "dev": { "path": "items" } }');
    const c = capture({ cwd: dir });
    expect(await main(['lint', '--format', 'json', 'a.http'], c.io)).toBe(0);
    expect((JSON.parse(c.stdout()) as { files: { diagnostics: unknown[] }[] }).files[0]?.diagnostics).toEqual([]);
    expect(c.stderr()).toContain('http-client.private.env.json: cannot read it: it is a directory');
  });
});

describe('httplens explain: control characters', () => {
  it('shows them as their pictures, one column each, so nothing reaches the terminal raw and the range stays aligned', async () => {
    const c = capture();
    expect(await main(['explain', 'X-Trace: a\u001b[2Jb\nc'], c.io)).toBe(1);
    const text = c.stdout();
    expect([...text].filter((ch) => ch.charCodeAt(0) < 0x20 && ch !== '\n')).toEqual([]);
    expect(text).toContain('X-Trace: a␛[2Jb␊c');
    const lines = text.split('\n');
    const frame = lines.findIndex((line) => line.startsWith('    X-Trace: a␛'));
    expect(frame).toBeGreaterThan(0);
    const caret = lines[frame + 1] ?? '';
    expect(lines[frame]?.[caret.indexOf('^')]).toBe('␛');
  });
});

describe('what a server sends is shown, never obeyed', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((socket) => {
      socket.on('error', () => undefined);
      socket.once('data', () =>
        socket.end('HTTP/1.1 200 OK\r\nETag: "v\u001b[2J1"\r\nX-Title: \u001b]0;pwned\u0007x\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\n\u001b[31mred\ta\nb'),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server?.close());

  const controls = (text: string) => [...text].filter((ch) => (ch.charCodeAt(0) < 0x20 && ch !== '\n' && ch !== '\t') || ch === '\u007f');

  it('send prints the control characters of the status line, fields and body as pictures', async () => {
    writeFileSync(join(work, 'escapes.http'), `GET ${base}/\n`);
    const c = capture();
    await main(['send', 'escapes.http'], c.io);
    expect(controls(c.stdout())).toEqual([]);
    expect(c.stdout()).toContain('X-Title: ␛]0;pwned␇x');
    expect(c.stdout()).toContain('␛[31mred\ta\nb');
  });

  it('check shows none of them either', async () => {
    const c = capture();
    await main(['check', `${base}/`], c.io);
    expect(c.stdout()).toContain('HTTP0055');
    expect(controls(c.stdout())).toEqual([]);
  });
});

describe('httplens send: options that go together', () => {
  it('exits 2 for --output without --reporter instead of writing no report', async () => {
    writeFileSync(join(work, 'ok.http'), 'GET https://example.com/\n');
    const c = capture();
    expect(await main(['send', 'ok.http', '--output', 'report.xml'], c.io)).toBe(2);
    expect(c.stderr()).toContain('--output goes with --reporter junit');
  });
});

describe('numbers on the command line', () => {
  it('rejects an empty or blank --max-warnings or --port (Number would read them as 0)', async () => {
    writeFileSync(join(work, 'warn.http'), 'GET https://example.com/\nContent-Lenght: 1\n');
    for (const value of ['', ' ', '1e3', '-1', '2.5']) {
      const c = capture();
      expect(await main(['lint', `--max-warnings=${value}`, 'warn.http'], c.io)).toBe(2);
      expect(c.stderr()).toContain('--max-warnings takes a whole number');
    }
    const one = capture();
    expect(await main(['lint', '--max-warnings', '0', 'warn.http'], one.io)).toBe(1);
    expect(one.stderr()).toContain('1 warning, more than --max-warnings 0');
    const port = capture();
    expect(await main(['demo', '--serve', '--port='], port.io)).toBe(2);
    expect(port.stderr()).toContain("--port takes a port number (got '')");
  });
});
