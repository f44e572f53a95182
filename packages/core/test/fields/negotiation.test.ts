import { describe, expect, it } from 'vitest';
import Negotiator from 'negotiator';
import { preferredMediaTypes } from '@httplens/core';

const CASES: [string | undefined, string[] | undefined, string[]][] = [
  ['text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8', ['application/json', 'text/html', 'application/xml'], ['text/html', 'application/xml', 'application/json']],
  ['application/json;q=0.5, text/*;q=0.7, text/plain;q=0', ['text/plain', 'text/csv', 'application/json'], ['text/csv', 'application/json']],
  ['text/html;level=1, text/html;q=0.5, */*;q=0.1', ['text/html;level=1', 'text/html', 'image/png'], ['text/html;level=1', 'text/html', 'image/png']],
  [undefined, ['application/json', 'text/html'], ['application/json', 'text/html']],
  ['image/webp, image/*;q=0.8', undefined, ['image/webp', 'image/*']],
  ['application/json;q=0', ['application/json'], []],
];

describe('preferredMediaTypes', () => {
  it.each(CASES)('Accept %j over %j', (accept, available, expected) => {
    expect(preferredMediaTypes(accept, available)).toEqual(expected);
    // the same ranking as the negotiator package
    const peer = new Negotiator({ headers: accept === undefined ? {} : { accept } });
    expect(preferredMediaTypes(accept, available)).toEqual(peer.mediaTypes(available));
  });
});
