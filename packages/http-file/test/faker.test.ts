import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rng } from '../../core/test/message/corpus.js';
import { FAKER_METHODS, isFakerVariable, parseHttpFile, resolveRequest, type FakerParam } from '@httplens/http-file';

/** The value of one reference in a JetBrains file, with the diagnostics of the parse and of the resolution. */
function value(expression: string, seed = 1): { value: string; codes: string[] } {
  const text = `POST https://x.example/\nContent-Type: text/plain\n\n{{${expression}}}\n`;
  const file = parseHttpFile(text, { dialect: 'jetbrains' });
  const r = resolveRequest(file, 0, { host: { random: rng(seed) } });
  const codes = [...file.diagnostics, ...r.diagnostics].map((d) => d.code).filter((c) => !c.startsWith('HTTP5'));
  return { value: r.body ?? '', codes };
}

const ARG: Record<FakerParam, string> = { int: '6', double: '2.5', boolean: 'true', string: '"GB"' };

/** The form of each generated value (a method not listed here must give one line of printable text). */
const SHAPES: Record<string, RegExp> = {
  'name.username': /^[a-z]+\.[a-z]+$/,
  'address.streetAddressNumber': /^\d{1,4}$/,
  'address.zipCode': /^\d{5}(?:-\d{4})?$/,
  'address.stateAbbr': /^[A-Z]{2}$/,
  'address.countryCode': /^[A-Z]{2}$/,
  'address.latitude': /^-?\d{1,2}\.\d{7}$/,
  'address.longitude': /^-?\d{1,3}\.\d{7}$/,
  'address.timeZone': /^[A-Z][a-z]+\/[A-Za-z_]+$/,
  'address.buildingNumber': /^[1-9]\d{2,4}$/,
  'address.secondaryAddress': /^(?:Apt\.|Suite) \d{3}$/,
  'internet.emailAddress': /^(?:[a-z]+\.[a-z]+|GB)@[a-z]+\.[a-z]+$/,
  'internet.safeEmailAddress': /^(?:[a-z]+\.[a-z]+|GB)@example\.(?:com|net|org)$/,
  'internet.domainName': /^[a-z]+\.[a-z]+$/,
  'internet.url': /^www\.[a-z]+\.[a-z]+$/,
  'internet.macAddress': /^(?:[0-9a-f]{2}:){5}[0-9a-f]{2}$|^GB(?::[0-9a-f]{2}){5}$/,
  'internet.ipV4Address': /^(?:\d{1,3}\.){3}\d{1,3}$/,
  'internet.ipV4Cidr': /^(?:\d{1,3}\.){3}\d{1,3}\/\d{1,2}$/,
  'internet.privateIpV4Address': /^(?:10\.\d+|172\.(?:1[6-9]|2\d|3[01])|192\.168)\.\d+\.\d+$/,
  'internet.publicIpV4Address': /^(?:\d{1,3}\.){3}\d{1,3}$/,
  'internet.ipV6Address': /^(?:[0-9a-f]{4}:){7}[0-9a-f]{4}$/,
  'internet.ipV6Cidr': /^(?:[0-9a-f]{4}:){7}[0-9a-f]{4}\/\d{1,3}$/,
  'internet.slug': /^[a-z]+_[a-z]+$/,
  'internet.uuid': /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
  'internet.userAgentAny': /^Mozilla\/5\.0 \(/,
  'phoneNumber.phoneNumber': /^(?:\([2-9]\d\d\) \d{3}-\d{4}|[2-9]\d\d([-.])\d{3}\1\d{4}(?: x\d{3})?|1-[2-9]\d\d-\d{3}-\d{4})$/,
  'phoneNumber.cellPhone': /^(?:\([2-9]\d\d\) \d{3}-\d{4}|[2-9]\d\d([-.])\d{3}\1\d{4}|1-[2-9]\d\d-\d{3}-\d{4})$/,
  'phoneNumber.extension': /^\d{4}$/,
  'phoneNumber.subscriberNumber': /^\d{4}$|^\d{6}$/,
  'company.url': /^www\.[a-z]+\.[a-z]+$/,
  'lorem.character': /^[a-z0-9]$/i,
  'lorem.word': /^[a-z]+$/,
  'lorem.sentence': /^[A-Z][a-z]*(?: [a-z]+)*\.$/,
  'lorem.fixedString': /^[a-z ]{6}$/,
  'color.hex': /^#[0-9a-f]{6}$/,
  'number.randomDigit': /^\d$/,
  'number.randomDigitNotZero': /^[1-9]$/,
  'number.digit': /^\d$/,
  'number.digits': /^\d{6}$/,
  'number.numberBetween': /^6$/,
  'number.randomNumber': /^\d{1,9}$/,
  'number.randomDouble': /^6\.0$/,
  'bool.bool': /^(?:true|false)$/,
  'idNumber.valid': /^\d{3}-\d{2}-\d{4}$/,
  'idNumber.ssnValid': /^\d{3}-\d{2}-\d{4}$/,
  'idNumber.invalid': /^(?:000|666|9\d\d)-\d{2}-\d{4}$/,
  'idNumber.validSvSeSsn': /^\d{6}-\d{4}$/,
  'idNumber.invalidSvSeSsn': /^\d{6}-\d{4}$/,
  'commerce.price': /^\d+\.\d{2}$/,
  'commerce.promotionCode': /^[A-Z][a-z]+[A-Z][a-z]+\d{6}$/,
  'crypto.md5': /^[0-9a-f]{32}$/,
  'crypto.sha1': /^[0-9a-f]{40}$/,
  'crypto.sha256': /^[0-9a-f]{64}$/,
  'crypto.sha512': /^[0-9a-f]{128}$/,
  'code.isbnGs1': /^97[89]$/,
  'code.isbnGroup': /^[01]$/,
  'code.isbnRegistrant': /^\d{2,5}-\d{2,4}$/,
  'code.isbn10': /^\d{9}[\dX]$|^\d-\d{5}-\d{3}-[\dX]$/,
  'code.isbn13': /^97[89]\d{10}$|^97[89]-\d-\d{5}-\d{3}-\d$/,
  'code.ean8': /^\d{8}$/,
  'code.gtin8': /^\d{8}$/,
  'code.ean13': /^\d{13}$/,
  'code.gtin13': /^\d{13}$/,
  'code.imei': /^\d{15}$/,
  'code.asin': /^B0[0-9A-Z]{8}$/,
  'finance.creditCard': /^\d{4}-\d{4}-\d{4}-\d{4}$/,
  'finance.bic': /^[A-Z]{6}[0-9A-Z]{2}(?:[0-9A-Z]{3})?$/,
  'finance.iban': /^[A-Z]{2}\d{2}[0-9A-Z]{8,30}$/,
  'business.creditCardNumber': /^\d{4}-\d{4}-\d{4}-\d{4}$/,
  'business.creditCardExpiry': /^20[1-3]\d-\d{2}-\d{2}$/,
};

const digitsOf = (s: string): string => s.replace(/[^\dX]/g, '');

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

function gs1Valid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i % 2 === 1 ? 3 : 1);
  return sum % 10 === 0;
}

