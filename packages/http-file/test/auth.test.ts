import { describe, expect, it } from 'vitest';
import { authReference, everyAuthConfiguration, httpyacTokenRequest, obtainToken, isKept, keepToken, mergeAuthConfigurations, oauth2Shorthand, oauth2TokenRequest, parseHttpFile, readTokenResponse, refreshTokenRequest, resolveRequest, tokenRequest, tokenRequestFor, withAuthorizationCode } from '../src/index.js';

const PUBLIC = JSON.stringify({
  dev: {
    baseUrl: 'https://auth.example',
    Security: {
      Auth: {
        api: { Type: 'OAuth2', 'Grant Type': 'Client Credentials', 'Token URL': '{{baseUrl}}/token', 'Client ID': 'cli', Scope: 'read write', 'Custom Request Parameters': { audience: 'api://x', prompt: { Value: 'login', Use: 'In Auth Request' }, resource: ['r1', 'r2'] } },
        user: { Type: 'OAuth2', 'Grant Type': 'Password', 'Token URL': 'https://auth.example/token', 'Client ID': 'app', 'Client Credentials': 'in body', Username: 'ada' },
        browser: { Type: 'OAuth2', 'Grant Type': 'Authorization Code', 'Auth URL': 'https://auth.example/authorize', 'Token URL': 'https://auth.example/token', 'Client ID': 'web' },
      },
    },
  },
  prod: { Security: { Auth: { api: { 'Client ID': 'other' } } } },
});
const PRIVATE = { dev: { Security: { Auth: { api: { 'Client Secret': 's3cr:et' }, user: { Password: 'p@ss word', 'Client Secret': 'app-secret' } } } } };

