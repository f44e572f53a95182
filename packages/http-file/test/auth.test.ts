import { describe, expect, it } from 'vitest';
import { authReference, httpyacTokenRequest, isKept, keepToken, mergeAuthConfigurations, oauth2Shorthand, oauth2TokenRequest, parseHttpFile, readTokenResponse, resolveRequest, tokenRequest, tokenRequestFor } from '../src/index.js';

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

  it('says why there is no request: a browser grant, missing keys, another type, a bad URL', () => {
    const merged = mergeAuthConfigurations([PUBLIC], 'dev');
    expect(tokenRequest(merged.browser ?? {})).toEqual({ problem: expect.stringContaining('"Authorization Code" signs in through a browser') });
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
    expect(tokenRequest({ 'Grant Type': 'constructor', 'Token URL': 'https://a/t', 'Client ID': 'x' })).toEqual({ problem: expect.stringContaining('the grant type "constructor" signs in through a browser') });
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
  });

  it('says why there is no request: a browser or device flow, token exchange, missing variables', () => {
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 authorization_code') ?? { flow: '' }, vars({}))).toEqual({ problem: expect.stringContaining('the authorization_code flow signs in through a browser or a device') });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 password kc token_exchange other') ?? { flow: '' }, vars({}))).toEqual({ problem: 'httpYac exchanges the token (token_exchange), which httplens does not' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2 kc') ?? { flow: '' }, vars({ oauth2_clientId: 'x' }))).toEqual({ problem: 'missing configuration: kc_tokenEndpoint, kc_clientSecret' });
    expect(httpyacTokenRequest(oauth2Shorthand('oauth2') ?? { flow: '' }, vars({ oauth2_tokenEndpoint: 'ftp://x', oauth2_clientId: 'a', oauth2_clientSecret: 'b' }))).toEqual({ problem: 'oauth2_tokenEndpoint is not an http or https URL: ftp://x' });
  });
});

describe('tokens kept for later requests', () => {
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
