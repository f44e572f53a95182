import { codeFactory, defineCodes } from '../define.js';

const RFC9110 = 'https://www.rfc-editor.org/rfc/rfc9110';

const code = codeFactory('auth');

/**
 * Codes of the 'auth' area (HTTP3400-3499): credentials and challenges
 * (RFC 9110 §11, RFC 7617 Basic, RFC 7616 Digest, RFC 6750 Bearer).
 * Reported by src/fields/auth.ts.
 */
export const authCodes = defineCodes([
  code('HTTP3400', 'basicNotBase64', 'error',
    { en: 'Basic credentials must be base64 of "user:password".', 'zh-CN': 'Basic 凭据必须是 "用户名:密码" 的 base64 编码。' },
    { en: 'Basic credentials not in base64', 'zh-CN': 'Basic 凭据不是 base64' },
    `\`Authorization: Basic <credentials>\` carries \`base64(user-id ":" password)\`. A plain \`user:password\` or a token with characters outside the base64 alphabet is rejected by servers (401). Encode the pair; in \`.http\` files, REST Client's \`Basic user:password\` shorthand is expanded by the sender.\n\nSee [RFC 7617 §2](https://www.rfc-editor.org/rfc/rfc7617#section-2).`),
  code('HTTP3401', 'basicNoColon', 'error',
    { en: 'The decoded Basic credentials have no ":" between user and password.', 'zh-CN': '解码后的 Basic 凭据中，用户名和密码之间没有 ":"。' },
    { en: 'Basic credentials without a colon', 'zh-CN': 'Basic 凭据缺少冒号' },
    `Basic credentials decode to \`user-id ":" password\`. Without the colon the server cannot split them and rejects the request. Encode \`user:\` for an empty password.\n\nSee [RFC 7617 §2](https://www.rfc-editor.org/rfc/rfc7617#section-2).`),
  code('HTTP3402', 'authParamMissing', 'error',
    { en: '{scheme} is missing the required parameters: {param}.', 'zh-CN': '{scheme} 缺少必需的参数：{param}。' },
    { en: 'Required authentication parameter missing', 'zh-CN': '缺少必需的认证参数' },
    `A Digest challenge needs \`realm\` and \`nonce\`; a Digest response (Authorization) needs \`username\`, \`realm\`, \`nonce\`, \`uri\` and \`response\` (and \`cnonce\`/\`nc\` with \`qop\`). An AWS Signature Version 4 Authorization needs \`Credential\`, \`SignedHeaders\` and \`Signature\`. Without them the exchange fails.\n\nSee [RFC 7616 §3.3 and §3.4](https://www.rfc-editor.org/rfc/rfc7616#section-3.3) and [AWS Signature Version 4](https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_sigv-create-signed-request.html).`),
  code('HTTP3403', 'authSchemeUnknown', 'info',
    { en: 'Unregistered authentication scheme {scheme}.', 'zh-CN': '未注册的认证方案 {scheme}。' },
    { en: 'Unknown authentication scheme', 'zh-CN': '未知的认证方案' },
    `The scheme is not in the IANA HTTP Authentication Scheme Registry nor a widely used one (Basic, Bearer, Digest, Negotiate, NTLM, HOBA, Mutual, SCRAM, vapid, AWS4-HMAC-SHA256, DPoP, ...). It may be private; check the spelling. Schemes are case-insensitive.\n\nSee [RFC 9110 §11.1](${RFC9110}#section-11.1).`),
  code('HTTP3404', 'credentialsMissing', 'error',
    { en: 'The {scheme} scheme is given without credentials.', 'zh-CN': '给出了 {scheme} 方案，却没有凭据。' },
    { en: 'Scheme without credentials', 'zh-CN': '方案后缺少凭据' },
    `Basic and Bearer carry a token after the scheme: \`Authorization: Bearer <token>\`. A bare scheme is usually a template variable that resolved to nothing.\n\nSee [RFC 6750 §2.1](https://www.rfc-editor.org/rfc/rfc6750#section-2.1) and [RFC 7617 §2](https://www.rfc-editor.org/rfc/rfc7617#section-2).`),
  code('HTTP3405', 'basicRealmMissing', 'warning',
    { en: 'A Basic challenge without a realm.', 'zh-CN': 'Basic 质询缺少 realm。' },
    { en: 'Basic challenge without realm', 'zh-CN': 'Basic 质询缺少 realm' },
    `The \`realm\` parameter is required in a Basic challenge; it names the protection space and is shown to users. Add \`realm="..."\`.\n\nSee [RFC 7617 §2](https://www.rfc-editor.org/rfc/rfc7617#section-2).`),
  code('HTTP3406', 'basicCharsetNotUtf8', 'warning',
    { en: 'The only allowed charset value is "UTF-8", not {value}.', 'zh-CN': 'charset 只允许取值 "UTF-8"，而不是 {value}。' },
    { en: 'Basic charset other than UTF-8', 'zh-CN': 'Basic 的 charset 不是 UTF-8' },
    `The \`charset\` auth-param of a Basic challenge only tells the client to encode user name and password as UTF-8; no other value is allowed (case-insensitive).\n\nSee [RFC 7617 §2.1](https://www.rfc-editor.org/rfc/rfc7617#section-2.1).`),
  code('HTTP3407', 'authParamRepeated', 'error',
    { en: 'The parameter {name} appears more than once in this challenge or credentials.', 'zh-CN': '参数 {name} 在同一质询或凭据中出现了不止一次。' },
    { en: 'Repeated auth-param', 'zh-CN': '认证参数重复' },
    `Each parameter name MUST only occur once per challenge (and per credentials). Recipients reject or pick one arbitrarily.\n\nSee [RFC 9110 §11.2](${RFC9110}#section-11.2).`),
  code('HTTP3408', 'realmUnquoted', 'warning',
    { en: 'The realm value is not quoted.', 'zh-CN': 'realm 的值没有加引号。' },
    { en: 'Unquoted realm', 'zh-CN': 'realm 未加引号' },
    `For historical reasons a sender MUST only generate the quoted-string syntax for realm (\`realm="example"\`); some clients fail on the token form.\n\nSee [RFC 9110 §11.5](${RFC9110}#section-11.5).`, true),
  code('HTTP3409', 'bearerTokenInvalid', 'error',
    { en: 'A Bearer token may only contain letters, digits and -._~+/ followed by "=" padding.', 'zh-CN': 'Bearer 令牌只能包含字母、数字和 -._~+/，末尾可以有 "=" 填充。' },
    { en: 'Invalid Bearer token', 'zh-CN': 'Bearer 令牌无效' },
    `\`b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="\`. Spaces, quotes, commas or a second word after the token make the field invalid; a JWT (three base64url parts joined by ".") is fine.\n\nSee [RFC 6750 §2.1](https://www.rfc-editor.org/rfc/rfc6750#section-2.1).`),
]);
