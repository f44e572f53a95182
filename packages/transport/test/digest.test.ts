import { createHash, randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuthorization, createClient, digestAuthorization, parseChallenges, pickDigestChallenge } from '@httplens/transport';
import { origin, type Origin } from './origins.js';

/** The test's own reading of a Digest credentials value (no commas inside the values it sends). */
function params(value: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of value.replace(/^Digest /u, '').split(',')) {
    const eq = part.indexOf('=');
    const v = part.slice(eq + 1).trim();
    out[part.slice(0, eq).trim()] = v.startsWith('"') ? v.slice(1, -1) : v;
  }
  return out;
}

const H = (algorithm: string, s: string): string => createHash(algorithm === 'SHA-256' ? 'sha256' : 'md5').update(s).digest('hex');

describe('parseChallenges', () => {
  const table: [string, { scheme: string; params: Record<string, string>; token68?: string }[]][] = [
    ['Basic realm="x"', [{ scheme: 'Basic', params: { realm: 'x' } }]],
    ['Basic realm="a, b", charset="UTF-8"', [{ scheme: 'Basic', params: { realm: 'a, b', charset: 'UTF-8' } }]],
    [
      'Digest realm="r", qop="auth, auth-int", algorithm=SHA-256, nonce="n1", opaque="o", Digest realm="r", algorithm=MD5, nonce="n2", Basic realm="b"',
      [
        { scheme: 'Digest', params: { realm: 'r', qop: 'auth, auth-int', algorithm: 'SHA-256', nonce: 'n1', opaque: 'o' } },
        { scheme: 'Digest', params: { realm: 'r', algorithm: 'MD5', nonce: 'n2' } },
        { scheme: 'Basic', params: { realm: 'b' } },
      ],
    ],
    ['Negotiate abc123==', [{ scheme: 'Negotiate', params: {}, token68: 'abc123==' }]],
    ['Bearer, Basic realm="x"', [{ scheme: 'Bearer', params: {} }, { scheme: 'Basic', params: { realm: 'x' } }]],
    ['Digest realm = "sp aced" , nonce="q\\"uote"', [{ scheme: 'Digest', params: { realm: 'sp aced', nonce: 'q"uote' } }]],
    ['', []],
  ];
  it.each(table)('%j', (input, expected) => {
    expect(parseChallenges(input)).toEqual(expected);
  });
  it('never throws', () => {
    fc.assert(fc.property(fc.string(), (s) => Array.isArray(parseChallenges(s))));
  });
  it('prefers the strongest algorithm it supports (RFC 7616 §3.7)', () => {
    const c = parseChallenges('Digest realm="r", nonce="1", algorithm=MD5, Digest realm="r", nonce="2", algorithm=SHA-256, Digest realm="r", nonce="3", algorithm=UNKNOWN');
    expect(pickDigestChallenge(c)?.params.nonce).toBe('2');
    expect(pickDigestChallenge(parseChallenges('Digest realm="r", nonce="1", qop="auth-conf"'))).toBeUndefined();
  });
});

