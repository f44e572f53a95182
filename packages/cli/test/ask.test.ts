import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { capture } from './capture.js';
import { serveWithBodies } from './serve.js';

// `send` on a terminal asks what --var does not answer: `@prompt` variables and httpYac's `$input`, `$password` and
// `$pick`. The terminal is a script of answers; the server on 127.0.0.1 echoes the target and the body it received.

let server: Server;
let base: string;
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'httplens-ask-'));
  ({ server, base } = await serveWithBodies((req, body, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' });
    res.end(`${req.url} ${body}`);
  }));
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(work, { recursive: true, force: true });
});

/** A terminal that answers from `lines` (visible) and `secrets` (hidden), in order, recording each prompt. */
function terminal(lines: (string | undefined)[], secrets: (string | undefined)[] = []) {
  const asked: string[] = [];
  return {
    asked,
    readLine: (prompt: string) => (asked.push(`line ${prompt}`), Promise.resolve(lines.shift())),
    readSecret: (prompt: string) => (asked.push(`secret ${prompt}`), Promise.resolve(secrets.shift())),
  };
}

async function send(file: string, text: string, t: ReturnType<typeof terminal> | undefined, ...args: string[]) {
  writeFileSync(join(work, file), text);
  const c = capture({ cwd: work, ...(t ? { readLine: t.readLine, readSecret: t.readSecret } : {}) });
  const code = await main(['send', file, '--json', ...args], c.io);
  const out = c.out();
  const results = out ? (JSON.parse(out) as { response: { body: string } | null; notes: { code: string }[] }[]) : [];
  return { code, bodies: results.map((r) => r.response?.body), results, err: c.err() };
}

const file = (): string => [
  '@who = {{$input-askonce Your name $value: Ada}}',
  '###',
  '# @prompt user The user id',
  '# @prompt apiKey',
  `POST ${base}/a?user={{user}}`,
  'Content-Type: text/plain',
  '',
  '{{who}} {{apiKey}} {{$password Password}} {{$pick Stage $value: dev, test, prod}} {{$input Note $value: none}}',
  '###',
  `POST ${base}/b`,
  'Content-Type: text/plain',
  '',
  '{{who}} {{$input Note}}',
  '',
].join('\n');

describe('send on a terminal: what --var does not answer is asked', () => {
  it('asks @prompt variables and httpYac questions, hides secrets, takes $value on an empty answer and -askonce once', async () => {
    const t = terminal(['u7', '', '2', '', 'second'], ['k3y', 'pw']);
    const r = await send('ask.http', file(), t, '--all');
    expect(r.code).toBe(0);
    expect(t.asked).toEqual([
      'line The user id: ',
      'secret apiKey: ',
      'line Your name (Ada): ',
      'secret Password: ',
      'line Stage [1-3]: ',
      'line Note (none): ',
      // the second request: the -askonce answer is kept, its own $input is asked
      'line Note: ',
    ]);
    expect(r.err).toContain('  1) dev\n  2) test\n  3) prod\n');
    expect(r.bodies).toEqual(['/a?user=u7 Ada k3y pw test none', '/b Ada second']);
    expect(r.results.flatMap((x) => x.notes.map((n) => n.code)).filter((c) => c === 'HTTP1020')).toEqual([]);
  });

  it('asks only what --var leaves out', async () => {
    const t = terminal(['1'], ['pw']);
    const r = await send('var.http', file(), t, '--var', 'user=u1', '--var', 'apiKey=k', '--var', 'Your name=Lin', '--var', 'Note=n');
    expect(t.asked).toEqual(['secret Password: ', 'line Stage [1-3]: ']);
    expect(r.bodies).toEqual(['/a?user=u1 Lin k pw dev n']);
  });

  it('stops before a request whose question is given up, and still prints what was received', async () => {
    const t = terminal(['u7', 'Grace', '3', 'x', undefined], ['k', 'pw']);
    const r = await send('stop.http', file(), t, '--all');
    expect(r.code).toBe(1);
    expect(r.bodies).toEqual(['/a?user=u7 Grace k pw prod x']);
    expect(r.err).toContain("httplens: no answer for 'Note': the request is not sent");
  });

  it('gives up a $pick after three answers that are not a choice', async () => {
    const t = terminal(['0', 'staging', '4']);
    const r = await send('pick.http', `GET ${base}/p/{{$pick Stage $value: dev,prod}}\n`, t);
    expect(t.asked).toEqual(['line Stage [1-2]: ', 'line Stage [1-2]: ', 'line Stage [1-2]: ']);
    expect(r.code).toBe(1);
    expect(r.bodies).toEqual([]);
    expect(r.err).toContain("no answer for 'Stage'");
    const typed = terminal(['prod']);
    expect((await send('pick.http', `GET ${base}/p/{{$pick Stage $value: dev,prod}}\n`, typed)).bodies).toEqual(['/p/prod ']);
  });

  it('asks to confirm a request with # @note (its text, else the request) and passes over a refused one', async () => {
    const text = ['# @note', `DELETE ${base}/all`, '', '###', '# @note Really reset the stage?', `POST ${base}/reset`, '', '###', `GET ${base}/after`, ''].join('\n');
    const t = terminal(['n', 'y']);
    const r = await send('note.http', text, t, '--all');
    expect(t.asked).toEqual([`line Send DELETE ${base}/all? [y/N] `, 'line Really reset the stage? [y/N] ']);
    // the refused one is not sent, and is no failure; the run goes on
    expect(r.code).toBe(0);
    expect(r.bodies).toEqual([undefined, '/reset ', '/after ']);
    expect((r.results as unknown as { declined: boolean }[]).map((x) => x.declined)).toEqual([true, false, false]);
    // without a terminal no one can be asked: sent
    expect((await send('note-ci.http', text, undefined, '--all')).bodies).toEqual(['/all ', '/reset ', '/after ']);
  });

  it('sends a file given on stdin (send -) as one of the working folder, and asks nothing: stdin holds the file', async () => {
    const t = terminal(['never read']);
    const text = ['# @note', '# @prompt user', `POST ${base}/stdin?user={{user}}`, 'Content-Type: text/plain', '', '< ./body.txt', '', '>> ./stdin-out.txt', ''].join('\n');
    writeFileSync(join(work, 'body.txt'), 'from the folder');
    const c = capture({ cwd: work, readLine: t.readLine, readSecret: t.readSecret, readStdin: () => text });
    const code = await main(['send', '-', '--json', '--var', 'user=7'], c.io);
    expect(code).toBe(0);
    expect(t.asked).toEqual([]);
    const [result] = JSON.parse(c.out()) as { file: string; response: { body: string }; saved: unknown[] }[];
    expect(result?.file).toBe('<stdin>');
    expect(result?.response.body).toBe('/stdin?user=7 from the folder');
    expect(result?.saved).toEqual([{ path: './stdin-out.txt' }]);
    expect(readFileSync(join(work, 'stdin-out.txt'), 'utf8')).toBe('/stdin?user=7 from the folder');
    const alone = capture({ cwd: work, readStdin: () => text });
    await expect(main(['send', '-', 'other.http'], alone.io)).resolves.toBe(2);
    expect(alone.err()).toContain('- (the file on stdin) goes alone');
  });

  it('asks nothing without a terminal: the references are sent as written, with HTTP1020', async () => {
    const r = await send('none.http', `GET ${base}/n/{{$input Name}}\n`, undefined);
    expect(r.code).toBe(0);
    expect(r.bodies).toEqual(['/n/%7B%7B$input%20Name%7D%7D ']);
    expect(r.results[0]?.notes.map((n) => n.code)).toContain('HTTP1020');
  });
});
