// The JSON schema VS Code checks http-client.env.json and http-client.private.env.json with (package.json
// jsonValidation): files as the JetBrains HTTP Client and httplens read them pass, wrong names and values of the keys
// httplens reads do not, and both languages describe the same schema.
import Ajv from 'ajv';
import { tokenRequest } from '@httplens/http-file';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a JavaScript module of the build, without types
import { envFileSchema } from '../schemas/env-schema.mjs';

type Schema = Record<string, unknown>;
const schema = (locale: string) => (envFileSchema as (l: string) => Schema)(locale);
const validate = new Ajv.default({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema('en'));
const errors = (file: unknown) => (validate(file) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`));

describe('the environment files schema', () => {
  it('accepts environment files as they are written: variables, SSLConfiguration, every grant type, split public and private keys', () => {
    const publicFile = {
      dev: {
        host: 'localhost:8080',
        port: 8080,
        debug: true,
        nested: { any: ['thing'] },
        SSLConfiguration: { clientCertificate: 'certs/client.pem', clientCertificateKey: { path: 'certs/client.key', format: 'DER' }, hasCertificatePassphrase: true, verifyHostCertificate: false },
        Security: {
          Auth: {
            web: { Type: 'OAuth2', 'Grant Type': 'Authorization Code', 'Auth URL': 'https://id/authorize', 'Token URL': 'https://id/token', 'Redirect URL': 'http://127.0.0.1:8765/cb', 'Client ID': 'web', PKCE: { 'Code Challenge Method': 'Plain', 'Code Verifier': '{{verifier}}' } },
            api: { Type: 'OAuth2', 'Grant Type': 'Client Credentials', 'Token URL': '{{host}}/token', 'Client ID': 'cli', Scope: 'read', 'Client Credentials': 'basic', 'Custom Request Parameters': { audience: 'api', resource: ['a', 'b'], prompt: { Value: 'login', Use: 'In Auth Request' } } },
            tv: { Type: 'OAuth2', 'Grant Type': 'Device Authorization', 'Device Auth URL': 'https://id/device', 'Token URL': 'https://id/token', 'Client ID': 'tv', 'Use ID Token': true },
            user: { 'Grant Type': 'Password', 'Token URL': 'https://id/token', 'Client ID': 'app', Username: 'ada', PKCE: true, 'Acquire Automatically': true },
          },
        },
      },
      prod: {},
    };
    expect(errors(publicFile)).toEqual([]);
    // the private file holds only some keys of a configuration
    expect(errors({ dev: { Security: { Auth: { api: { 'Client Secret': 's3cret' }, user: { Password: 'p w' } } }, token: 'secret' } })).toEqual([]);
  });

  it('reports wrong names and values of the keys httplens reads', () => {
    const auth = (config: Record<string, unknown>) => errors({ dev: { Security: { Auth: { x: config } } } });
    expect(auth({ 'Grant Type': 'Authorisation Code' })).toEqual(['/dev/Security/Auth/x/Grant Type must be equal to one of the allowed values']);
    expect(auth({ 'Client Credentials': 'header' })).toEqual(['/dev/Security/Auth/x/Client Credentials must be equal to one of the allowed values']);
    expect(auth({ PKCE: { 'Code Challenge Method': 'S512' } })).toContainEqual('/dev/Security/Auth/x/PKCE/Code Challenge Method must be equal to one of the allowed values');
    expect(auth({ 'Custom Request Parameters': { a: { Value: 'v', Use: 'Sometimes' } } })).toContainEqual('/dev/Security/Auth/x/Custom Request Parameters/a/Use must be equal to one of the allowed values');
    expect(auth({ 'Use ID Token': 'yes' })).toEqual(['/dev/Security/Auth/x/Use ID Token must be boolean']);
    expect(errors({ dev: { SSLConfiguration: { clientCertficate: 'c.pem' } } })).toEqual(['/dev/SSLConfiguration must NOT have additional properties']);
    expect(errors({ dev: { SSLConfiguration: { clientCertificateKey: { path: 'k', format: 'P12' } } } })).toContainEqual('/dev/SSLConfiguration/clientCertificateKey/format must be equal to one of the allowed values');
    expect(errors({ dev: 'not an environment' })).toEqual(['/dev must be object']);
  });

  it('offers the grant types httplens knows: every one but Implicit is run', () => {
    const grants = ((((schema('en').definitions as Schema).auth as Schema).properties as Schema)['Grant Type'] as { enum: string[] }).enum;
    expect(grants).toHaveLength(5);
    for (const grant of grants) {
      const r = tokenRequest({ 'Grant Type': grant, 'Token URL': 'https://id/token', 'Client ID': 'c', 'Auth URL': 'https://id/a', 'Redirect URL': 'http://127.0.0.1:1/cb', 'Device Auth URL': 'https://id/d', Username: 'u', Password: 'p' });
      expect('problem' in r, grant).toBe(grant === 'Implicit');
    }
  });

  it('says the same in Simplified Chinese: the same schema, every description translated', () => {
    const strip = (value: unknown): unknown =>
      Array.isArray(value) ? value.map(strip) : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'description' && k !== 'title').map(([k, v]) => [k, strip(v)])) : value;
    expect(strip(schema('zh-CN'))).toEqual(strip(schema('en')));
    const texts = (value: unknown, out: string[] = []): string[] => {
      if (Array.isArray(value)) value.forEach((v) => texts(v, out));
      else if (typeof value === 'object' && value !== null) {
        for (const [k, v] of Object.entries(value)) {
          if ((k === 'description' || k === 'title') && typeof v === 'string') out.push(v);
          else texts(v, out);
        }
      }
      return out;
    };
    const en = texts(schema('en'));
    const zh = texts(schema('zh-CN'));
    expect(zh).toHaveLength(en.length);
    expect(en.length).toBeGreaterThan(25);
    for (const text of zh) expect(text).toMatch(/[\u4e00-\u9fff]/);
  });
});
