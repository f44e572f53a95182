import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applySuppressions, computedAuthorizationScheme, fieldsToSend, findSuppressions, oauth2Shorthand, parseHttpFile, resolveRequest, splitUrl, toBase64, toHttpMessage } from '@httplens/http-file';

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

function build(text: string, index = 0) {
  const file = parseHttpFile(text);
  return toHttpMessage(resolveRequest(file, index, { host: { now: () => 0, random: () => 0 } }));
}

describe('toHttpMessage', () => {
  it('adds Host and Content-Length and notes both', () => {
    const m = build('POST https://example.com:8443/a?b=1#frag\nContent-Type: application/json\n\n{"a":1}');
    expect(decode(m.bytes)).toBe('POST /a?b=1 HTTP/1.1\r\nHost: example.com:8443\r\nContent-Type: application/json\r\nContent-Length: 7\r\n\r\n{"a":1}');
    expect(m.url).toBe('https://example.com:8443/a?b=1');
    expect(m.notes.map((n) => n.code)).toEqual(['HTTP1028', 'HTTP1029']);
    expect(m.notes.every((n) => n.severity === 'info')).toBe(true);
    expect(m.sendable).toBe(true);
    // The message is parsed again, so its spans are real.
    expect(m.method).toBe('POST');
    expect(m.target).toBe('/a?b=1');
    expect(m.fields.map((f) => [f.name, f.value])).toEqual([['Host', 'example.com:8443'], ['Content-Type', 'application/json'], ['Content-Length', '7']]);
    const host = m.fields[0];
    expect(host && decode(m.bytes).slice(host.span.offset, host.span.offset + host.span.length)).toBe('Host: example.com:8443');
    expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('sends a field value continued on indented lines on one line, each line break a space (JetBrains)', () => {
    const m = build('GET https://example.com/\r\nAccept: text/html,\r\n    application/json\nX-B: 1');
    expect(decode(m.bytes)).toBe('GET / HTTP/1.1\r\nHost: example.com\r\nAccept: text/html,      application/json\r\nX-B: 1\r\n\r\n');
    expect(m.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('ends a continued field value at an indented line that is a header, a comment, a body start or an httpYac script', () => {
    for (const line of ['  X-B: b', '  # c', '  // c', '  {"a": 1}', '  {{', '  < ./f', '  > {% %}', '  ?? status == 200']) {
      const file = parseHttpFile(`GET https://x/\nX-A: a\n${line}\n`, { dialect: 'jetbrains' });
      expect(file.requests[0]?.headers[0]?.value, line).toBe('a');
      expect(file.requests[0]?.headers[0]?.continuations, line).toBeUndefined();
    }
  });

  it('does not send a field whose value holds a line break once resolved (HTTP1056, at the field)', () => {
    const file = parseHttpFile('GET https://example.com/\nX-A: {{v}}\nX-B: 1\n');
    for (const [value, character] of [['a\r\nEvil: 1', 'CR'], ['a\nEvil: 1', 'LF'], ['a\u0000b', 'NUL']] as const) {
      const m = toHttpMessage(resolveRequest(file, 0, { environment: { v: value } }));
      expect(m.sendable).toBe(false);
      const note = m.notes.find((n) => n.code === 'HTTP1056');
      expect(note?.args).toEqual({ name: 'X-A', character });
      expect(note?.span).toEqual(file.requests[0]?.headers[0]?.span);
      // what would be written stays one field line per field
      expect(decode(m.bytes).split('\r\n').filter((l) => l.startsWith('Evil'))).toEqual([]);
    }
    expect(toHttpMessage(resolveRequest(file, 0, { environment: { v: 'a b' } })).sendable).toBe(true);
  });

  it('keeps a Host header and sends an origin-form target', () => {
    const m = build('GET /api/get?id=1 HTTP/1.1\nHost: example.com');
    expect(decode(m.bytes)).toBe('GET /api/get?id=1 HTTP/1.1\r\nHost: example.com\r\n\r\n');
    expect(m.url).toBe('http://example.com/api/get?id=1');
    expect(m.notes).toEqual([]);
  });

  it('fieldsToSend leaves out the Host and Content-Length it added, and keeps the request\'s own', () => {
    const fields = (text: string) => {
      const resolved = resolveRequest(parseHttpFile(text), 0);
      return fieldsToSend(resolved, toHttpMessage(resolved));
    };
    expect(fields('POST https://a.example/\nContent-Type: text/plain\n\nhi')).toEqual([['Content-Type', 'text/plain']]);
    expect(fields('POST https://127.0.0.1/\nHost: virtual.example\nContent-Length: 2\n\nhi')).toEqual([['Host', 'virtual.example'], ['Content-Length', '2']]);
  });

  it('refuses a relative URL without Host', () => {
    const m = build('GET /only/path');
    expect(m.sendable).toBe(false);
    expect(m.notes.map((n) => n.code)).toEqual(['HTTP1031']);
  });

  it('sends a relative URL with a Host on port 443 or 8443 over https (REST Client, httpYac)', () => {
    expect(build('GET /a\nHost: example.com:443').url).toBe('https://example.com:443/a');
    expect(build('GET /a\nHost: example.com:8443').url).toBe('https://example.com:8443/a');
    expect(build('GET /a\nHost: example.com:8080').url).toBe('http://example.com:8080/a');
  });

  it('completes a relative URL from the variable host (httpYac), and says so', () => {
    const text = '@host = https://api.example.com\nGET /users?page=2';
    for (const dialect of ['httpyac', 'auto'] as const) {
      const resolved = resolveRequest(parseHttpFile(text, { dialect }), 0);
      expect(resolved.url).toBe('https://api.example.com/users?page=2');
      expect(resolved.diagnostics.map((d) => [d.code, d.severity, d.message])).toEqual([['HTTP1048', 'info', 'The URL starts with "/" and the request has no Host field: it is sent to the variable host, "https://api.example.com", as httpYac does.']]);
      expect(toHttpMessage(resolved).sendable).toBe(true);
    }
    // REST Client and JetBrains do not; a Host field wins
    for (const dialect of ['rest-client', 'jetbrains'] as const) expect(toHttpMessage(resolveRequest(parseHttpFile(text, { dialect }), 0)).sendable).toBe(false);
    expect(toHttpMessage(resolveRequest(parseHttpFile(`${text}\nHost: other.example`, { dialect: 'httpyac' }), 0)).url).toBe('http://other.example/users?page=2');
  });

  it("reads REST Client's localhost shorthand", () => {
    expect(build('GET :3000/api/items?x=1').url).toBe('http://localhost:3000/api/items?x=1');
    expect(build('GET :/api').url).toBe('http://localhost:80/api');
    expect(build('GET :8443/a').url).toBe('https://localhost:8443/a');
    expect(build('GET :3000').url).toBe('http://localhost:3000/');
    expect(build('GET :abc/x').sendable).toBe(false);
  });

  it('takes a URL without scheme as http://', () => {
    expect(build('GET example.com/x').url).toBe('http://example.com/x');
    expect(build('GET localhost:3000').url).toBe('http://localhost:3000/');
  });

  it('encodes spaces and non-ASCII in the target', () => {
    expect(decode(build('GET https://x/a b/ü').bytes).split('\r\n')[0]).toBe('GET /a%20b/%C3%BC HTTP/1.1');
  });

  it("sends the target as written with the JetBrains HTTP Client's # @no-auto-encoding (only what cannot go on the wire encoded)", () => {
    const plain = build('GET https://x/a/{id}?f={"a":1}|b^c#frag');
    expect(decode(plain.bytes).split('\r\n')[0]).toBe('GET /a/%7Bid%7D?f=%7B%22a%22:1%7D%7Cb%5Ec HTTP/1.1');
    expect(plain.sendTarget).toBeUndefined();
    const raw = build('# @no-auto-encoding\nGET https://x/a/{id}?f={"a":1}|b^c#frag');
    expect(decode(raw.bytes).split('\r\n')[0]).toBe('GET /a/{id}?f={"a":1}|b^c HTTP/1.1');
    expect(raw.sendTarget).toBe('/a/{id}?f={"a":1}|b^c');
    expect(raw.url).toBe('https://x/a/{id}?f={"a":1}|b^c');
    // a space or a non-ASCII character cannot go on the request line as it is: encoded still
    expect(build('// @no-auto-encoding\nGET https://x/a b/ü?q=|').sendTarget).toBe('/a%20b/%C3%BC?q=|');
    // a request that cannot be sent has none
    expect(build('# @no-auto-encoding\nGET /relative').sendTarget).toBeUndefined();
  });

  it.each([
    ['Basic user:passwd', `Basic ${toBase64('user:passwd')}`],
    ['Basic user passwd', `Basic ${toBase64('user:passwd')}`],
    ['basic üser pässwd', `Basic ${toBase64('üser:pässwd')}`],
  ])('encodes REST Client "Authorization: %s"', (value, sent) => {
    const m = build(`GET https://x/\nAuthorization: ${value}`);
    expect(m.fields.find((f) => f.name === 'Authorization')?.value).toBe(sent);
    expect(m.notes.map((n) => n.code)).toContain('HTTP1026');
  });

  it('sends user:password@ of the URL as Basic credentials, as Node.js (under REST Client and httpYac) sends them', async () => {
    const { createServer, request } = await import('node:http');
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      for (const userinfo of ['us%40er:p%3Ass', 'user', 'user:', ':secret', 'j%C3%BCrgen:p%C3%A4ss%20word']) {
        const url = `http://${userinfo}@127.0.0.1:${port}/x?y=1`;
        // what Node.js sends for the same URL
        await new Promise<void>((resolve, reject) => request(url, (res) => res.resume().on('end', resolve)).on('error', reject).end());
        const m = build(`GET ${url}`);
        expect(m.fields.find((f) => f.name === 'Authorization')?.value, userinfo).toBe(seen[seen.length - 1]);
        expect(m.url).toBe(`http://127.0.0.1:${port}/x?y=1`);
        expect(m.notes.map((n) => n.code)).toContain('HTTP1051');
      }
    } finally {
      server.close();
    }
    // a `%` that starts no escape: Node.js refuses the URL; the credentials go as written
    expect(build('GET http://a%zz:b@example.com/').fields.find((f) => f.name === 'Authorization')?.value).toBe(`Basic ${toBase64('a%zz:b')}`);
  });

  it("keeps the request's own Authorization (and Digest shorthand) over the URL's credentials", () => {
    const own = build('GET https://u:p@example.com/\nAuthorization: Bearer t');
    expect(own.fields.filter((f) => f.name === 'Authorization').map((f) => f.value)).toEqual(['Bearer t']);
    expect(own.notes.map((n) => n.code)).not.toContain('HTTP1051');
    const digest = build('GET https://u:p@example.com/\nAuthorization: Digest alice secret');
    expect(digest.fields.some((f) => f.name === 'Authorization')).toBe(false);
    expect(digest.auth).toEqual({ scheme: 'digest', username: 'alice', password: 'secret' });
  });

  it('leaves an already encoded Basic value alone', () => {
    const m = build('GET https://x/\nAuthorization: Basic dXNlcjpwYXNzd2Q=');
    expect(m.fields.find((f) => f.name === 'Authorization')?.value).toBe('Basic dXNlcjpwYXNzd2Q=');
    expect(m.notes.map((n) => n.code)).not.toContain('HTTP1026');
  });

  it('turns Digest user password into credentials for the transport', () => {
    const m = build('GET https://x/\nAuthorization: Digest user passwd');
    expect(m.fields.some((f) => f.name === 'Authorization')).toBe(false);
    expect(m.auth).toEqual({ scheme: 'digest', username: 'user', password: 'passwd' });
    expect(m.notes.map((n) => n.code)).toContain('HTTP1027');
  });

  it.each([
    ['Digest alice:s3cret', 'alice', 's3cret'],
    ['digest alice:pass:word', 'alice', 'pass:word'],
    ['Digest alice:pa ss', 'alice', 'pa ss'],
    ['Digest alice pass:word', 'alice', 'pass:word'],
  ])('reads httpYac\'s "Authorization: %s" as Digest credentials (the user ends at the first colon or space)', (value, username, password) => {
    const m = build(`GET https://x/\nAuthorization: ${value}`);
    expect(m.fields.some((f) => f.name === 'Authorization')).toBe(false);
    expect(m.auth).toEqual({ scheme: 'digest', username, password });
  });

  it('sends real Digest credentials, and a Digest value with one word, as written', () => {
    const real = 'Digest username="alice", realm="x", uri="/a:b", response="6629fae49393a05397450978507c4ef1"';
    const m = build(`GET https://x/\nAuthorization: ${real}`);
    expect(m.fields.find((f) => f.name === 'Authorization')?.value).toBe(real);
    expect(m.auth).toBeUndefined();
    expect(build('GET https://x/\nAuthorization: Digest abc').fields.find((f) => f.name === 'Authorization')?.value).toBe('Digest abc');
  });

  it.each([
    ['oauth2', 'oauth2'],
    ['oauth2 client_credentials', 'oauth2'],
    ['openid client_credentials local', 'openid'],
    ['OpenID authorization_code', 'OpenID'],
    ['oauth2 password keycloak token_exchange other', 'oauth2'],
    ['AWS AKIAIOSFODNN7EXAMPLE wJalrXUtnFEMI/K7MDENG', 'AWS'],
    ['aws AKIA secret token:abc region:eu-central-1 service:execute-api', 'aws'],
    // `token:` with an empty value, then a region: a case a random run found (httpYac's pattern reads it so)
    ['AWS oauth2 oauth2 token: region: oauth2', 'AWS'],
  ])('does not send httpYac\'s "Authorization: %s", which httpYac computes (HTTP1057)', (value, scheme) => {
    const m = build(`GET https://x/\nAuthorization: ${value}`);
    expect(m.sendable).toBe(false);
    const n = m.notes.find((d) => d.code === 'HTTP1057');
    expect(n).toMatchObject({ severity: 'error', args: { scheme } });
    expect(n?.message).toBe(`"Authorization: ${scheme} ..." asks httpYac to compute the credentials; httplens does not, so the request is not sent.`);
  });

  it("reads httpYac's shorthands as httpYac's own patterns do (property)", () => {
    // httpYac 6's patterns for these two shorthands, as it applies them to the Authorization value
    /* eslint-disable regexp/no-super-linear-backtracking, regexp/no-unused-capturing-group, regexp/negation -- httpYac's own patterns, verbatim: the reference here */
    const oauth2 = /^\s*(?<type>openid|oauth2)(\s+(?<flow>client(_credentials)?|(authorization_)?code|device(_code)?|password|implicit|hybrid))?(\s+(?<variablePrefix>[^\s]*))?\s*((token_exchange)\s+(?<tokenExchangePrefix>[^\s]*))?\s*$/iu;
    const aws = /^\s*(aws)\s+(?<accessKeyId>[^\s]*)\s+(?<secretAccessKey>[^\s]*)\s*(token:\s*(?<token>[^\s]*))?\s*(region:\s*(?<region>[^\s]*))?\s*(service:\s*(?<service>[^\s]*))?\s*$/iu;
    /* eslint-enable regexp/no-super-linear-backtracking, regexp/no-unused-capturing-group, regexp/negation */
    const word = fc.constantFrom('oauth2', 'OpenID', 'AWS', 'client', 'client_credentials', 'authorization_code', 'device_code', 'password', 'implicit', 'token_exchange', 'keycloak', 'AKIA', 's3cr/et', 'token:', 'token:abc', 'region:eu-west-1', 'region:', 'service:s3', 'Bearer', 'x');
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 7 }), fc.constantFrom(' ', '  ', '\t'), (words, gap) => {
        const value = words.join(gap);
        const theirs = oauth2.exec(value)?.[1] ?? (aws.exec(value)?.groups?.accessKeyId && aws.exec(value)?.groups?.secretAccessKey ? aws.exec(value)?.[1] : undefined);
        expect(computedAuthorizationScheme(value), value).toBe(theirs);
        // the flow (httpYac's default: client_credentials), the variable prefix and the token exchange, as httpYac reads them
        const g = oauth2.exec(value)?.groups;
        const flows: Record<string, string> = { client: 'client_credentials', code: 'authorization_code', device: 'device_code' };
        const flow = (g?.flow ?? 'client_credentials').toLowerCase();
        const expected = g ? { flow: flows[flow] ?? flow, ...(g.variablePrefix ? { prefix: g.variablePrefix } : {}), ...(g.tokenExchangePrefix ? { tokenExchange: g.tokenExchangePrefix } : {}) } : undefined;
        expect(oauth2Shorthand(value), value).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });

  it("sends httpYac's oauth2 shorthand as Bearer with the token its caller got (HTTP1059), and never AWS", () => {
    const file = parseHttpFile('GET https://x/\nAuthorization: oauth2 client_credentials kc\n', { dialect: 'httpyac' });
    const asked: string[] = [];
    const m = toHttpMessage(resolveRequest(file, 0), { oauth2: (value) => (asked.push(value), 'tok-1') });
    expect(asked).toEqual(['oauth2 client_credentials kc']);
    expect(m.sendable).toBe(true);
    expect(m.fields.find((f) => f.name === 'Authorization')?.value).toBe('Bearer tok-1');
    const n = m.notes.find((d) => d.code === 'HTTP1059');
    expect(n?.message).toBe('"Authorization: oauth2 client_credentials kc" is sent as "Bearer" with the token of its OAuth 2.0 flow.');
    expect(m.notes.map((d) => d.code)).not.toContain('HTTP1057');
    // no token: not sent, as before; AWS is never given to the callback
    expect(toHttpMessage(resolveRequest(file, 0), { oauth2: () => undefined }).sendable).toBe(false);
    const aws = parseHttpFile('GET https://x/\nAuthorization: AWS AKIA secret\n', { dialect: 'httpyac' });
    expect(toHttpMessage(resolveRequest(aws, 0), { oauth2: () => 'tok' }).sendable).toBe(false);
  });

  it.each(['Bearer oauth2', 'OAuth realm="x", oauth_token="t"', 'AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc', 'AWS onlyonepart'])(
    'sends "Authorization: %s" as written',
    (value) => {
      const m = build(`GET https://x/\nAuthorization: ${value}`);
      expect(m.sendable).toBe(true);
      expect(m.fields.find((f) => f.name === 'Authorization')?.value).toBe(value);
    },
  );

  it('sends HTTP/2 as HTTP/1.1 with a note', () => {
    const m = build('GET https://x/ HTTP/2');
    expect(m.version).toBe('HTTP/1.1');
    expect(m.notes.map((n) => n.code)).toContain('HTTP1014');
  });

  it('refuses other protocols', () => {
    const m = build('GRPC grpcb.in:9000/hello.HelloService/SayHello');
    expect(m.sendable).toBe(false);
    expect(m.notes.map((n) => n.code)).toContain('HTTP1030');
  });

  it('wraps a REST Client GraphQL query as JSON and drops the marker header', () => {
    const m = build('POST https://x/graphql\nX-Request-Type: GraphQL\n\nquery Repo($name: String!) {\n  repository(name: $name) { id }\n}\n\n{"name": "x"}');
    const body = JSON.parse(decode(m.bytes).split('\r\n\r\n')[1] ?? '') as unknown;
    expect(body).toEqual({ query: 'query Repo($name: String!) {\n  repository(name: $name) { id }\n}', operationName: 'Repo', variables: { name: 'x' } });
    expect(m.fields.map((f) => f.name)).toEqual(['Host', 'Content-Type', 'Content-Length']);
    expect(m.notes.map((n) => n.code)).toContain('HTTP1041');
  });

  it('sends an httpYac query with the file\'s fragments it spreads, defined before or after it', () => {
    const text = 'fragment Who on User {\n  id\n}\n\nPOST https://x/graphql\nContent-Type: application/json\n\nquery Me {\n  me { ...Who ...Where }\n}\n\n###\nfragment Unused on User {\n  age\n}\n\nfragment Where on User {\n  city\n}\n\nPOST https://x/graphql\nContent-Type: application/json\n\nquery Plain { me { id } }';
    const file = parseHttpFile(text, { dialect: 'httpyac' });
    expect(file.requests.map((r) => r.url)).toEqual(['https://x/graphql', 'https://x/graphql']);
    const send = (index: number) => JSON.parse(decode(toHttpMessage(resolveRequest(file, index, { host: { now: () => 0, random: () => 0 } })).bytes).split('\r\n\r\n')[1] ?? '') as unknown;
    expect(send(0)).toEqual({ query: 'query Me {\n  me { ...Who ...Where }\n}\nfragment Who on User {\n  id\n}\nfragment Where on User {\n  city\n}', operationName: 'Me' });
    expect(send(1)).toEqual({ query: 'query Plain { me { id } }', operationName: 'Plain' });
  });

  it("sends httpYac's 'gql name < ./file' query: the file's text as the query, the name as the operation", () => {
    const query = 'query First { a }\n\n{\n  b\n}\n\nquery Second($id: ID!) { node(id: $id) { id } }\n';
    const text = 'POST https://x/graphql\nContent-Type: application/json\n\ngql Second < ./ops.graphql\n\n{"id": "{{id}}"}\n\n###\nPOST https://x/graphql\nContent-Type: application/json\n\ngql < ./missing.graphql\n';
    const files: Record<string, string> = { './ops.graphql': query };
    const host = { now: () => 0, random: () => 0, readFile: (p: string) => files[p], exists: (p: string) => p in files };
    const file = parseHttpFile(text, { dialect: 'httpyac', host });
    const graphql = file.requests[0]?.body?.graphql;
    expect(graphql).toMatchObject({ marker: 'operation', query: '', operationName: 'Second', queryFile: { path: './ops.graphql' } });
    expect(text.slice(graphql?.queryFile?.pathSpan.offset, (graphql?.queryFile?.pathSpan.offset ?? 0) + (graphql?.queryFile?.pathSpan.length ?? 0))).toBe('./ops.graphql');
    // the file that cannot be read is reported at its path
    const missing = file.diagnostics.find((d) => d.code === 'HTTP1008');
    expect(missing && text.slice(missing.span.offset, missing.span.offset + missing.span.length)).toBe('./missing.graphql');
    const m = toHttpMessage(resolveRequest(file, 0, { host, environment: { id: '42' } }));
    expect(JSON.parse(decode(m.bytes).split('\r\n\r\n')[1] ?? '')).toEqual({ query: query.trim(), operationName: 'Second', variables: { id: '42' } });
    // variables whose JSON holds a blank line before a `{` line too
    const nested = parseHttpFile('POST https://x/graphql\nContent-Type: application/json\n\ngql < ./ops.graphql\n\n{"list": [\n\n{"a": 1}]}\n', { dialect: 'httpyac', host });
    const n = toHttpMessage(resolveRequest(nested, 0, { host }));
    expect(JSON.parse(decode(n.bytes).split('\r\n\r\n')[1] ?? '')).toEqual({ query: query.trim(), operationName: 'First', variables: { list: [{ a: 1 }] } });
    // `auto` reads such a file as httpYac does
    expect(parseHttpFile(text, { host }).diagnostics.find((d) => d.code === 'HTTP1054')?.args).toEqual({ syntax: 'gql' });
  });

  it("adds the fragments httpYac reads from files ('gql Name < ./file' outside a request) to the queries that spread them", () => {
    const text = 'gql Parts < ./parts.graphql\ngql < ./unused.graphql\n\nPOST https://x/graphql\nContent-Type: application/json\n\nquery Repo { repo { ...Parts } }\n\n###\nPOST https://x/graphql\nContent-Type: application/json\n\nquery Plain { a }\n';
    const files: Record<string, string> = { './parts.graphql': 'fragment Parts on Repo {\n  name\n}\n' };
    const host = { now: () => 0, random: () => 0, readFile: (p: string) => files[p], exists: (p: string) => p in files };
    const file = parseHttpFile(text, { dialect: 'httpyac', host });
    expect(file.requests.map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(file.requests[0]?.body?.graphql?.fragmentFiles?.map((f) => [f.name, f.include.path])).toEqual([['Parts', './parts.graphql']]);
    expect(file.requests[1]?.body?.graphql?.fragmentFiles).toBeUndefined();
    const missing = file.diagnostics.filter((d) => d.code === 'HTTP1008').map((d) => text.slice(d.span.offset, d.span.offset + d.span.length));
    expect(missing).toEqual(['./unused.graphql']);
    const send = (index: number, h: typeof host) => JSON.parse(decode(toHttpMessage(resolveRequest(file, index, { host: h })).bytes).split('\r\n\r\n')[1] ?? '') as unknown;
    expect(send(0, host)).toEqual({ query: 'query Repo { repo { ...Parts } }\nfragment Parts on Repo {\n  name\n}', operationName: 'Repo' });
    expect(send(1, host)).toEqual({ query: 'query Plain { a }', operationName: 'Plain' });
    // a fragment file gone when the request is resolved is reported there
    const gone = resolveRequest(file, 0, { host: { ...host, readFile: () => undefined } });
    expect(gone.diagnostics.map((d) => d.code)).toEqual(['HTTP1008']);
  });

  it("adds to a query read from a file the file's fragments it spreads, inline or read from files, as httpYac does", () => {
    const text = 'fragment Inline on User {\n  id\n}\n\nfragment Unused on User {\n  age\n}\n\ngql Parts < ./parts.graphql\ngql Other < ./other.graphql\n\nPOST https://x/graphql\nContent-Type: application/json\n\ngql Me < ./me.graphql\n';
    const files: Record<string, string> = {
      './me.graphql': 'query Me { me { ...Inline ...Parts } }\n',
      './parts.graphql': 'fragment Parts on User {\n  name\n}\n',
      './other.graphql': 'fragment Other on User {\n  city\n}\n',
    };
    const host = { now: () => 0, random: () => 0, readFile: (p: string) => files[p], exists: (p: string) => p in files };
    const file = parseHttpFile(text, { dialect: 'httpyac', host });
    // not known when parsed: every fragment is kept for the message to choose from
    expect(file.requests[0]?.body?.graphql?.fragmentFiles?.map((f) => f.name)).toEqual(['Parts', 'Other']);
    const body = JSON.parse(decode(toHttpMessage(resolveRequest(file, 0, { host })).bytes).split('\r\n\r\n')[1] ?? '') as { query: string };
    expect(body.query).toBe('query Me { me { ...Inline ...Parts } }\nfragment Inline on User {\n  id\n}\nfragment Parts on User {\n  name\n}');
  });

  it.each([
    ['gql < ./q.gql', { path: './q.gql', operationName: undefined }],
    ['  gql\tGetUser   <  ./q dir/q.gql  ', { path: './q dir/q.gql', operationName: 'GetUser' }],
    ['gql GetUser ./q.gql', undefined],
    ['gql Get User < ./q.gql', undefined],
    ['gql Get(User) < ./q.gql', undefined],
    ['gqlx < ./q.gql', undefined],
    ['gql <./q.gql', undefined],
  ])('reads the body line %j as httpYac reads it', (line, expected) => {
    const graphql = parseHttpFile(`POST https://x/graphql\nContent-Type: application/json\n\n${line}\n`, { dialect: 'httpyac' }).requests[0]?.body?.graphql;
    if (expected === undefined) expect(graphql?.queryFile).toBeUndefined();
    else {
      expect(graphql?.queryFile?.path).toBe(expected.path);
      expect(graphql?.operationName).toBe(expected.operationName);
    }
  });

  it('sends the JetBrains GRAPHQL method as POST', () => {
    const m = build('GRAPHQL https://x/graphql\n\nquery { me { id } }');
    expect(m.method).toBe('POST');
  });

  it('sends multipart bodies with CRLF', () => {
    const m = build('POST https://x/\nContent-Type: multipart/form-data; boundary=b\n\n--b\nContent-Disposition: form-data; name="a"\n\nv\n--b--');
    expect(decode(m.bytes).split('\r\n\r\n').slice(1).join('\r\n\r\n')).toBe('--b\r\nContent-Disposition: form-data; name="a"\r\n\r\nv\r\n--b--\r\n');
    expect(m.notes.map((n) => n.code)).toContain('HTTP1040');
  });

  it('notes in zh-CN', () => {
    const file = parseHttpFile('GET https://x/');
    const m = toHttpMessage(resolveRequest(file, 0), { locale: 'zh-CN' });
    expect(m.notes[0]?.message).toBe('根据 URL 添加了 "Host: x"。');
  });

  it('splitUrl rejects other schemes and broken authorities', () => {
    expect(splitUrl('ftp://x/')).toEqual({ error: 'invalid' });
    expect(splitUrl('http:///path')).toEqual({ error: 'invalid' });
    expect(splitUrl('https://user:pw@x/p')).toEqual({ scheme: 'https', authority: 'x', target: '/p', userinfo: 'user:pw' });
  });
});

describe('suppressions on any diagnostics', () => {
  const text = 'GET https://x/\n# httplens-disable-next-line HTTP3101\nCache-Control: max-age=abc\nX: y\n';
  const at = (s: string) => ({ code: 'HTTP3101', severity: 'warning' as const, message: '', messageId: 'x', args: {}, span: { offset: text.indexOf(s), length: s.length } });

  it('filters diagnostics of other layers by next-line comments', () => {
    const kept = applySuppressions([at('Cache-Control'), at('X: y')], text);
    expect(kept.map((d) => text.slice(d.span.offset, d.span.offset + d.span.length))).toEqual(['X: y']);
  });

  it('file-wide comments', () => {
    const t = '// httplens-disable-file HTTP3101 HTTP0500\nGET https://x/';
    expect(findSuppressions(t)).toEqual([{ kind: 'file', codes: ['HTTP3101', 'HTTP0500'], span: { offset: 0, length: t.indexOf('\n') } }]);
    expect(applySuppressions([at('GET')], t)).toEqual([]);
  });

  it('the parsed file carries the same suppressions', () => {
    const file = parseHttpFile(text);
    expect(file.suppressions.map((s) => [s.kind, s.codes])).toEqual([['next-line', ['HTTP3101']]]);
    expect(applySuppressions([at('Cache-Control')], file)).toEqual([]);
  });
});

describe('form bodies percent-encoded as REST Client and httpYac send them', () => {
  const text = 'POST https://x/login\nContent-Type: application/x-www-form-urlencoded\n\nname=John Doe\n&city=São Paulo\n&done=100%25&raw=50%';

  it.each(['rest-client', 'httpyac', 'auto'] as const)('%s: encoded, and noted', (dialect) => {
    const resolved = resolveRequest(parseHttpFile(text, { dialect }), 0);
    expect(resolved.body).toBe('name=John%20Doe&city=S%C3%A3o%20Paulo&done=100%25&raw=50%25');
    expect(resolved.diagnostics.map((d) => [d.code, d.severity])).toEqual([['HTTP1049', 'info']]);
    expect(resolved.diagnostics[0]?.message).toContain('("ame=John Doe&cit → ame=John%20Doe&cit")');
  });

  it('httpyac: the spaces around = and & go first, as httpYac sends them', () => {
    const resolved = resolveRequest(parseHttpFile('POST https://x/\nContent-Type: application/x-www-form-urlencoded\n\na = 1 & b = two words\n& c=3', { dialect: 'httpyac' }), 0);
    expect(resolved.body).toBe('a=1&b=two%20words&c=3');
  });

  it('jetbrains: sent as written', () => {
    const resolved = resolveRequest(parseHttpFile(text, { dialect: 'jetbrains' }), 0);
    expect(resolved.body).toBe('name=John Doe\n&city=São Paulo\n&done=100%25&raw=50%');
    expect(resolved.diagnostics).toEqual([]);
  });

  it('an encoded body is left alone, without a note', () => {
    const resolved = resolveRequest(parseHttpFile('POST https://x/\nContent-Type: application/x-www-form-urlencoded\n\na=1%202&b=%E2%82%AC'), 0);
    expect(resolved.body).toBe('a=1%202&b=%E2%82%AC');
    expect(resolved.diagnostics).toEqual([]);
  });

  it('encodeForm is the encodeurl package on any text', async () => {
    const { createRequire } = await import('node:module');
    const encodeurl = createRequire(import.meta.url)('encodeurl') as (s: string) => string;
    const { encodeForm } = await import('../src/resolve.js');
    const fc = (await import('fast-check')).default;
    const pieces = fc.constantFrom('%', '%2', '%41', '%zz', ' ', '\n', '&', '=', '"', '<', '{', '`', '|', '~', 'é', '😀', '\uD800', '\uDC00', 'a', '[', '\\', '^');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.array(pieces, { maxLength: 20 }).map((a) => a.join(''))), (s) => {
        expect(encodeForm(s)).toBe(encodeurl(s));
      }),
      { numRuns: 3000 },
    );
  });
});
