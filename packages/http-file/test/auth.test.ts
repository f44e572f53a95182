import { describe, expect, it } from 'vitest';
import { authReference, mergeAuthConfigurations, parseHttpFile, readTokenResponse, resolveRequest, tokenRequest, tokenRequestFor } from '../src/index.js';

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

  it('builds a Client Credentials request: HTTP Basic by default (RFC 6749 §2.3.1), variables, scope and token parameters', () => {
    const merged = mergeAuthConfigurations([PUBLIC, PRIVATE], 'dev');
    const r = tokenRequest(merged.api ?? {}, (name) => (name === 'baseUrl' ? 'https://auth.example' : undefined));
    expect(r).toEqual({
      method: 'POST',
      url: 'https://auth.example/token',
      headers: [
        ['Content-Type', 'application/x-www-form-urlencoded'],
        ['Accept', 'application/json'],
        // cli:s3cr%3Aet, the secret form-encoded before Basic
        ['Authorization', `Basic ${Buffer.from('cli:s3cr%3Aet').toString('base64')}`],
      ],
      body: 'grant_type=client_credentials&scope=read+write&audience=api%3A%2F%2Fx&resource=r1&resource=r2',
      useIdToken: false,
    });
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