function isbn10Valid(s: string): boolean {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (s[i] === 'X' ? 10 : Number(s[i])) * (10 - i);
  return sum % 11 === 0;
}

/** ISO 13616: the IBAN with its first four characters moved to the end, letters as 10-35, is 1 modulo 97. */
function ibanValid(iban: string): boolean {
  const moved = `${iban.slice(4)}${iban.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return BigInt(moved) % 97n === 1n;
}

describe('Java Faker values of the JetBrains HTTP Client', () => {
  it('generates every method httplens lists, with each parameter list, in the form of its Faker method', () => {
    let checked = 0;
    for (const m of FAKER_METHODS) {
      expect(isFakerVariable(`$random.${m.path}`), m.path).toBe(true);
      for (const params of m.overloads) {
        const expression = `$random.${m.path}${params.length === 0 ? '' : `(${params.map((p) => ARG[p]).join(', ')})`}`;
        for (let seed = 1; seed <= 5; seed++) {
          const r = value(expression, seed);
          expect(r.codes, expression).toEqual([]);
          expect(r.value, expression).not.toBe('');
          expect(r.value, expression).not.toContain('{{');
          expect(r.value, expression).toMatch(/^[\x20-\x7e]+$/);
          const shape = SHAPES[m.path];
          if (shape) expect(r.value, expression).toMatch(shape);
          checked++;
        }
      }
    }
    expect(FAKER_METHODS.length).toBe(140);
    expect(checked).toBe(167 * 5);
    // every form that SHAPES names is one httplens generates
    for (const path of Object.keys(SHAPES)) expect(FAKER_METHODS.some((m) => m.path === path), path).toBe(true);
  });

  it('writes check digits a server can verify', () => {
    for (let seed = 1; seed <= 200; seed++) {
      expect(isbn10Valid(digitsOf(value('$random.code.isbn10', seed).value))).toBe(true);
      expect(isbn10Valid(digitsOf(value('$random.code.isbn10(true)', seed).value))).toBe(true);
      expect(gs1Valid(digitsOf(value('$random.code.isbn13(true)', seed).value))).toBe(true);
      expect(gs1Valid(value('$random.code.ean8', seed).value)).toBe(true);
      expect(gs1Valid(value('$random.code.ean13', seed).value)).toBe(true);
      expect(luhnValid(value('$random.code.imei', seed).value)).toBe(true);
      expect(luhnValid(digitsOf(value('$random.finance.creditCard', seed).value))).toBe(true);
      expect(ibanValid(value('$random.finance.iban', seed).value)).toBe(true);
      expect(ibanValid(value('$random.finance.iban("de")', seed).value)).toBe(true);
      const se = value('$random.idNumber.validSvSeSsn', seed).value;
      expect(luhnValid(digitsOf(se))).toBe(true);
      expect(luhnValid(digitsOf(value('$random.idNumber.invalidSvSeSsn', seed).value))).toBe(false);
      const [area, group, serial] = value('$random.idNumber.ssnValid', seed).value.split('-').map(Number) as [number, number, number];
      expect(area !== 0 && area !== 666 && area < 900 && group !== 0 && serial !== 0).toBe(true);
    }
    expect(value('$random.finance.iban("GB")').value).toMatch(/^GB\d{2}[A-Z]{4}\d{14}$/);
  });

  it('follows the arguments: bounds, lengths and flags', () => {
    const between = new Set<string>();
    for (let seed = 1; seed <= 300; seed++) between.add(value('$random.number.numberBetween(3, 7)', seed).value);
    // Java Faker's upper bound is excluded
    expect([...between].sort()).toEqual(['3', '4', '5', '6']);
    expect(value('$random.number.numberBetween(-5, -5)').value).toBe('-5');
    expect(value('$random.number.digits(12)').value).toMatch(/^\d{12}$/);
    expect(value('$random.number.randomNumber(7, true)').value).toMatch(/^[1-9]\d{6}$/);
    expect(value('$random.lorem.fixedString(40)').value).toHaveLength(40);
    expect(value('$random.lorem.characters(8)').value).toMatch(/^[a-z0-9]{8}$/);
    expect(value('$random.lorem.characters(30, true, false)').value).toMatch(/^[a-z]{30}$/i);
    for (let seed = 1; seed <= 50; seed++) {
      expect(value('$random.lorem.characters(5, 10)', seed).value).toMatch(/^[a-z0-9]{5,9}$/);
      expect(value('$random.internet.password(8, 12, true, true, true)', seed).value).toMatch(/^[a-z0-9!@#$%^&*]{8,11}$/i);
      const d = value('$random.number.randomDouble(2, 10, 20)', seed).value;
      expect(d).toMatch(/^\d+\.\d{1,2}$/);
      expect(Number(d) >= 10 && Number(d) <= 20).toBe(true);
      const price = Number(value('$random.commerce.price(5.5, 6)', seed).value);
      expect(price >= 5.5 && price <= 6).toBe(true);
    }
    expect(value('$random.color.hex(false)').value).toMatch(/^[0-9a-f]{6}$/);
    expect(value('$random.internet.emailAddress("ada")').value).toMatch(/^ada@[a-z]+\.[a-z]+$/);
    expect(value("$random.internet.safeEmailAddress('ada')").value).toMatch(/^ada@example\.(?:com|net|org)$/);
    expect(value('$random.address.streetAddress(true)').value).toMatch(/ (?:Apt\.|Suite) \d{3}$/);
    // a reference cannot ask for a value of a billion characters
    expect(value('$random.lorem.characters(1000000000)').value).toHaveLength(10_000);
    // the same seed gives the same value; another seed another one
    expect(value('$random.name.fullName', 9).value).toBe(value('$random.name.fullName', 9).value);
    expect(new Set([1, 2, 3, 4, 5, 6].map((seed) => value('$random.lorem.characters(16)', seed).value)).size).toBe(6);
  });

  it('reports arguments that fit no parameter list of a generated method (HTTP1011)', () => {
    for (const expression of ['$random.number.numberBetween(1)', '$random.number.numberBetween("a", 2)', '$random.bool.bool(1)', '$random.number.digits(1.5)', '$random.number.digits(1,)', '$random.number.digits x']) {
      const text = `GET https://x.example/{{${expression}}}\n`;
      const file = parseHttpFile(text, { dialect: 'jetbrains' });
      expect(file.diagnostics.map((d) => d.code), expression).toContain('HTTP1011');
    }
    const file = parseHttpFile('GET https://x.example/{{$random.number.numberBetween(1)}}\n', { dialect: 'jetbrains' });
    expect(file.diagnostics.find((d) => d.code === 'HTTP1011')?.message).toContain('$random.number.numberBetween(int, int)');
  });

  it('never throws on arbitrary arguments, and answers each reference with a value or a diagnostic', () => {
    const paths = FAKER_METHODS.map((m) => m.path);
    const piece = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }).map(String), fc.double({ noNaN: true }).map(String), fc.constantFrom('true', 'false', '"GB"', "'x'", '', ' ', '(', ')', ','), fc.string({ maxLength: 6 }));
    const args = fc.oneof(fc.constant(''), fc.array(piece, { maxLength: 5 }).map((p) => `(${p.join(', ')})`), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.constantFrom(...paths), args, fc.integer(), (path, a, seed) => {
        const expression = `$random.${path}${a}`;
        if (/[{}\r\n]/.test(expression)) return;
        const text = `GET https://x.example/?v={{${expression}}}\n`;
        const file = parseHttpFile(text, { dialect: 'jetbrains' });
        const r = resolveRequest(file, 0, { host: { random: rng(seed) } });
        const reported = [...file.diagnostics, ...r.diagnostics].some((d) => d.code.startsWith('HTTP10'));
        expect(reported || !r.url.includes('{{')).toBe(true);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('leaves the methods it does not generate as written, and says so (HTTP1061)', () => {
    for (const expression of ['$random.internet.avatar', '$random.company.logo', '$random.address.zipCodeByState("CA")', '$random.name.nickname', '$random.finance.creditCard(VISA)']) {
      const r = value(expression);
      expect(r.value, expression).toBe(`{{${expression}}}`);
      expect(r.codes, expression).toEqual(['HTTP1061']);
    }
  });
});
