import { readTokenResponse, type TokenAnswer, type TokenRequest } from '@httplens/http-file';
import { text, type Client } from '@httplens/transport';

/**
 * Sends the token request the server built for a JetBrains OAuth 2.0 configuration (`httplens/authToken`) with the
 * workspace's client, without following redirects and without the workspace's cookies, and reads the answer: the
 * token, or why there is none (an error answer, or a transport error with its code).
 */
export async function requestToken(client: Client, request: TokenRequest): Promise<{ answer: TokenAnswer | { problem: string }; status?: number }> {
  try {
    const result = await client.send({ method: request.method, url: request.url, headers: request.headers, body: new TextEncoder().encode(request.body) }, { followRedirects: false, cookies: false });
    return { answer: readTokenResponse(result.status, text(result), request.useIdToken), status: result.status };
  } catch (e) {
    const err = e as Error & { code?: string };
    return { answer: { problem: `the token request to ${request.url} failed: ${err.code ?? 'HTTPLENS_ERROR'}: ${err.message}` } };
  }
}
