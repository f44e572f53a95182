import { humanizeDuration, type Locale } from '@httplens/core';
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

/** The OAuth 2.0 configurations of the selected environment, as the server lists them (`httplens/authConfigurations`). */
export interface AuthConfigurations {
  environment: string | null;
  configurations: { id: string; grantType: string | null; kept: { expiresAt: number | null; refreshable: boolean } | null }[];
}

/** What the quick pick of "Get a New OAuth 2.0 Token" shows of a configuration: its grant type, and the token kept for it. */
export function tokenPickItems(
  list: AuthConfigurations,
  now: number,
  text: { kept: (left: string) => string; keptForever: string; none: string; refreshable: string },
  locale: Locale,
): { label: string; description: string; detail: string; id: string }[] {
  return list.configurations.map((c) => {
    const kept = c.kept;
    let detail = text.none;
    if (kept) {
      detail = kept.expiresAt === null ? text.keptForever : text.kept(humanizeDuration(Math.max(0, Math.round((kept.expiresAt - now) / 1000)), locale));
      if (kept.refreshable) detail += ` ${text.refreshable}`;
    }
    return { label: c.id, description: c.grantType ?? '', detail, id: c.id };
  });
}