describe('digestAuthorization: the examples of RFC 7616 §3.9.1', () => {
  const challenge = (algorithm: string) =>
    parseChallenges(`Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"`)[0]!;
  const input = { username: 'Mufasa', password: 'Circle of Life', method: 'GET', uri: '/dir/index.html', cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ', nc: 1 };
  it('MD5', () => {
    const v = digestAuthorization(challenge('MD5'), input);
    expect(params(v).response).toBe('8ca523f5e9506fed4657c9700eebdbec');
    expect(v).toContain('nc=00000001');
    expect(v).toContain('qop=auth,');
    expect(v).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
  });
  it('SHA-256', () => {
    expect(params(digestAuthorization(challenge('SHA-256'), input)).response).toBe('753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1');
  });
  it('auth-int hashes the body, -sess hashes the nonces into HA1, userhash hides the name', () => {
    const c = parseChallenges('Digest realm="r", qop="auth-int", algorithm=SHA-256-sess, nonce="n", userhash=true')[0]!;
    const v = params(digestAuthorization(c, { username: 'u', password: 'p', method: 'PUT', uri: '/x', body: 'data', cnonce: 'c', nc: 3 }));
    const h = (s: string): string => createHash('sha256').update(s).digest('hex');
    const ha1 = h(`${h('u:r:p')}:n:c`);
    expect(v.response).toBe(h(`${ha1}:n:00000003:c:auth-int:${h(`PUT:/x:${h('data')}`)}`));
    expect(v.username).toBe(h('u:r'));
    expect(v.userhash).toBe('true');
    expect(v.qop).toBe('auth-int');
  });
  it('without qop (RFC 2069 compatibility) the response has no nc or cnonce', () => {
    const c = parseChallenges('Digest realm="r", nonce="n"')[0]!;
    const v = params(digestAuthorization(c, { username: 'u', password: 'p', method: 'GET', uri: '/', nc: 1 }));
    const h = (s: string): string => createHash('md5').update(s).digest('hex');
    expect(v.response).toBe(h(`${h('u:r:p')}:n:${h('GET:/')}`));
    expect(v.nc).toBeUndefined();
  });
  it('Basic uses UTF-8 (RFC 7617 §2.1)', () => {
    expect(basicAuthorization('Aladdin', 'open sesame')).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
    expect(basicAuthorization('test', '123£')).toBe('Basic dGVzdDoxMjPCow==');
  });
});

describe('authentication against a server', { timeout: 20_000 }, () => {
  let server: Origin;
  const realm = 'test@httplens';
  const users: Record<string, string> = { alice: 'wonder land' };
  const nonces = new Map<string, { algorithm: string; lastNc: number; uses: number }>();
  const answers: Record<string, string>[] = [];

  function challenge(algorithms: string[], stale = false): string[] {
    return algorithms.map((algorithm) => {
      const nonce = randomBytes(12).toString('base64');
      nonces.set(nonce, { algorithm, lastNc: 0, uses: 0 });
      return `Digest realm="${realm}", qop="auth", algorithm=${algorithm}, nonce="${nonce}", opaque="op4que"${stale ? ', stale=true' : ''}`;
    });
  }

  beforeAll(async () => {
    server = await origin((req, res, seen) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const authorization = String(seen.headers.authorization ?? '');
      if (path === '/basic') {
        if (authorization === basicAuthorization('alice', users.alice!)) res.end('basic ok');
        else res.writeHead(401, { 'WWW-Authenticate': 'Basic realm="b"' }).end();
        return;
      }
      const offered = path === '/md5' ? ['MD5'] : ['MD5', 'SHA-256'];
      if (!authorization.startsWith('Digest ')) {
        res.writeHead(401, { 'WWW-Authenticate': challenge(offered) }).end('who are you?');
        return;
      }
      const p = params(authorization);
      answers.push(p);
      const n = nonces.get(p.nonce ?? '');
      const password = users[p.username ?? ''];
      if (!n || password === undefined || p.opaque !== 'op4que' || p.realm !== realm || p.uri !== seen.url) {
        res.writeHead(401, { 'WWW-Authenticate': challenge(offered) }).end('bad');
        return;
      }
      const nc = parseInt(p.nc ?? '', 16);
      // A nonce is good for two uses on /stale, then it is stale.
      if (path === '/stale' && n.uses >= 2) {
        res.writeHead(401, { 'WWW-Authenticate': challenge(offered, true) }).end('stale');
        return;
      }
      const expected = H(n.algorithm, `${H(n.algorithm, `${p.username}:${realm}:${password}`)}:${p.nonce}:${p.nc}:${p.cnonce}:auth:${H(n.algorithm, `${seen.method}:${seen.url}`)}`);
      if (p.qop !== 'auth' || !(nc > n.lastNc) || !p.cnonce || p.response !== expected || p.algorithm !== n.algorithm) {
        res.writeHead(401, { 'WWW-Authenticate': challenge(offered) }).end('wrong');
        return;
      }
      n.lastNc = nc;
      n.uses++;
      res.end(`hello ${p.username} ${p.algorithm} nc=${p.nc}`);
    });
  });
  afterAll(() => server.close());

  it('answers a Digest challenge once with the strongest algorithm, then counts the nonce on later requests', async () => {
    const client = createClient({ proxy: false, auth: { username: 'alice', password: 'wonder land' } });
    const r = await client.send({ method: 'GET', url: `${server.url}/area?x=1` });
    expect(r.status).toBe(200);
    expect(Buffer.from(r.body).toString()).toBe('hello alice SHA-256 nc=00000001');
    expect(r.history.map((h) => h.status)).toEqual([401]);
    expect(r.auth).toEqual({ scheme: 'digest', accepted: true });
    const again = await client.send({ method: 'POST', url: `${server.url}/area`, body: 'x' });
    expect(Buffer.from(again.body).toString()).toBe('hello alice SHA-256 nc=00000002');
    expect(again.history).toEqual([]);
    expect(answers.at(-1)?.cnonce).not.toBe(answers.at(-2)?.cnonce);
    client.close();
  });

  it('answers MD5', async () => {
    const client = createClient({ proxy: false, auth: { username: 'alice', password: 'wonder land', scheme: 'digest' } });
    const r = await client.send({ method: 'GET', url: `${server.url}/md5` });
    expect(Buffer.from(r.body).toString()).toBe('hello alice MD5 nc=00000001');
    client.close();
  });

  it('answers a stale nonce once with the new one', async () => {
    const client = createClient({ proxy: false, auth: { username: 'alice', password: 'wonder land' } });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await client.send({ method: 'GET', url: `${server.url}/stale` });
      statuses.push(r.status, r.history.length);
    }
    // 1st: 401 then nc=1; 2nd: preemptive nc=2; 3rd: stale 401 answered with the new nonce.
    expect(statuses).toEqual([200, 1, 200, 0, 200, 1]);
    client.close();
  });

  it('returns the second 401 when the password is wrong (the challenge is answered once)', async () => {
    const before = answers.length;
    const client = createClient({ proxy: false, auth: { username: 'alice', password: 'nope' } });
    const r = await client.send({ method: 'GET', url: `${server.url}/area` });
    expect(r.status).toBe(401);
    expect(r.auth).toEqual({ scheme: 'digest', accepted: false });
    expect(r.history).toHaveLength(1);
    expect(answers.length - before).toBe(1);
    client.close();
  });

  it('answers Basic after a challenge, or at once with scheme basic, and never sends credentials unasked elsewhere', async () => {
    const client = createClient({ proxy: false, auth: { username: 'alice', password: 'wonder land' } });
    const r = await client.send({ method: 'GET', url: `${server.url}/basic` });
    expect(Buffer.from(r.body).toString()).toBe('basic ok');
    expect(r.history.map((h) => h.status)).toEqual([401]);
    expect(r.auth).toEqual({ scheme: 'basic', accepted: true });
    const pre = createClient({ proxy: false, auth: { username: 'alice', password: 'wonder land', scheme: 'basic' } });
    const p = await pre.send({ method: 'GET', url: `${server.url}/basic` });
    expect(p.history).toEqual([]);
    expect(p.status).toBe(200);
    // A user's own Authorization field is left alone (no answer to the 401).
    const own = await client.send({ method: 'GET', url: `${server.url}/basic`, headers: [['Authorization', 'Basic Zm9vOmJhcg==']] });
    expect(own.status).toBe(401);
    expect(own.history).toEqual([]);
    client.close();
    pre.close();
  });
});