describe('JetBrains Security.Auth configurations', () => {
  it('merges the private file over the public one, key by key, for one environment', () => {
    const merged = mergeAuthConfigurations([PUBLIC, PRIVATE], 'dev');
    expect(Object.keys(merged)).toEqual(['api', 'user', 'browser']);
    expect(merged.api).toMatchObject({ 'Client ID': 'cli', 'Client Secret': 's3cr:et' });
    expect(mergeAuthConfigurations([PUBLIC, PRIVATE], 'prod')).toEqual({ api: { 'Client ID': 'other' } });
    expect(mergeAuthConfigurations(['not json', PRIVATE], 'dev').user).toEqual({ Password: 'p@ss word', 'Client Secret': 'app-secret' });
  });

  it('builds a Client Credentials request: the client in the form by default (as httpYac reads these files), variables, scope and token parameters', () => {
    const merged = mergeAuthConfigurations([PUBLIC, PRIVATE], 'dev');
    const variable = (name: string) => (name === 'baseUrl' ? 'https://auth.example' : undefined);
    expect(tokenRequest(merged.api ?? {}, variable)).toEqual({
      method: 'POST',
      url: 'https://auth.example/token',
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Accept', 'application/json'],
      ],
      body: 'grant_type=client_credentials&scope=read+write&client_id=cli&client_secret=s3cr%3Aet&audience=api%3A%2F%2Fx&resource=r1&resource=r2',
      useIdToken: false,
    });
    // "basic": HTTP Basic, the id and secret form-encoded first (RFC 6749 §2.3.1); "none": the id alone
    const basic = tokenRequest({ ...merged.api, 'Client Credentials': 'basic' }, variable);
    expect(basic).toMatchObject({ body: 'grant_type=client_credentials&scope=read+write&audience=api%3A%2F%2Fx&resource=r1&resource=r2' });
    expect((basic as { headers: [string, string][] }).headers).toContainEqual(['Authorization', `Basic ${Buffer.from('cli:s3cr%3Aet').toString('base64')}`]);
    expect(tokenRequest({ ...merged.api, 'Client Credentials': 'None' }, variable)).toMatchObject({ body: 'grant_type=client_credentials&scope=read+write&client_id=cli&audience=api%3A%2F%2Fx&resource=r1&resource=r2' });
  });

  it('builds a Password request with the client credentials in the body', () => {
    const r = tokenRequest(mergeAuthConfigurations([PUBLIC, PRIVATE], 'dev').user ?? {});
    expect(r).toMatchObject({ url: 'https://auth.example/token', body: 'grant_type=password&username=ada&password=p%40ss+word&client_id=app&client_secret=app-secret' });
    expect((r as { headers: [string, string][] }).headers.map(([n]) => n)).toEqual(['Content-Type', 'Accept']);
  });

  it('says why there is no request: a grant not run, missing keys, another type, a bad URL', () => {
    const merged = mergeAuthConfigurations([PUBLIC], 'dev');
    expect(tokenRequest(merged.browser ?? {})).toEqual({ problem: '"Redirect URL" is missing' });
    expect(tokenRequest({ 'Grant Type': 'Implicit', 'Token URL': 'https://a/t', 'Client ID': 'x' })).toEqual({ problem: expect.stringContaining('the grant type "Implicit" is not one httplens runs') });
    expect(tokenRequest({ 'Grant Type': 'Device Authorization', 'Token URL': 'https://a/t', 'Client ID': 'x' })).toEqual({ problem: '"Device Auth URL" is missing' });
    expect(tokenRequest({ 'Grant Type': 'Authorization Code', 'Token URL': 'https://a/t', 'Client ID': 'x' })).toEqual({ problem: '"Auth URL", "Redirect URL" are missing' });
    expect(tokenRequest({ 'Grant Type': 'Authorization Code', 'Token URL': 'https://a/t', 'Auth URL': '/authorize', 'Redirect URL': 'http://127.0.0.1:1/cb', 'Client ID': 'x' })).toEqual({ problem: '"Auth URL" is not an http or https URL: /authorize' });
    expect(tokenRequest({ 'Grant Type': 'Authorization Code', 'Token URL': 'https://a/t', 'Auth URL': 'https://a/a', 'Redirect URL': 'http://127.0.0.1:1/cb', 'Client ID': 'x', PKCE: { 'Code Challenge Method': 'S512' } })).toEqual({ problem: '"Code Challenge Method" is "S512": S256 or Plain' });
    expect(tokenRequest(merged.user ?? {})).toEqual({ problem: '"Password" is missing' });
    expect(tokenRequest({ 'Grant Type': 'Client Credentials' })).toEqual({ problem: '"Token URL", "Client ID" are missing' });
    expect(tokenRequest({ Type: 'Basic', 'Grant Type': 'Password' })).toEqual({ problem: '"Type" is "Basic"; only OAuth2 is known' });
    expect(tokenRequest({ 'Grant Type': 'Client Credentials', 'Token URL': '{{baseUrl}}/token', 'Client ID': 'x' })).toEqual({ problem: '"Token URL" is not an http or https URL: {{baseUrl}}/token' });
    expect(tokenRequest({ 'Grant Type': 'Client Credentials', 'Token URL': 'https://a/t', 'Client ID': 'x', 'Client Credentials': 'header' })).toEqual({ problem: '"Client Credentials" is "header": basic, in body or none' });
  });

  it('finds the configuration of an id in the selected environment, or says why there is none', () => {
    const merged = mergeAuthConfigurations([PUBLIC, PRIVATE], 'dev');
    expect(tokenRequestFor(merged, 'user', 'dev')).toMatchObject({ url: 'https://auth.example/token' });
    expect(tokenRequestFor(merged, 'user', undefined)).toEqual({ problem: 'no environment is selected: the Security.Auth configurations are those of an environment' });
    expect(tokenRequestFor(merged, 'toString', 'dev')).toEqual({ problem: `environment 'dev' has no Security.Auth configuration "toString"` });
  });

  it('takes names that are also Object.prototype members as plain names', () => {
    const text = '{"constructor": {"Security": {"Auth": {"__proto__": {"Client ID": "a"}, "toString": {"Client ID": "b"}}}}}';
    const merged = mergeAuthConfigurations([text], 'constructor');
    expect(Object.keys(merged)).toEqual(['__proto__', 'toString']);
    expect(merged.toString).toEqual({ 'Client ID': 'b' });
    expect(mergeAuthConfigurations([text], 'toString')).toEqual({});
    expect(tokenRequest({ 'Grant Type': 'constructor', 'Token URL': 'https://a/t', 'Client ID': 'x' })).toEqual({ problem: expect.stringContaining('the grant type "constructor" is not one httplens runs') });
    expect(oauth2Shorthand('oauth2 constructor')).toEqual({ flow: 'client_credentials', prefix: 'constructor' });
    expect(oauth2Shorthand('oauth2 __proto__ toString')).toBeUndefined();
  });

  it('reads the answer of the token endpoint (RFC 6749 §5.1, §5.2)', () => {
    expect(readTokenResponse(200, '{"access_token":"at","token_type":"Bearer","expires_in":3600,"id_token":"it"}')).toEqual({ accessToken: 'at', tokenType: 'Bearer', expiresIn: 3600, idToken: 'it' });
    expect(readTokenResponse(400, '{"error":"invalid_client","error_description":"bad secret"}')).toEqual({ problem: 'the token endpoint answered 400: invalid_client (bad secret)' });
    expect(readTokenResponse(500, '<html>')).toEqual({ problem: 'the token endpoint answered 500' });
    expect(readTokenResponse(200, 'access_token=at')).toEqual({ problem: 'the token endpoint did not answer with a JSON object' });
    expect(readTokenResponse(200, '{"token":"x"}')).toEqual({ problem: 'the token endpoint answered without an access_token' });
    // Use ID Token: the ID token is the one $auth.token gives
    expect(readTokenResponse(200, '{"access_token":"at","id_token":"it"}', true)).toEqual({ accessToken: 'it', idToken: 'it' });
    expect(readTokenResponse(200, '{"access_token":"at"}', true)).toEqual({ problem: 'the token endpoint answered without an id_token ("Use ID Token" is true)' });
  });

  it('resolves $auth.token and $auth.idToken from the tokens given, once per id and kind', () => {
    const text = 'GET https://api.example/me\nAuthorization: Bearer {{$auth.token("api")}}\nX-Id: {{$auth.idToken("api")}}\nX-Again: {{$auth.token("api")}}\nX-Other: {{$auth.token("nope")}}\n';
    const file = parseHttpFile(text, { dialect: 'jetbrains' });
    const asked: string[] = [];
    const r = resolveRequest(file, 0, { auth: (id, kind) => (asked.push(`${kind} ${id}`), id === 'api' ? `${kind}-value` : undefined) });
    expect(r.headers.map((h) => h.value)).toEqual(['Bearer token-value', 'idToken-value', 'token-value', '{{$auth.token("nope")}}']);
    expect(asked).toEqual(['token api', 'idToken api', 'token nope']);
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([['HTTP1034', '$auth.token "nope" is not available here.']]);
    const record = resolveRequest(file, 0, { auth: { api: { accessToken: 'a' } } });
    expect(record.headers.map((h) => h.value)).toEqual(['Bearer a', '{{$auth.idToken("api")}}', 'a', '{{$auth.token("nope")}}']);
    expect(authReference(`$auth.token('x')`)).toEqual({ id: 'x', kind: 'token' });
    expect(authReference('$auth.token(x)')).toBeUndefined();
  });

  it('lists the configurations of every environment of several files, merged key by key, the environments without any left out', () => {
    const all = everyAuthConfiguration([PUBLIC, PRIVATE, '{not json', JSON.stringify({ __proto__: 1 }), JSON.parse('{"__proto__": {"Security": {"Auth": {"p": {"Client ID": "proto"}}}}}') as Record<string, unknown>]);
    expect(Object.keys(all)).toEqual(['dev', 'prod', '__proto__']);
    expect(Object.keys(all.dev ?? {})).toEqual(['api', 'user', 'browser']);
    expect(all.dev?.api).toMatchObject({ 'Client ID': 'cli', 'Client Secret': 's3cr:et' });
    expect(all.prod?.api).toEqual({ 'Client ID': 'other' });
    expect(all['__proto__']?.p).toEqual({ 'Client ID': 'proto' });
    expect(everyAuthConfiguration([JSON.stringify({ dev: { host: 'x' } })])).toEqual({});
  });

  it('reports an id that no environment defines when the ids are given (HTTP1060), and checks nothing without them', () => {
    const text = [
      '@me = {{$auth.token("gone")}}',
      'GET https://api.example/me',
      'Authorization: Bearer {{$auth.token("api")}}',
      'X-Id: {{$auth.idToken("nope")}}',
      'X-Case: {{$auth.token("API")}}',
      'X-Bad: {{$auth.token(api)}}',
      '',
    ].join('\n');
    const ids = Object.keys(mergeAuthConfigurations([PUBLIC, PRIVATE], 'dev'));
    const file = parseHttpFile(text, { dialect: 'jetbrains', knownAuthConfigurations: ids });
    const at = (code: string) => file.diagnostics.filter((d) => d.code === code).map((d) => [text.slice(d.span.offset, d.span.offset + d.span.length), d.message]);
    // ids are compared as written: "API" is not "api"; a malformed argument is HTTP1011's, not checked again
    expect(at('HTTP1060')).toEqual([
      ['{{$auth.token("gone")}}', 'No environment defines the OAuth 2.0 configuration "gone" (Security.Auth).'],
      ['{{$auth.idToken("nope")}}', 'No environment defines the OAuth 2.0 configuration "nope" (Security.Auth).'],
      ['{{$auth.token("API")}}', 'No environment defines the OAuth 2.0 configuration "API" (Security.Auth).'],
    ]);
    expect(at('HTTP1011').map(([span]) => span)).toEqual(['{{$auth.token(api)}}']);
    expect(file.diagnostics.find((d) => d.code === 'HTTP1060')?.severity).toBe('warning');
    // without the ids (a workspace whose environment files are not known), and with the empty list of a workspace that defines none
    expect(parseHttpFile(text, { dialect: 'jetbrains' }).diagnostics.filter((d) => d.code === 'HTTP1060')).toEqual([]);
    expect(parseHttpFile(text, { dialect: 'jetbrains', knownAuthConfigurations: [] }).diagnostics.filter((d) => d.code === 'HTTP1060')).toHaveLength(4);
    const zh = parseHttpFile('GET https://x/{{$auth.token("gone")}}', { dialect: 'jetbrains', knownAuthConfigurations: ['api'], locale: 'zh-CN' });
    expect(zh.diagnostics.filter((d) => d.code === 'HTTP1060').map((d) => d.message)).toEqual(['没有环境定义 OAuth 2.0 配置 "gone"（Security.Auth）。']);
  });
});

