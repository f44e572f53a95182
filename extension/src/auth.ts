import { obtainToken, type SignIn, type TokenAnswer, type TokenRequest } from '@httplens/http-file';
import { text, type Client } from '@httplens/transport';

/**
 * Gets the token of the token request the server built (`httplens/authToken`: a JetBrains OAuth 2.0 configuration, or
 * httpYac's shorthand): for an authorization code grant, the browser sign-in first (`signIn`), then the request sent
 * with the workspace's client, without following redirects and without the workspace's cookies, and the answer read:
 * the token, or why there is none (an error answer, a sign-in or transport error with its code).
 */
export async function requestToken(
  client: Client,
  request: TokenRequest,
  signIn?: (signIn: SignIn) => Promise<{ code: string; codeVerifier?: string }>,
): Promise<{ answer: TokenAnswer | { problem: string }; status?: number }> {
  return obtainToken(request, {
    ...(signIn ? { signIn } : {}),
    send: async (r) => {
      const result = await client.send({ method: r.method, url: r.url, headers: r.headers, body: new TextEncoder().encode(r.body) }, { followRedirects: false, cookies: false });
      return { status: result.status, body: text(result) };
    },
  });
}
