// The JSON schema of the JetBrains HTTP Client's environment files (http-client.env.json and
// http-client.private.env.json), in English and Simplified Chinese: what VS Code's JSON support uses to complete, explain
// and check the keys httplens reads (variables, SSLConfiguration, Security.Auth). scripts/build.mjs writes
// dist/http-client.env.schema.json and dist/http-client.env.schema.zh-cn.json from it; package.json points
// jsonValidation at the one of the display language (package.nls*.json). It checks names and kinds of values, not
// which keys a grant type needs: the private file holds some keys of a configuration, the public file the others.

/** A text in both languages. */
const t = (en, zh) => ({ en, zh });

const GRANT_TYPES = ['Authorization Code', 'Client Credentials', 'Device Authorization', 'Password', 'Implicit'];

/** The keys of one Security.Auth configuration: its schema and description. */
const AUTH_KEYS = {
  Type: [{ enum: ['OAuth2'] }, t('The kind of authentication: OAuth2.', '身份验证的类型：OAuth2。')],
  'Grant Type': [
    { enum: GRANT_TYPES },
    t(
      'How the token is got (RFC 6749): Authorization Code signs in through the browser, Device Authorization shows a code to enter in a browser (RFC 8628), Client Credentials and Password need no one. httplens does not run Implicit.',
      '取得令牌的方式（RFC 6749）：Authorization Code 在浏览器中登录，Device Authorization 显示一个代码供在浏览器中输入（RFC 8628），Client Credentials 和 Password 不需要人参与。httplens 不执行 Implicit。',
    ),
  ],
  'Token URL': [{ type: 'string' }, t('The token endpoint (http or https).', '令牌端点（http 或 https）。')],
  'Auth URL': [{ type: 'string' }, t('Authorization Code: the authorization endpoint the browser opens.', 'Authorization Code：浏览器打开的授权端点。')],
  'Redirect URL': [
    { type: 'string' },
    t(
      'Authorization Code: where the browser comes back with the code, registered with the authorization server. httplens listens on it, so it must be an http URL on localhost, 127.0.0.1 or [::1], such as http://127.0.0.1:8765/callback.',
      'Authorization Code：浏览器带着授权码回到的地址，需在授权服务器上登记。httplens 在这里监听，所以它必须是 localhost、127.0.0.1 或 [::1] 上的 http URL，例如 http://127.0.0.1:8765/callback。',
    ),
  ],
  'Device Auth URL': [{ type: 'string' }, t('Device Authorization: the device authorization endpoint (RFC 8628 §3.1).', 'Device Authorization：设备授权端点（RFC 8628 第 3.1 节）。')],
  'Client ID': [{ type: 'string' }, t('The client identifier.', '客户端标识。')],
  'Client Secret': [{ type: 'string' }, t('The client secret; keep it in http-client.private.env.json.', '客户端密钥；请放在 http-client.private.env.json 中。')],
  'Client Credentials': [
    { enum: ['in body', 'basic', 'none'] },
    t(
      'How the client authenticates: in body (the default: client_id and client_secret in the form), basic (HTTP Basic), none (client_id only).',
      '客户端的身份验证方式：in body（默认：client_id 和 client_secret 放在表单中）、basic（HTTP Basic）、none（只发送 client_id）。',
    ),
  ],
  Scope: [{ type: 'string' }, t('The scopes asked for, separated by spaces.', '所请求的权限范围，以空格分隔。')],
  Username: [{ type: 'string' }, t('Password grant: the resource owner’s user name.', 'Password 授权：资源所有者的用户名。')],
  Password: [{ type: 'string' }, t('Password grant: the resource owner’s password; keep it in http-client.private.env.json.', 'Password 授权：资源所有者的密码；请放在 http-client.private.env.json 中。')],
  PKCE: [
    {
      oneOf: [
        { type: 'boolean' },
        {
          type: 'object',
          properties: {
            'Code Challenge Method': { enum: ['S256', 'Plain'] },
            'Code Verifier': { type: 'string' },
          },
          additionalProperties: false,
        },
      ],
    },
    t(
      'Authorization Code: Proof Key for Code Exchange (RFC 7636). true for S256 with a fresh verifier, or the method and a verifier of your own.',
      'Authorization Code：代码交换证明密钥（PKCE，RFC 7636）。true 表示使用 S256 并生成新的验证码，或者给出方法和自己的验证码。',
    ),
  ],
  'Custom Request Parameters': [
    {
      type: 'object',
      additionalProperties: {
        oneOf: [
          { type: ['string', 'number'] },
          { type: 'array', items: { type: ['string', 'number'] } },
          {
            type: 'object',
            properties: {
              Value: { oneOf: [{ type: ['string', 'number'] }, { type: 'array', items: { type: ['string', 'number'] } }] },
              Use: { enum: ['Everywhere', 'In Token Request', 'In Auth Request'] },
            },
            required: ['Value'],
            additionalProperties: false,
          },
        ],
      },
    },
    t(
      'More parameters: a value (sent everywhere), or { "Value", "Use": "Everywhere" | "In Token Request" | "In Auth Request" }.',
      '更多参数：一个值（到处发送），或 { "Value", "Use": "Everywhere" | "In Token Request" | "In Auth Request" }。',
    ),
  ],
  'Use ID Token': [{ type: 'boolean' }, t('$auth.token gives the ID token rather than the access token.', '$auth.token 给出 ID 令牌而不是访问令牌。')],
  'Acquire Automatically': [{ type: 'boolean' }, t('Whether the token is got when a request needs it (the default). httplens always gets it then.', '是否在请求需要时自动取得令牌（默认）。httplens 总是在那时取得。')],
};