describe("httpYac's oauth2 shorthand", () => {
  const vars = (record: Record<string, string>) => (name: string) => record[name];
  it('builds the client_credentials request as httpYac does: oauth2_ variables, Basic from the raw id and secret, encodeURIComponent', () => {
    const r = httpyacTokenRequest(oauth2Shorthand('oauth2 client_credentials') ?? { flow: '' }, vars({ oauth2_tokenEndpoint: 'https://auth.example/token', oauth2_clientId: 'cli', oauth2_clientSecret: 's3:cret', oauth2_scope: 'read write', oauth2_audience: 'api://x' }));
    expect(r).toEqual({
      method: 'POST',
      url: 'https://auth.example/token',
      headers: [['Content-Type', 'application/x-www-form-urlencoded'], ['Authorization', `Basic ${Buffer.from('cli:s3:cret').toString('base64')}`]],
      body: 'grant_type=client_credentials&scope=read%20write&audience=api%3A%2F%2Fx',
      useIdToken: false,
    });
  });

  it('reads a prefix first, then oauth2_; the password flow; the client in the body without useAuthorizationHeader', () => {
    const r = httpyacTokenRequest(oauth2Shorthand('openid password keycloak') ?? { flow: '' }, vars({ keycloak_tokenEndpoint: 'http://127.0.0.1/t', oauth2_tokenEndpoint: 'https://other/', oauth2_clientId: 'app', keycloak_username: 'ada', keycloak_password: 'p w', keycloak_useAuthorizationHeader: 'false', oauth2_clientSecret: 'sec' }));
    expect(r).toMatchObject({ url: 'http://127.0.0.1/t', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'grant_type=password&username=ada&password=p%20w&client_id=app&client_secret=sec' });
    // httpYac reads its boolean variables alike: true or false, else a number (0 is false), else the default
    const basic = (value: string) => httpyacTokenRequest(oauth2Shorthand('oauth2') ?? { flow: '' }, vars({ oauth2_tokenEndpoint: 'https://t', oauth2_clientId: 'c', oauth2_clientSecret: 's', oauth2_useAuthorizationHeader: value }));
    expect(basic('0')).toMatchObject({ body: 'grant_type=client_credentials&client_id=c&client_secret=s' });
    expect(basic('FALSE')).toMatchObject({ body: 'grant_type=client_credentials&client_id=c&client_secret=s' });
    expect(basic('1')).toMatchObject({ body: 'grant_type=client_credentials' });
    expect(basic('yes')).toMatchObject({ body: 'grant_type=client_credentials' });
  });

  it('says why there is no request: a device or implicit flow, token exchange, missing variables', () => {
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 hybrid') ?? { flow: '' }, vars({}))).toEqual({ problem: expect.stringContaining('httplens does not run the hybrid flow') });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 device_code') ?? { flow: '' }, vars({}))).toEqual({ problem: 'missing configuration: oauth2_deviceCodeEndpoint, oauth2_tokenEndpoint, oauth2_clientId' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 implicit') ?? { flow: '' }, vars({}))).toEqual({ problem: expect.stringContaining('httplens does not run the implicit flow') });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 authorization_code') ?? { flow: '' }, vars({}))).toEqual({ problem: 'missing configuration: oauth2_authorizationEndpoint, oauth2_tokenEndpoint, oauth2_clientId' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 code') ?? { flow: '' }, vars({ oauth2_authorizationEndpoint: 'id.example/auth', oauth2_tokenEndpoint: 'https://t', oauth2_clientId: 'c' }))).toEqual({ problem: 'oauth2_authorizationEndpoint is not an http or https URL: id.example/auth' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 password kc token_exchange other') ?? { flow: '' }, vars({}))).toEqual({ problem: 'httpYac exchanges the token (token_exchange), which httplens does not' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 kc') ?? { flow: '' }, vars({ oauth2_clientId: 'x' }))).toEqual({ problem: 'missing configuration: kc_tokenEndpoint, kc_clientSecret' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2') ?? { flow: '' }, vars({ oauth2_tokenEndpoint: 'ftp://x', oauth2_clientId: 'a', oauth2_clientSecret: 'b' }))).toEqual({ problem: 'oauth2_tokenEndpoint is not an http or https URL: ftp://x' });
  });
});

