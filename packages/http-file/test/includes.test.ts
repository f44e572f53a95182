import { describe, expect, it } from 'vitest';
import { decodeFile, isKnownEncoding, parseHttpFile, resolveRequest, toHttpMessage, type HttpFileHost } from '@httplens/http-file';

// Body includes read as bytes: `< ./file` is sent byte for byte, `<@encoding ./file` is decoded from its encoding.

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x0a, 0x80, 0xc3]);
const enc = (s: string) => new TextEncoder().encode(s);
const concat = (...xs: Uint8Array[]) => {
  const out = new Uint8Array(xs.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of xs) {
    out.set(x, at);
    at += x.length;
  }
  return out;
};

const FILES: Record<string, Uint8Array> = {
  './logo.png': PNG,
  './latin1.txt': Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x7b, 0x7b, 0x6e, 0x7d, 0x7d]), // "café {{n}}" in ISO-8859-1
  './bom.json': concat(Uint8Array.from([0xef, 0xbb, 0xbf]), enc('{"n": "{{n}}"}')),
  './gbk.txt': Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4]), // 中文
  './utf16.txt': Uint8Array.from([0x68, 0x00, 0x69, 0x00]),
  './raw.json': enc('{"n": "{{n}}"}\n'),
};

const bytesHost: HttpFileHost = { readBytes: (p) => FILES[p] };
const textHost: HttpFileHost = { readFile: (p) => (FILES[p] ? new TextDecoder().decode(FILES[p]) : undefined) };

function send(text: string, host: HttpFileHost, dialect: 'rest-client' | 'httpyac' | 'jetbrains' = 'rest-client') {
  const file = parseHttpFile(text, { dialect, host });
  const resolved = resolveRequest(file, 0, { host, environment: { n: 'v' } });
  const message = toHttpMessage(resolved);
  return { file, resolved, message, body: message.body?.bytes ?? new Uint8Array(0) };
}

describe('body includes read as bytes', () => {
  it('sends a binary file as is, byte for byte, with its length', () => {
    const { resolved, message, body } = send('POST https://example.com/upload\nContent-Type: image/png\n\n< ./logo.png\n', bytesHost);
    expect(body).toEqual(PNG);
    expect(message.fields.find((f) => f.name === 'Content-Length')?.value).toBe(String(PNG.length));
    expect(resolved.bodyParts).toEqual([PNG]);
    // for display, the bytes decoded as UTF-8
    expect(resolved.body).toBe(new TextDecoder().decode(PNG));
    expect(message.notes.map((n) => n.code)).not.toContain('HTTP1040');
  });

  it('was corrupted when only read as text (the reason for readBytes)', () => {
    const { body } = send('POST https://example.com/upload\nContent-Type: image/png\n\n< ./logo.png\n', textHost);
    expect(body).not.toEqual(PNG);
  });

  it('keeps the text around a file, and sends text files read as bytes unchanged (no variables substituted)', () => {
    const { body, resolved } = send('POST https://example.com/\nContent-Type: text/plain\n\nbefore {{n}}\n< ./raw.json\nafter', bytesHost);
    expect(new TextDecoder().decode(body)).toBe('before v\n{"n": "{{n}}"}\n\nafter');
    expect(resolved.bodyParts).toEqual(['before v\n', FILES['./raw.json'], '\nafter']);
  });

  it('multipart: CRLF for the text lines, the file part unchanged (its LF bytes stay LF)', () => {
    const text = [
      'POST https://example.com/upload',
      'Content-Type: multipart/form-data; boundary=XYZ',
      '',
      '--XYZ',
      'Content-Disposition: form-data; name="title"',
      '',
      'Logo',
      '--XYZ',
      'Content-Disposition: form-data; name="file"; filename="logo.png"',
      'Content-Type: image/png',
      '',
      '< ./logo.png',
      '--XYZ--',
      '',
    ].join('\n');
    const { body, message } = send(text, bytesHost);
    const expected = concat(
      enc('--XYZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nLogo\r\n--XYZ\r\nContent-Disposition: form-data; name="file"; filename="logo.png"\r\nContent-Type: image/png\r\n\r\n'),
      PNG,
      enc('\r\n--XYZ--\r\n'),
    );
    expect(body).toEqual(expected);
    expect(message.notes.map((n) => n.code)).toContain('HTTP1040');
    // the message parses back: the multipart body is exactly as long as Content-Length says
    expect(message.fields.find((f) => f.name === 'Content-Length')?.value).toBe(String(expected.length));
  });

  it.each([
    ['<@latin1', './latin1.txt', 'café v'],
    ['<@', './bom.json', '{"n": "v"}'],
    ['<@utf8', './bom.json', '{"n": "v"}'],
    ['<@gbk', './gbk.txt', '中文'],
    ['<@utf16le', './utf16.txt', 'hi'],
    ['<@base64', './utf16.txt', 'aABpAA=='],
    ['<@hex', './gbk.txt', 'd6d0cec4'],
  ])('%s %s is decoded, then its variables substituted', (marker, path, expected) => {
    const { body, resolved, file } = send(`POST https://example.com/\nContent-Type: text/plain\n\n${marker} ${path}\n`, bytesHost);
    expect(file.diagnostics).toEqual([]);
    expect(new TextDecoder().decode(body)).toBe(expected);
    expect(resolved.bodyParts).toBeUndefined();
  });

  it('an unknown encoding is reported where it is written and read as UTF-8', () => {
    const text = 'POST https://example.com/\nContent-Type: text/plain\n\n<@klingon ./raw.json\n';
    const { file, body } = send(text, bytesHost);
    const d = file.diagnostics.find((x) => x.code === 'HTTP1047');
    expect(d?.severity).toBe('warning');
    expect(text.slice(d?.span.offset, (d?.span.offset ?? 0) + (d?.span.length ?? 0))).toBe('klingon');
    expect(d?.message).toContain('"klingon"');
    expect(new TextDecoder().decode(body)).toBe('{"n": "v"}\n');
  });

  it('a missing file is reported at parse and at resolve with a bytes-only host', () => {
    const { file, resolved } = send('POST https://example.com/\nContent-Type: text/plain\n\n< ./nope.bin\n', bytesHost);
    expect(file.diagnostics.map((d) => d.code)).toContain('HTTP1008');
    expect(resolved.diagnostics.map((d) => d.code)).toContain('HTTP1008');
  });

  it('the parse asks host.exists when there is one, and reads no file', () => {
    let reads = 0;
    const host: HttpFileHost = {
      exists: (p) => p in FILES,
      readBytes: (p) => {
        reads++;
        return FILES[p];
      },
    };
    const file = parseHttpFile('POST https://example.com/\nContent-Type: image/png\n\n< ./logo.png\n\n###\nPOST https://example.com/\n\n< ./missing.png\n', { host });
    expect(reads).toBe(0);
    expect(file.diagnostics.filter((d) => d.code === 'HTTP1008').map((d) => file.text.slice(d.span.offset, d.span.offset + d.span.length))).toEqual(['./missing.png']);
  });

  it('GraphQL bodies stay text: the query is wrapped as JSON', () => {
    const text = 'POST https://example.com/graphql\nX-Request-Type: GraphQL\n\n< ./gql.graphql\n';
    const host: HttpFileHost = { readBytes: (p) => (p === './gql.graphql' ? enc('query Q { a }') : undefined) };
    const { body } = send(text, host);
    expect(JSON.parse(new TextDecoder().decode(body))).toEqual({ query: 'query Q { a }', operationName: 'Q' });
  });
});

