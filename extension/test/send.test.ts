// What the response view shows for awkward responses, through a real client against raw loopback servers
// (the same path as the extension: createClient with the settings' options, transport's text(), renderResponse).
import { createServer, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { createClient, text, type Client, type SendResult } from '@httplens/transport';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderResponse, sniffBinaryType, type RenderOptions } from '../src/render.js';
import { clientOptionsFor, readSettings } from '../src/settings.js';

const options: RenderOptions = { prettyPrint: true, maxBodySize: 1_048_576, truncatedNote: '[cut {shown}/{total}]', binaryNote: '[binary {size} {type}]', cutNote: '[incomplete {size}]' };
const servers: Server[] = [];
let client: Client;

beforeAll(() => {
  client = createClient({ ...clientOptionsFor(readSettings(() => undefined)), env: {} });
});
afterAll(async () => {
  client.close();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A raw server that answers the first bytes of each connection with `respond`. */
async function serve(respond: (socket: Socket) => void): Promise<string> {
  const server = createServer((socket) => {
    socket.on('error', () => undefined);
    socket.once('data', () => respond(socket));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

const response = (fields: string, body: Uint8Array) => Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\n${fields}Content-Length: ${body.length}\r\n\r\n`, 'latin1'), body]);

function view(result: SendResult) {
  const rendered = renderResponse(
    { received: result.raw.received, interim: result.interim.length, headers: result.headers, bodyText: text(result), bodyLength: result.body.length, body: result.body, cut: result.truncated },
    options,
  );
  return rendered.text.slice(rendered.headLength);
}

describe('the response view of awkward responses', () => {
  it('a gzip file or an image sent without Content-Type is described, not shown as text', async () => {
    const gz = gzipSync(Buffer.from('hello world '.repeat(20)));
    const gzUrl = await serve((s) => s.end(response('', gz)));
    expect(view(await client.send({ method: 'GET', url: gzUrl }))).toBe(`[binary ${gz.length} application/gzip]`);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const pngUrl = await serve((s) => s.end(response('', png)));
    expect(view(await client.send({ method: 'GET', url: pngUrl }))).toBe('[binary 16 image/png]');
    const bin = Buffer.from([0x01, 0x02, 0x00, 0x41]);
    const binUrl = await serve((s) => s.end(response('', bin)));
    expect(view(await client.send({ method: 'GET', url: binUrl }))).toBe('[binary 4 application/octet-stream]');
  });

  it('text without Content-Type (and ANSI-coloured text) is still shown as text', async () => {
    const url = await serve((s) => s.end(response('', Buffer.from('plain\ttext\r\n\u001b[31mred\u001b[0m\n'))));
    expect(view(await client.send({ method: 'GET', url }))).toBe('plain\ttext\r\n\u001b[31mred\u001b[0m\n');
    expect(sniffBinaryType(new Uint8Array())).toBeUndefined();
  });

  it('text of application/* types outside the known list (YAML, NDJSON, JWT) is shown; zip and octet-stream are not', async () => {
    const yaml = 'openapi: 3.1.0\ninfo:\n  title: Ünïcode API\n';
    const cases: [string, Buffer, string][] = [
      ['application/yaml', Buffer.from(yaml), yaml],
      ['application/x-ndjson', Buffer.from('{"a":1}\n{"a":2}\n'), '{"a":1}\n{"a":2}\n'],
      ['application/jwt', Buffer.from('eyJhbGciOiJIUzI1NiJ9.e30.sig'), 'eyJhbGciOiJIUzI1NiJ9.e30.sig'],
      ['application/zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), '[binary 8 application/zip]'],
      ['application/octet-stream', Buffer.from('plain'), '[binary 5 application/octet-stream]'],
      ['application/x-custom', Buffer.from([0xc3, 0x28, 0x41, 0x42]), '[binary 4 application/x-custom]'],
      ['application/yaml; charset=iso-8859-1', Buffer.from('name: caf\xe9\n', 'latin1'), 'name: café\n'],
    ];
    for (const [type, body, shown] of cases) {
      const url = await serve((s) => s.end(response(`Content-Type: ${type}\r\n`, body)));
      expect(view(await client.send({ method: 'GET', url })), type).toBe(shown);
    }
  });

  it('a gzip Content-Encoding without Content-Type is decoded and shown as text', async () => {
    const url = await serve((s) => s.end(response('Content-Encoding: gzip\r\n', gzipSync(Buffer.from('{"ok":true}')))));
    expect(view(await client.send({ method: 'GET', url }))).toBe('{"ok":true}');
  });

  it('a body over the transport limit (64 MiB) says that the response was cut', async () => {
    const size = 64 * 1024 * 1024 + 4096;
    const url = await serve((s) => {
      s.write(`HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ${size}\r\n\r\n`);
      s.end(Buffer.alloc(size, 0x61));
    });
    const result = await client.send({ method: 'GET', url });
    expect(result.truncated).toBe(true);
    const shown = view(result);
    expect(shown.endsWith(`[incomplete ${64 * 1024 * 1024}]`)).toBe(true);
    expect(shown).toContain('[cut 1048576/');
  });
});