describe('the authorization code grant', () => {
  const vars = (record: Record<string, string>) => (name: string) => record[name];
  const config = {
    Type: 'OAuth2',
    'Grant Type': 'Authorization Code',
    'Auth URL': 'https://id.example/authorize?tenant=t1',
    'Token URL': 'https://id.example/token',
    'Redirect URL': 'http://127.0.0.1:8765/callback',
    'Client ID': '{{clientId}}',
    'Client Secret': 's e',
    Scope: 'openid profile',
    'Custom Request Parameters': { audience: { Value: 'api', Use: 'In Auth Request' }, resource: { Value: 'r', Use: 'In Token Request' }, prompt: 'login' },
  };

  it('builds the sign-in (RFC 6749 §4.1.1) and a token request without the code, which withAuthorizationCode adds (§4.1.3)', () => {
    const r = tokenRequest(config, (name) => (name === 'clientId' ? 'web app' : undefined));
    if ('problem' in r) throw new Error(r.problem);
    expect(r.signIn).toEqual({
      url: 'https://id.example/authorize?tenant=t1&response_type=code&client_id=web+app&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback&scope=openid+profile&audience=api&prompt=login',
      redirectUri: 'http://127.0.0.1:8765/callback',
    });
    // the scope went with the authorization request; the custom parameter used in the token request and everywhere
    expect(r.body).toBe('grant_type=authorization_code&client_id=web+app&client_secret=s+e&resource=r&prompt=login');
    const done = withAuthorizationCode(r, { code: 'c/1', codeVerifier: 'v-1' });
    expect(done.signIn).toBeUndefined();
    expect(done.body).toBe('grant_type=authorization_code&client_id=web+app&client_secret=s+e&resource=r&prompt=login&code=c%2F1&redirect_uri=http%3A%2F%2F127.0.0.1%3A8765%2Fcallback&code_verifier=v-1');
    expect(withAuthorizationCode(done, { code: 'again' })).toBe(done);
  });

  it('reads PKCE (RFC 7636): true for S256, or the method and the verifier, with {{variables}}', () => {
    const pkce = (value: unknown) => {
      const r = tokenRequest({ ...config, PKCE: value }, (name) => (name === 'v' ? 'from-env' : undefined));
      return 'problem' in r ? r : r.signIn?.pkce;
    };
    expect(pkce(true)).toEqual({ method: 'S256' });
    expect(pkce(false)).toBeUndefined();
    expect(pkce({})).toEqual({ method: 'S256' });
    expect(pkce({ 'Code Challenge Method': 'Plain', 'Code Verifier': '{{v}}' })).toEqual({ method: 'plain', verifier: 'from-env' });
    expect(pkce({ 'Code Challenge Method': 'S256' })).toEqual({ method: 'S256' });
  });

  it("builds httpYac's authorization_code flow as httpYac does: scope openid by default, its redirect URL, usePkce, serverPort", () => {
    const r = httpyacTokenRequest(oauth2Shorthand('oauth2 authorization_code kc') ?? { flow: '' }, vars({ kc_authorizationEndpoint: 'https://id.example/auth', kc_tokenEndpoint: 'https://id.example/token', kc_clientId: 'app', kc_clientSecret: 'sec', kc_usePkce: 'true', kc_serverPort: '3001' }));
    if ('problem' in r) throw new Error(r.problem);
    expect(r.signIn).toEqual({
      url: 'https://id.example/auth?client_id=app&scope=openid&response_type=code&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback',
      redirectUri: 'http://localhost:3000/callback',
      pkce: { method: 'S256' },
      listenPort: 3001,
    });
    expect(r.headers).toEqual([['Content-Type', 'application/x-www-form-urlencoded'], ['Authorization', `Basic ${Buffer.from('app:sec').toString('base64')}`]]);
    expect(withAuthorizationCode(r, { code: 'xyz', codeVerifier: 'ver' }).body).toBe('grant_type=authorization_code&code=xyz&redirect_uri=http%3A%2F%2Flocalhost%3A3000%2Fcallback&code_verifier=ver');
    const plain = httpyacTokenRequest(oauth2Shorthand('oauth2 code') ?? { flow: '' }, vars({ oauth2_authorizationEndpoint: 'https://id.example/auth?x=1', oauth2_tokenEndpoint: 'https://id.example/token', oauth2_clientId: 'app', oauth2_scope: 'read', oauth2_redirectUri: 'http://127.0.0.1:9/cb', oauth2_usePkce: '0' }));
    if ('problem' in plain) throw new Error(plain.problem);
    expect(plain.signIn).toEqual({ url: 'https://id.example/auth?x=1&client_id=app&scope=read&response_type=code&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcb', redirectUri: 'http://127.0.0.1:9/cb' });
    // no secret: the client id in the body
    expect(plain.body).toBe('grant_type=authorization_code&scope=read&client_id=app');
  });
});