describe('decodeFile and isKnownEncoding', () => {
  it('knows the names of Node.js and the WHATWG labels, case-insensitively', () => {
    for (const name of ['utf8', 'UTF-8', 'latin1', 'binary', 'ascii', 'ucs2', 'ucs-2', 'utf16le', 'base64', 'hex', 'gbk', 'GB18030', 'shift_jis', 'windows-1252', 'iso-8859-2']) {
      expect(isKnownEncoding(name), name).toBe(true);
    }
    for (const name of ['klingon', 'utf-9', 'latin-1x']) expect(isKnownEncoding(name), name).toBe(false);
  });

  it("latin1 is Node's ISO-8859-1 (0x80-0x9F are C1 controls), ascii clears the high bit", () => {
    expect(decodeFile(Uint8Array.from([0x80, 0xe9]), 'latin1')).toBe('\u0080é');
    expect(decodeFile(Uint8Array.from([0x80, 0xe9]), 'LATIN1')).toBe('\u0080é');
    expect(decodeFile(Uint8Array.from([0xe9]), 'ascii')).toBe('i');
  });

  it('base64 matches the standard encoding at every padding length', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    for (let n = 0; n <= 7; n++) expect(decodeFile(all.subarray(0, n), 'base64')).toBe(btoa(String.fromCharCode(...all.subarray(0, n))));
    expect(decodeFile(all, 'base64')).toBe(btoa(String.fromCharCode(...all)));
  });

  it('reads large files (no call-stack limit on long inputs)', () => {
    const big = new Uint8Array(1_000_000).fill(0xe9);
    expect(decodeFile(big, 'latin1').length).toBe(1_000_000);
  });
});

describe('JetBrains import and run directives', () => {
  it('keeps them with their target, variables and spans, never as requests', () => {
    const text = 'import ./auth.http\n\n###\nrun #Login (@user=alice, @host = example.com)\n###\nrun ./all.http\n###\nimport #NotAFile\n';
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    const at = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
    expect(file.directives.map((d) => [d.kind, d.target, at(d.span), at(d.targetSpan)])).toEqual([
      ['import', './auth.http', 'import ./auth.http', './auth.http'],
      ['run', '#Login', 'run #Login (@user=alice, @host = example.com)', '#Login'],
      ['run', './all.http', 'run ./all.http', './all.http'],
    ]);
    expect(file.directives[1]?.variables.map((v) => [v.name, v.value, at(v.span)])).toEqual([
      ['user', 'alice', '@user=alice'],
      ['host', 'example.com', '@host = example.com'],
    ]);
    // `import` of a request name is no directive: read as a request line
    expect(file.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['import #NotAFile']);
    expect(file.diagnostics.filter((d) => d.code === 'HTTP5018').length).toBe(3);
  });

  it('reads a request name with spaces to the variables or the end of the line', () => {
    const text = 'run #Get one user \nrun #POST https://x/a (@id=2)\n';
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    const at = (s: { offset: number; length: number }) => text.slice(s.offset, s.offset + s.length);
    expect(file.directives.map((d) => [d.target, at(d.targetSpan), d.variables.map((v) => v.name)])).toEqual([
      ['#Get one user', '#Get one user', []],
      ['#POST https://x/a', '#POST https://x/a', ['id']],
    ]);
    expect(file.requests).toEqual([]);
  });
});
