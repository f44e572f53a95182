import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkAsserts, parseAssert, parseHttpFile, type AssertResponse } from '@httplens/http-file';

const JSON_BODY = JSON.stringify({ id: 7, name: 'Ada', active: true, tags: ['a', 'b'], nested: { list: [{ v: 1 }, { v: 22 }] }, none: null });
const RESPONSE: AssertResponse = {
  status: 200,
  headers: [
    ['Content-Type', 'application/json; charset=utf-8'],
    ['Set-Cookie', 'a=1'],
    ['Set-Cookie', 'b=2'],
    ['Vary', 'Accept'],
    ['Vary', 'Origin'],
  ],
  body: JSON_BODY,
  timings: { total: 120, firstByte: 80, download: 5, tcp: 1, tls: 0 },
};

const digest = (algorithm: 'sha256' | 'sha512' | 'md5', text: string) => createHash(algorithm).update(text).digest('base64');

/** The outcome and message of each assert of a request written with them, in an httpYac file. */
function check(lines: string[], response: AssertResponse = RESPONSE, substitute?: (t: string) => string): [string, string][] {
  const file = parseHttpFile(`GET https://x.example/\n\n${lines.map((l) => `?? ${l}`).join('\n')}\n`, { dialect: 'httpyac' });
  const asserts = file.requests[0]?.asserts ?? [];
  expect(asserts).toHaveLength(lines.length);
  return checkAsserts(asserts, response, { digest, ...(substitute ? { substitute } : {}) }).map((r) => [r.outcome, r.skipped ? `${r.skipped}: ${r.message}` : r.message]);
}

describe("httpYac's assert lines", () => {
  it('splits a line at its last condition, as httpYac does', () => {
    expect(parseAssert('?? status == 200')).toEqual({ field: 'status', condition: '==', expected: '200' });
    expect(parseAssert('header content-type includes json')).toEqual({ field: 'header', what: 'content-type', condition: 'contains', expected: 'json' });
    expect(parseAssert('body form exists')).toEqual({ field: 'body', what: 'form', condition: 'exists' });
    expect(parseAssert('xpath /slideshow/slide/title == Wake up to WonderWidgets!')).toEqual({ field: 'xpath', what: '/slideshow/slide/title', condition: '==', expected: 'Wake up to WonderWidgets!' });
    // the conditions are read in any case, and the last one wins
    expect(parseAssert('body text EQUALS a == b')).toEqual({ field: 'body', what: 'text EQUALS a', condition: '==', expected: 'b' });
    // `===` is `==` followed by `=`, as in httpYac
    expect(parseAssert('status === 200')).toEqual({ field: 'status', condition: '==', expected: '= 200' });
    expect(parseAssert('status 200')).toBeUndefined();
    expect(parseAssert('??')).toBeUndefined();
  });

  it('checks status, headers, duration and body, converting the expected value to the type of the actual one', () => {
    expect(
      check([
        'status == 200',
        'status != 201',
        'status >= 200',
        'status < 300',
        'status startsWith 20',
        'status isNumber',
        'header content-type includes json',
        'header Content-Type startsWith application/json',
        'header set-cookie isArray',
        'header set-cookie includes b=2',
        'header vary == Accept, Origin',
        'header range isFalse',
        'duration < 200',
        'duration firstByte <= 80',
        'body id == 7',
        'body name equals Ada',
        'body active == true',
        'body active isBoolean',
        'body tags isArray',
        'body tags == ["a","b"]',
        'body tags.length == 2',
        'body nested.list[1].v > 20',
        'body none == null',
        'body missing isFalse',
        'body matches ^\\{"id":7',
        'body includes "Ada"',
      ]).filter(([outcome]) => outcome !== 'passed'),
    ).toEqual([]);
  });

  it('says what failed, with the value found', () => {
    expect(check(['status == 404', 'header content-type includes xml', 'body id > 10', 'body name == Grace', 'header range exists', 'duration < 50'])).toEqual([
      ['failed', 'status (200) == 404'],
      ['failed', 'content-type (application/json; charset=utf-8) contains xml'],
      ['failed', 'id (7) > 10'],
      ['failed', 'name (Ada) == Grace'],
      ['failed', 'range (undefined) exists'],
      ['failed', 'duration (120) < 50'],
    ]);
  });

  it('reads XPath in an XML body, digests, and {{variables}} in the expected value', () => {
    const xml: AssertResponse = { status: 200, headers: [['Content-Type', 'application/xml']], body: '<slideshow><slide><title>Wake up</title></slide></slideshow>' };
    expect(check(['xpath /slideshow/slide/title == Wake up', 'xpath /slideshow/missing isFalse'], xml)).toEqual([
      ['passed', '/slideshow/slide/title == Wake up'],
      ['passed', '/slideshow/missing isFalse'],
    ]);
    const sha = createHash('sha256').update(JSON_BODY).digest('base64');
    expect(check([`body sha256 ${sha}`, 'body md5 nope'])).toEqual([
      ['passed', `body sha256 ${sha}`],
      ['failed', `body (${JSON_BODY}) md5 nope`],
    ]);
    expect(check(['body id == {{expectedId}}'], RESPONSE, (t) => t.replace('{{expectedId}}', '7'))).toEqual([['passed', 'id == 7']]);
  });

  it('does not run JavaScript, and says which asserts it did not check', () => {
    const results = checkAsserts(parseHttpFile('GET https://x.example/\n\n?? js response.parsedBody.id == 7\n?? body items.filter(x => x) isArray\n?? duration wait < 10\n?? cookie a == 1\n?? body sha512 x\n', { dialect: 'httpyac' }).requests[0]?.asserts ?? [], RESPONSE);
    expect(results.map((r) => [r.outcome, r.skipped])).toEqual([
      ['skipped', 'javascript'],
      ['skipped', 'javascript'],
      ['skipped', 'timing'],
      ['skipped', 'field'],
      // no digest function given
      ['skipped', 'digest'],
    ]);
  });

  it("reads httpYac's timing phases, and the total for any other word", () => {
    const timed: AssertResponse = { ...RESPONSE, timings: { total: 120, wait: 3, request: 9, firstByte: 80, download: 5, tcp: 1, tls: 0 } };
    const lines = ['duration wait < 5', 'duration request >= 9', 'duration request < 9', 'duration dns == 120', 'duration constructor == 120', 'duration < 121'];
    const results = checkAsserts(parseHttpFile(`GET https://x.example/\n\n${lines.map((l) => `?? ${l}\n`).join('')}`, { dialect: 'httpyac' }).requests[0]?.asserts ?? [], timed);
    expect(results.map((r) => [r.outcome, r.message])).toEqual([
      ['passed', 'wait < 5'],
      ['passed', 'request >= 9'],
      ['failed', 'request (9) < 9'],
      ['passed', 'dns == 120'],
      ['passed', 'constructor == 120'],
      ['passed', 'duration < 121'],
    ]);
  });

  it('never throws on odd lines and bodies', () => {
    const odd = ['body matches (', 'body [0] == 1', 'header == x', 'status', 'body a.b.c.d exists', 'xpath ] == 1'];
    const bodies = ['', 'not json', '[1,2]', '{"a": {"b": null}}', '<a><b>x</b></a>'];
    for (const body of bodies) for (const r of checkAsserts(odd.map((text, i) => ({ text, span: { offset: i, length: 1 } })), { status: 0, headers: [], body })) expect(['passed', 'failed', 'skipped']).toContain(r.outcome);
  });
});