describe('the device authorization grant (RFC 8628)', () => {
  const config = { 'Grant Type': 'Device Authorization', 'Device Auth URL': 'https://id.example/device', 'Token URL': 'https://id.example/token', 'Client ID': 'tv', 'Client Secret': 's', Scope: 'read', 'Custom Request Parameters': { audience: { Value: 'api', Use: 'In Auth Request' } } };
  const DEVICE = 'urn%3Aietf%3Aparams%3Aoauth%3Agrant-type%3Adevice_code';

  /** A token endpoint that answers `polls` in turn, and a clock that only the waits move. */
  function scripted(deviceAnswer: { status: number; body: unknown }, polls: { status: number; body: unknown }[]) {
    const sent: { url: string; body: string }[] = [];
    const waits: number[] = [];
    const shown: unknown[] = [];
    const io = {
      send: (r: { url: string; body: string }) => {
        sent.push({ url: r.url, body: r.body });
        const answer = r.url.endsWith('/device') ? deviceAnswer : (polls.shift() ?? { status: 400, body: { error: 'authorization_pending' } });
        return Promise.resolve({ status: answer.status, body: JSON.stringify(answer.body) });
      },
      sleep: (ms: number) => {
        waits.push(ms);
        return Promise.resolve();
      },
      showDeviceCode: (c: unknown) => void shown.push(c),
    };
    return { io, sent, waits, shown };
  }

  it('asks for a device code, shows it, and polls until the user is done: pending, slow_down (5 s more), then the token', async () => {
    const r = tokenRequest(config);
    if ('problem' in r) throw new Error(r.problem);
    expect(r.device).toEqual({ method: 'POST', url: 'https://id.example/device', headers: r.headers, body: 'client_id=tv&client_secret=s&scope=read&audience=api' });
    expect(r.body).toBe(`grant_type=${DEVICE}&client_id=tv&client_secret=s`);
    const s = scripted({ status: 200, body: { device_code: 'dc', user_code: 'WDJB-MJHT', verification_uri: 'https://id.example/activate', verification_uri_complete: 'https://id.example/activate?c=WDJB-MJHT', expires_in: 900, interval: 2 } }, [
      { status: 400, body: { error: 'authorization_pending' } },
      { status: 400, body: { error: 'slow_down' } },
      { status: 200, body: { access_token: 'at', expires_in: 60 } },
    ]);
    expect(await obtainToken(r, s.io)).toEqual({ status: 200, answer: { accessToken: 'at', expiresIn: 60 } });
    expect(s.shown).toEqual([{ userCode: 'WDJB-MJHT', verificationUri: 'https://id.example/activate', verificationUriComplete: 'https://id.example/activate?c=WDJB-MJHT', expiresIn: 900 }]);
    expect(s.waits).toEqual([2000, 2000, 7000]);
    expect(s.sent.slice(1).map((x) => x.body)).toEqual(Array(3).fill(`grant_type=${DEVICE}&client_id=tv&client_secret=s&device_code=dc`));
  });

  it("ends on a refusal, an expired code, a bad device answer, a stop, or when the code's lifetime is over", async () => {
    const r = tokenRequest(config);
    if ('problem' in r) throw new Error(r.problem);
    const ok = { status: 200, body: { device_code: 'dc', user_code: 'U', verification_uri: 'https://v', expires_in: 12, interval: 5 } };
    expect((await obtainToken(r, scripted(ok, [{ status: 400, body: { error: 'access_denied' } }]).io)).answer).toEqual({ problem: 'the token endpoint answered 400: access_denied' });
    expect((await obtainToken(r, scripted(ok, [{ status: 400, body: { error: 'expired_token', error_description: 'too late' } }]).io)).answer).toEqual({ problem: 'the token endpoint answered 400: expired_token (too late)' });
    const never = scripted(ok, []);
    expect((await obtainToken(r, never.io)).answer).toEqual({ problem: 'the code U was not entered within its 12 s' });
    expect(never.waits).toEqual([5000, 5000, 5000]);
    expect((await obtainToken(r, scripted({ status: 401, body: { error: 'invalid_client' } }, []).io)).answer).toEqual({ problem: 'the device authorization endpoint answered 401: invalid_client' });
    expect((await obtainToken(r, scripted({ status: 200, body: { user_code: 'U' } }, []).io)).answer).toEqual({ problem: 'the device authorization endpoint answered without device_code, user_code and verification_uri' });
    const stopped = scripted(ok, []);
    stopped.io.sleep = () => Promise.reject(Object.assign(new Error('The user cancelled'), { code: 'HTTPLENS_ABORTED' }));
    expect((await obtainToken(r, stopped.io)).answer).toEqual({ problem: 'the device authorization was stopped: HTTPLENS_ABORTED: The user cancelled' });
    // without someone to show the code to, nothing is sent
    const alone = scripted(ok, []);
    expect((await obtainToken(r, { send: alone.io.send }, 'needs a terminal')).answer).toEqual({ problem: 'the device authorization grant needs someone to enter a code in a browser, which needs a terminal' });
    expect(alone.sent).toEqual([]);
  });

  it("builds httpYac's device_code flow as httpYac does: scope openid, the secret only with useDeviceCodeClientSecret, the client id alone in the polls", async () => {
    const vars = (record: Record<string, string>) => (name: string) => record[name];
    const base = { oauth2_deviceCodeEndpoint: 'https://id.example/device', oauth2_tokenEndpoint: 'https://id.example/token', oauth2_clientId: 'cli', oauth2_clientSecret: 'sec' };
    const r = httpyacTokenRequest(oauth2Shorthand('oauth2 device') ?? { flow: '' }, vars(base));
    if ('problem' in r) throw new Error(r.problem);
    expect(r).toEqual({
      method: 'POST',
      url: 'https://id.example/token',
      headers: [['Content-Type', 'application/x-www-form-urlencoded']],
      body: `client_id=cli&grant_type=${DEVICE}`,
      useIdToken: false,
      device: { method: 'POST', url: 'https://id.example/device', headers: [['Content-Type', 'application/x-www-form-urlencoded']], body: 'client_id=cli&scope=openid' },
    });
    const withSecret = httpyacTokenRequest(oauth2Shorthand('oauth2 device_code') ?? { flow: '' }, vars({ ...base, oauth2_useDeviceCodeClientSecret: 'true', oauth2_scope: 'a b' }));
    expect(withSecret).toMatchObject({ device: { body: 'client_id=cli&client_secret=sec&scope=a%20b' } });
  });
});

