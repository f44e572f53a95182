import { describe, expect, it } from 'vitest';
import { bodyExtension, formatSize, INFO_BODY_PREFIX, isLarge, keepsBodyForChaining, omittedBodyReferences, refersToBody, responseInfoPlan } from '../src/large.js';
import { renderLarge } from '../src/render.js';

const MB = 1024 * 1024;
const enc = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('large responses', () => {
  it('a response is large when its body, decoded or as received, is over the limit in megabytes', () => {
    expect(isLarge({ body: 5 * MB, wireBody: 5 * MB }, 5)).toBe(false);
    expect(isLarge({ body: 5 * MB + 1, wireBody: 100 }, 5)).toBe(true);
    // a gzipped body is small on the wire and large decoded, the other way round for chunk framing of a small body
    expect(isLarge({ body: 40 * MB, wireBody: 2 * MB }, 5)).toBe(true);
    expect(isLarge({ body: 600 * 1024, wireBody: 600 * 1024 }, 0.5)).toBe(true);
  });

  it('responseInfo gets the whole response, or the head and the first 64 KiB of a large body, flagged', () => {
    const length = 100 + 40 * MB;
    expect(responseInfoPlan({ length: 1000, start: 0, headEnd: 100 }, false)).toEqual({ end: 1000 });
    expect(responseInfoPlan({ length, start: 0, headEnd: 100 }, true)).toEqual({ end: 100 + INFO_BODY_PREFIX, partialBody: { length: 40 * MB } });
    // after interim responses the final head ends later; the text sent starts at `start` (the caller's slice)
    expect(responseInfoPlan({ length: length + 25, start: 25, headEnd: 125 }, true)).toEqual({ end: 125 + INFO_BODY_PREFIX, partialBody: { length: 40 * MB } });
    // a large body that fits the prefix (large when decoded, small on the wire) goes whole, unflagged
    expect(responseInfoPlan({ length: 5000, start: 0, headEnd: 100 }, true)).toEqual({ end: 5000 });
    // the transport cut the body at its own limit: whatever is sent is flagged
    expect(responseInfoPlan({ length: 5000, start: 0, headEnd: 100 }, false, true)).toEqual({ end: 5000, partialBody: { length: 4900 } });
    expect(responseInfoPlan({ length: 100, start: 0, headEnd: 100 }, false, true)).toEqual({ end: 100 });
  });

  it('a large body is passed on for chaining only when an open .http file refers to it', () => {
    const file = '# @name list\nGET https://a.example/items\n\n###\nGET https://a.example/items/{{ list.response.body.$[0].id }}\n';
    expect(refersToBody(file, 'list')).toBe(true);
    expect(refersToBody(file, 'lis')).toBe(false);
    expect(refersToBody('GET /{{list.response.headers.ETag}}', 'list')).toBe(false);
    expect(refersToBody('{{a.b.response.body}}', 'a.b')).toBe(true);
    expect(refersToBody('{{axb.response.body}}', 'a.b')).toBe(false);
    expect(keepsBodyForChaining(false, 'list', [])).toBe(true);
    expect(keepsBodyForChaining(true, 'list', ['GET /', file])).toBe(true);
    expect(keepsBodyForChaining(true, 'list', ['GET /{{list.response.headers.ETag}}'])).toBe(false);
  });

  it('finds the references to a body that was left out', () => {
    const omitted = new Map([['list', 40 * MB]]);
    const values = [{ expression: 'list.response.headers.ETag' }, { expression: 'list.response.body.$[0].id' }, { expression: 'other.response.body' }, { expression: 'host' }];
    expect(omittedBodyReferences(values, omitted)).toEqual([{ expression: 'list.response.body.$[0].id', name: 'list', size: 40 * MB }]);
    expect(omittedBodyReferences(values, new Map())).toEqual([]);
  });

  it('sizes and file extensions', () => {
    expect([formatSize(512), formatSize(12_600), formatSize(42_619_625), formatSize(3 * 1024 * MB)]).toEqual(['512 B', '12.3 KB', '40.6 MB', '3.00 GB']);
    expect([bodyExtension('application/json'), bodyExtension('application/problem+json'), bodyExtension('text/plain'), bodyExtension(''), bodyExtension('application/octet-stream'), bodyExtension('image/png')]).toEqual(['.json', '.json', '.txt', '.txt', '', '.png']);
  });

  it('the view of a large response is its head as received and the note, the body untouched', () => {
    const head = 'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8\r\n\r\n';
    const received = enc(`HTTP/1.1 100 Continue\r\n\r\n${head}{"a":1 }`);
    const r = renderLarge({ received, interim: 1, headers: [['Content-Type', 'application/json']], bodyLength: 8, body: enc('{"a":1 }') }, '[large]');
    expect(r.text).toBe(`${head}[large]`);
    expect([r.large, r.binary, r.type, r.start, r.headLength, r.pretty]).toEqual([true, false, 'application/json', 25, head.length, undefined]);
    const png = renderLarge({ received: enc('HTTP/1.1 200 OK\r\n\r\n'), interim: 0, headers: [], bodyLength: 9, body: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }, '[large]');
    expect([png.binary, png.type]).toEqual([true, 'image/png']);
  });
});
