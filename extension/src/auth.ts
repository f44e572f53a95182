import { obtainToken, type TokenAnswer, type TokenIo, type TokenRequest } from '@httplens/http-file';
import { text, type Client } from '@httplens/transport';

/**
 * Gets the token of the token request the server built (`httplens/authToken`: a JetBrains OAuth 2.0 configuration, or
 * httpYac's shorthand): for a grant that needs the user, the browser sign-in or the device code first (`person`), then
 * the request sent with the workspace's client, without following redirects and without the workspace's cookies, and
 * the answer read: the token, or why there is none (an error answer, a sign-in or transport error with its code).
 */
export async function requestToken(
  client: Client,
  request: TokenRequest,
  person: Pick<TokenIo, 'signIn' | 'showDeviceCode' | 'sleep'> = {},
): Promise<{ answer: TokenAnswer | { problem: string }; status?: number }> {
  return obtainToken(request, {
    ...person,
    send: async (r) => {
      const result = await client.send({ method: r.method, url: r.url, headers: r.headers, body: new TextEncoder().encode(r.body) }, { followRedirects: false, cookies: false });
      return { status: result.status, body: text(result) };
    },
  });
}