describe('tokens kept for later requests', () => {
  it('keeps the refresh token, the previous one when a refresh answer has none (RFC 6749 §6), and builds the refresh request', () => {
    const answer = readTokenResponse(200, '{"access_token":"a1","expires_in":60,"refresh_token":"r1"}');
    if ('problem' in answer) throw new Error(answer.problem);
    expect(answer.refreshToken).toBe('r1');
    const first = keepToken(answer, 0);
    expect(first).toEqual({ accessToken: 'a1', expiresAt: 55_000, refreshToken: 'r1' });
    expect(keepToken({ accessToken: 'a2' }, 0, first)).toEqual({ accessToken: 'a2', refreshToken: 'r1' });
    expect(keepToken({ accessToken: 'a3', refreshToken: 'r2' }, 0, first).refreshToken).toBe('r2');
    const inBody = tokenRequest({ 'Grant Type': 'Password', 'Token URL': 'https://a/t', 'Client ID': 'my app', 'Client Secret': 's&s', Username: 'u', Password: 'p', Scope: 'x' });
    if ('problem' in inBody) throw new Error(inBody.problem);
    // the client's fields as they were encoded; nothing else of the first request (no password, no scope)
    expect(refreshTokenRequest(inBody, first)).toEqual({ method: 'POST', url: 'https://a/t', headers: inBody.headers, body: 'grant_type=refresh_token&refresh_token=r1&client_id=my+app&client_secret=s%26s', useIdToken: false });
    const basic = tokenRequest({ 'Grant Type': 'Client Credentials', 'Token URL': 'https://a/t', 'Client ID': 'c', 'Client Secret': 's', 'Client Credentials': 'basic' });
    if ('problem' in basic) throw new Error(basic.problem);
    expect(refreshTokenRequest(basic, { accessToken: 'x', refreshToken: 'r 2' })).toMatchObject({ headers: basic.headers, body: 'grant_type=refresh_token&refresh_token=r+2' });
    expect(refreshTokenRequest(basic, { accessToken: 'x' })).toBeUndefined();
    expect(refreshTokenRequest(basic, undefined)).toBeUndefined();
  });

  it('keeps a token until 5 s before its expires_in ends, and one without expires_in until forgotten', () => {
    const kept = keepToken({ accessToken: 'at', idToken: 'it', expiresIn: 60 }, 1_000);
    expect(kept).toEqual({ accessToken: 'at', idToken: 'it', expiresAt: 56_000 });
    expect(isKept(kept, 55_999)).toBe(true);
    expect(isKept(kept, 56_000)).toBe(false);
    expect(isKept(keepToken({ accessToken: 'at', expiresIn: 2 }, 1_000), 1_000)).toBe(false);
    expect(isKept(keepToken({ accessToken: 'at' }, 0), Number.MAX_SAFE_INTEGER)).toBe(true);
    expect(isKept(undefined, 0)).toBe(false);
  });

  it("finds the shorthand the CLI and the editor run in a request's fields: the first Authorization field that is one", () => {
    const vars = (name: string) => ({ oauth2_tokenEndpoint: 'https://a/t', oauth2_clientId: 'c', oauth2_clientSecret: 's' })[name];
    expect(oauth2TokenRequest([{ name: 'Accept', value: 'oauth2' }, { name: 'authorization', value: ' oauth2 client_credentials ' }], vars)).toMatchObject({ value: 'oauth2 client_credentials', request: { url: 'https://a/t' } });
    // a flow that is not run, first: none, as the request is not sent
    expect(oauth2TokenRequest([{ name: 'Authorization', value: 'oauth2 implicit' }, { name: 'Authorization', value: 'oauth2' }], vars)).toBeUndefined();
    expect(oauth2TokenRequest([{ name: 'Authorization', value: 'Bearer x' }], vars)).toBeUndefined();
  });
});