const SSL_FILE = {
  oneOf: [
    { type: 'string' },
    { type: 'object', properties: { path: { type: 'string' }, format: { enum: ['PEM', 'DER'] } }, required: ['path'], additionalProperties: false },
  ],
};

const SSL_KEYS = {
  clientCertificate: [SSL_FILE, t('The client certificate: a path relative to this file, or { "path", "format": "PEM" | "DER" }.', '客户端证书：相对于本文件的路径，或 { "path", "format": "PEM" | "DER" }。')],
  clientCertificateKey: [SSL_FILE, t('The client certificate’s private key: a path relative to this file, or { "path", "format": "PEM" | "DER" }.', '客户端证书的私钥：相对于本文件的路径，或 { "path", "format": "PEM" | "DER" }。')],
  hasCertificatePassphrase: [{ type: 'boolean' }, t('The key has a passphrase, asked for when a request is sent.', '私钥有口令，在发送请求时询问。')],
  verifyHostCertificate: [{ type: 'boolean' }, t('Whether the server certificate is verified (default true).', '是否验证服务器证书（默认 true）。')],
};

/** The schema in one language (`en` or `zh-CN`). */
export function envFileSchema(locale) {
  const pick = (text) => (locale === 'zh-CN' ? text.zh : text.en);
  const described = (keys) =>
    Object.fromEntries(
      Object.entries(keys).map(([name, [schema, text]]) => [name, { ...schema, description: pick(text) }]),
    );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: pick(t('JetBrains HTTP Client environments', 'JetBrains HTTP Client 环境')),
    description: pick(t('Environments by name; each holds variables ({{name}}), and may hold SSLConfiguration and Security.Auth.', '按名称列出的环境；每个环境保存变量（{{name}}），还可以有 SSLConfiguration 和 Security.Auth。')),
    type: 'object',
    additionalProperties: { $ref: '#/definitions/environment' },
    definitions: {
      environment: {
        type: 'object',
        description: pick(t('An environment: its variables, used as {{name}} in .http files.', '一个环境：其变量在 .http 文件中以 {{name}} 使用。')),
        properties: {
          SSLConfiguration: {
            type: 'object',
            description: pick(t('The client certificate of this environment and whether the server certificate is verified.', '此环境的客户端证书，以及是否验证服务器证书。')),
            properties: described(SSL_KEYS),
            additionalProperties: false,
          },
          Security: {
            type: 'object',
            description: pick(t('Authentication settings.', '身份验证设置。')),
            properties: {
              Auth: {
                type: 'object',
                description: pick(t('OAuth 2.0 configurations by id, used as {{$auth.token("id")}}.', '按 id 列出的 OAuth 2.0 配置，以 {{$auth.token("id")}} 使用。')),
                additionalProperties: { $ref: '#/definitions/auth' },
              },
            },
          },
        },
        additionalProperties: { description: pick(t('A variable, used as {{name}}.', '一个变量，以 {{name}} 使用。')) },
      },
      auth: {
        type: 'object',
        description: pick(t('An OAuth 2.0 configuration.', '一个 OAuth 2.0 配置。')),
        // nothing is required: a configuration's keys may be split between the public and the private file
        properties: described(AUTH_KEYS),
      },
    },
  };
}
