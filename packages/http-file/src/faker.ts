/**
 * The Java Faker values of the JetBrains HTTP Client (`{{$random.name.firstName}}`, `{{$random.number.numberBetween(1, 10)}}`):
 * for the methods of its Faker classes that give text, numbers or booleans, a value of the same form, made from the
 * word lists of faker-data.ts and the resolver's random source. Check digits are right where the form has one (ISBN,
 * EAN, IMEI, credit card numbers, IBAN, Swedish personal numbers), so that a server that checks them accepts the value.
 * Methods that give a URL of an image service, or take one of Faker's own types, are not generated (HTTP1061).
 */
import * as D from './faker-data.js';
import { uuidV4 } from './values.js';

/** The type of a method parameter, as written in a reference: an integer, a decimal number, `true`/`false`, or a quoted string. */
export type FakerParam = 'int' | 'double' | 'boolean' | 'string';
type Arg = number | boolean | string;

/** One Faker method that httplens generates: its overloads (parameter lists) and the generator. */
export interface FakerMethod {
  /** `name.firstName`: the Faker class and method, as written after `$random.`. */
  path: string;
  /** The parameter lists it accepts (one for each Java overload that httplens generates). */
  overloads: readonly (readonly FakerParam[])[];
  /** Java Faker has other overloads, which take its own types (`finance.creditCard(CreditCardType)`): not generated. */
  others?: true;
}

interface Entry extends FakerMethod {
  make(g: Gen, args: readonly Arg[]): string;
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const DIGITS = '0123456789';
const HEX = '0123456789abcdef';

/** The random choices of one value. */
class Gen {
  constructor(readonly random: () => number) {}
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.random() * list.length)] as T;
  }
  chars(alphabet: string, n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += alphabet[Math.floor(this.random() * alphabet.length)];
    return s;
  }
  digits(n: number): string {
    return this.chars(DIGITS, n);
  }
  /** `#` becomes a digit, `?` a capital letter. */
  form(pattern: string): string {
    let s = '';
    for (const c of pattern) s += c === '#' ? this.digits(1) : c === '?' ? this.chars(UPPER, 1) : c;
    return s;
  }
  bool(): boolean {
    return this.random() < 0.5;
  }
}

/** The Luhn check digit of a string of digits (credit cards, IMEI, Swedish personal numbers). */
export function luhnDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** The GS1 check digit (EAN-8, EAN-13, ISBN-13) of the digits before it. */
export function gs1Digit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) sum += Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 3 : 1);
  return (10 - (sum % 10)) % 10;
}

/** The ISBN-10 check character of nine digits. */
export function isbn10Check(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** The two check digits of an IBAN (ISO 13616: mod 97 of the rearranged text). */
export function ibanCheck(country: string, bban: string): string {
  const rearranged = `${bban}${country}00`;
  let rest = 0;
  for (const c of rearranged) {
    const v = c >= 'A' && c <= 'Z' ? String(c.charCodeAt(0) - 55) : c;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return String(98 - rest).padStart(2, '0');
}

/** The BBAN forms of some countries' IBANs: `#` a digit, `?` a capital letter. */
const IBAN_FORMS: Readonly<Record<string, string>> = {
  DE: '##################',
  FR: '#######################',
  GB: '????##############',
  NL: '????##########',
  ES: '####################',
  IT: '?######################',
  BE: '############',
  CH: '#################',
  AT: '################',
  PL: '########################',
  SE: '####################',
  IE: '????##############',
};

function fullName(g: Gen): string {
  const r = g.int(0, 9);
  if (r === 0) return `${g.pick(D.NAME_PREFIXES)} ${g.pick(D.FIRST_NAMES)} ${g.pick(D.LAST_NAMES)}`;
  if (r === 1) return `${g.pick(D.FIRST_NAMES)} ${g.pick(D.LAST_NAMES)} ${g.pick(D.NAME_SUFFIXES)}`;
  return `${g.pick(D.FIRST_NAMES)} ${g.pick(D.LAST_NAMES)}`;
}

function username(g: Gen): string {
  return `${g.pick(D.FIRST_NAMES)}.${g.pick(D.LAST_NAMES)}`.toLowerCase();
}

function domainWord(g: Gen): string {
  return g.pick(D.LAST_NAMES).toLowerCase();
}

function domainName(g: Gen): string {
  return `${domainWord(g)}.${g.pick(D.DOMAIN_SUFFIXES)}`;
}

function city(g: Gen): string {
  const r = g.int(0, 3);
  if (r === 0) return `${g.pick(D.CITY_PREFIXES)} ${g.pick(D.FIRST_NAMES)}${g.pick(D.CITY_SUFFIXES)}`;
  if (r === 1) return `${g.pick(D.CITY_PREFIXES)} ${g.pick(D.FIRST_NAMES)}`;
  if (r === 2) return `${g.pick(D.FIRST_NAMES)}${g.pick(D.CITY_SUFFIXES)}`;
  return `${g.pick(D.LAST_NAMES)}${g.pick(D.CITY_SUFFIXES)}`;
}

function streetName(g: Gen): string {
  return `${g.bool() ? g.pick(D.FIRST_NAMES) : g.pick(D.LAST_NAMES)} ${g.pick(D.STREET_SUFFIXES)}`;
}

function buildingNumber(g: Gen): string {
  return g.form(g.pick(['#####', '####', '###']).replace('#', String(g.int(1, 9))));
}

function secondaryAddress(g: Gen): string {
  return `${g.pick(D.SECONDARY_ADDRESS)} ${g.int(100, 999)}`;
}

function zipCode(g: Gen): string {
  return g.form(g.bool() ? '#####' : '#####-####');
}

function streetAddress(g: Gen, secondary: boolean): string {
  const s = `${buildingNumber(g)} ${streetName(g)}`;
  return secondary ? `${s} ${secondaryAddress(g)}` : s;
}

function coordinate(g: Gen, max: number): string {
  return ((g.random() * 2 - 1) * max).toFixed(7);
}

function ipv4(g: Gen): string {
  return `${g.int(1, 254)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
}

function privateIpv4(g: Gen): string {
  const r = g.int(0, 2);
  if (r === 0) return `10.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
  if (r === 1) return `172.${g.int(16, 31)}.${g.int(0, 255)}.${g.int(1, 254)}`;
  return `192.168.${g.int(0, 255)}.${g.int(1, 254)}`;
}

/** An address outside the private, loopback, link-local, shared and multicast ranges. */
function publicIpv4(g: Gen): string {
  for (let i = 0; i < 100; i++) {
    const a = g.int(1, 223);
    const b = g.int(0, 255);
    if (a === 10 || a === 127 || (a === 100 && b >= 64 && b <= 127) || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) continue;
    return `${a}.${b}.${g.int(0, 255)}.${g.int(1, 254)}`;
  }
  return `${g.int(1, 9)}.${g.int(0, 255)}.${g.int(0, 255)}.${g.int(1, 254)}`;
}

function ipv6(g: Gen): string {
  const groups: string[] = [];
  for (let i = 0; i < 8; i++) groups.push(g.chars(HEX, 4));
  return groups.join(':');
}

function password(g: Gen, min: number, max: number, upper: boolean, special: boolean, digit: boolean): string {
  const n = g.int(Math.max(min, 0), Math.max(max - 1, min, 0));
  let alphabet = LOWER;
  if (upper) alphabet += UPPER;
  if (special) alphabet += '!@#$%^&*';
  if (digit) alphabet += DIGITS;
  return g.chars(alphabet, n);
}

function sentence(g: Gen, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(words, 1); i++) out.push(g.pick(D.LOREM_WORDS));
  const s = out.join(' ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
}

function paragraph(g: Gen, sentences: number): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(sentences, 1); i++) out.push(sentence(g, g.int(3, 9)));
  return out.join(' ');
}

function characters(g: Gen, n: number, upper: boolean, digits = true): string {
  return g.chars(`${LOWER}${upper ? UPPER : ''}${digits ? DIGITS : ''}`, Math.max(n, 0));
}

function randomNumber(g: Gen, digits: number, strict: boolean): string {
  const n = Math.min(Math.max(digits, 1), 18);
  if (strict) return `${g.int(1, 9)}${g.digits(n - 1)}`;
  return String(Number(g.digits(g.int(1, n))));
}

function ssn(g: Gen): string {
  let area = g.int(1, 899);
  if (area === 666) area = 665;
  return `${String(area).padStart(3, '0')}-${String(g.int(1, 99)).padStart(2, '0')}-${String(g.int(1, 9999)).padStart(4, '0')}`;
}

/** A Swedish personal number (YYMMDD-NNNC) with its Luhn check digit; `valid` false gives a wrong one. */
function swedishSsn(g: Gen, valid: boolean): string {
  const date = `${String(g.int(0, 99)).padStart(2, '0')}${String(g.int(1, 12)).padStart(2, '0')}${String(g.int(1, 28)).padStart(2, '0')}`;
  const serial = g.digits(3);
  const check = luhnDigit(`${date}${serial}`);
  return `${date}-${serial}${valid ? check : (check + g.int(1, 9)) % 10}`;
}

function isbnBody(g: Gen): string {
  return g.digits(9);
}

function isbn10(g: Gen, separator: boolean): string {
  const body = isbnBody(g);
  const check = isbn10Check(body);
  return separator ? `${body[0]}-${body.slice(1, 6)}-${body.slice(6)}-${check}` : `${body}${check}`;
}

function isbn13(g: Gen, separator: boolean): string {
  const prefix = g.pick(['978', '979']);
  const body = isbnBody(g);
  const check = gs1Digit(`${prefix}${body}`);
  return separator ? `${prefix}-${body[0]}-${body.slice(1, 6)}-${body.slice(6)}-${check}` : `${prefix}${body}${check}`;
}

function ean(g: Gen, length: number): string {
  const body = `${g.int(1, 9)}${g.digits(length - 2)}`;
  return `${body}${gs1Digit(body)}`;
}

/** A card number of a test card issuer prefix (Visa 4, Mastercard 51-55), with its Luhn check digit. */
function cardNumber(g: Gen): string {
  const body = g.bool() ? `4${g.digits(14)}` : `5${g.int(1, 5)}${g.digits(13)}`;
  const full = `${body}${luhnDigit(body)}`;
  return `${full.slice(0, 4)}-${full.slice(4, 8)}-${full.slice(8, 12)}-${full.slice(12)}`;
}

function iban(g: Gen, country: string): string {
  const form = IBAN_FORMS[country] ?? (IBAN_FORMS.DE as string);
  const code = IBAN_FORMS[country] ? country : 'DE';
  const bban = g.form(form);
  return `${code}${ibanCheck(code, bban)}${bban}`;
}

function hexColor(g: Gen, hash: boolean): string {
  return `${hash ? '#' : ''}${g.chars(HEX, 6)}`;
}

function capitalised(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/** A decimal with at most `decimals` digits after the point, in [min, max]. */
function decimal(g: Gen, decimals: number, min: number, max: number): string {
  const d = Math.min(Math.max(Math.trunc(decimals), 0), 10);
  const v = Number((min + g.random() * (max - min)).toFixed(d));
  // as Java writes a double: a whole number keeps its ".0"
  return Number.isInteger(v) ? v.toFixed(1) : String(v);
}

const E = (path: string, overloads: readonly (readonly FakerParam[])[], make: Entry['make']): Entry => ({ path, overloads, make });
const NONE: readonly (readonly FakerParam[])[] = [[]];
const pickOf = (path: string, list: readonly string[]): Entry => E(path, NONE, (g) => g.pick(list));

const n = (a: Arg | undefined): number => (typeof a === 'number' ? a : 0);
const b = (a: Arg | undefined): boolean => a === true;
const s = (a: Arg | undefined): string => (typeof a === 'string' ? a : '');
/** A length or a count from a reference, within [0, 10,000]: a reference cannot ask for a value of millions of characters. */
const MAX_LENGTH = 10_000;
const len = (a: Arg | undefined): number => Math.min(Math.max(Math.trunc(n(a)), 0), MAX_LENGTH);

const ENTRIES: Entry[] = [
  // name
  E('name.name', NONE, fullName),
  E('name.fullName', NONE, (g) => `${g.pick(D.FIRST_NAMES)} ${g.pick(D.LAST_NAMES)}`),
  E('name.nameWithMiddle', NONE, (g) => `${g.pick(D.FIRST_NAMES)} ${g.pick(D.FIRST_NAMES)} ${g.pick(D.LAST_NAMES)}`),
  pickOf('name.firstName', D.FIRST_NAMES),
  pickOf('name.lastName', D.LAST_NAMES),
  pickOf('name.prefix', D.NAME_PREFIXES),
  pickOf('name.suffix', D.NAME_SUFFIXES),
  E('name.title', NONE, (g) => `${g.pick(D.TITLE_LEVELS)} ${g.pick(D.TITLE_AREAS)} ${g.pick(D.TITLE_JOBS)}`),
  E('name.username', NONE, username),
  pickOf('name.bloodGroup', D.BLOOD_GROUPS),
  // address
  E('address.streetName', NONE, streetName),
  E('address.streetAddressNumber', NONE, (g) => String(g.int(1, 9999))),
  E('address.streetAddress', [[], ['boolean']], (g, a) => streetAddress(g, b(a[0]))),
  E('address.secondaryAddress', NONE, secondaryAddress),
  E('address.zipCode', NONE, zipCode),
  pickOf('address.streetSuffix', D.STREET_SUFFIXES),
  pickOf('address.streetPrefix', D.STREET_PREFIXES),
  pickOf('address.citySuffix', D.CITY_SUFFIXES),
  pickOf('address.cityPrefix', D.CITY_PREFIXES),
  E('address.city', NONE, city),
  E('address.cityName', NONE, city),
  E('address.state', NONE, (g) => g.pick(D.STATES)[0]),
  E('address.stateAbbr', NONE, (g) => g.pick(D.STATES)[1]),
  pickOf('address.firstName', D.FIRST_NAMES),
  pickOf('address.lastName', D.LAST_NAMES),
  E('address.latitude', NONE, (g) => coordinate(g, 90)),
  E('address.longitude', NONE, (g) => coordinate(g, 180)),
  pickOf('address.timeZone', D.TIME_ZONES),
  E('address.country', NONE, (g) => g.pick(D.COUNTRIES)[0]),
  E('address.countryCode', NONE, (g) => g.pick(D.COUNTRIES)[1]),
  E('address.buildingNumber', NONE, buildingNumber),
  E('address.fullAddress', NONE, (g) => {
    const [state, abbr] = g.pick(D.STATES);
    return `${streetAddress(g, g.int(0, 3) === 0)}, ${city(g)}, ${g.bool() ? state : abbr} ${zipCode(g)}`;
  }),
  // internet
  E('internet.emailAddress', [[], ['string']], (g, a) => `${a.length > 0 ? s(a[0]) : username(g)}@${domainName(g)}`),
  E('internet.safeEmailAddress', [[], ['string']], (g, a) => `${a.length > 0 ? s(a[0]) : username(g)}@${g.pick(D.SAFE_EMAIL_DOMAINS)}`),
  E('internet.domainName', NONE, domainName),
  E('internet.domainWord', NONE, domainWord),
  pickOf('internet.domainSuffix', D.DOMAIN_SUFFIXES),
  E('internet.url', NONE, (g) => `www.${domainName(g)}`),
  E('internet.password', [[], ['int', 'int'], ['int', 'int', 'boolean'], ['int', 'int', 'boolean', 'boolean'], ['int', 'int', 'boolean', 'boolean', 'boolean']], (g, a) =>
    a.length === 0 ? password(g, 8, 16, false, false, true) : password(g, len(a[0]), len(a[1]), b(a[2]), b(a[3]), a.length < 5 || b(a[4])),
  ),
  E('internet.macAddress', [[], ['string']], (g, a) => {
    const prefix = a.length > 0 ? s(a[0]) : '';
    const have = prefix === '' ? 0 : prefix.split(':').length;
    const parts: string[] = [];
    for (let i = have; i < 6; i++) parts.push(g.chars(HEX, 2));
    return prefix === '' ? parts.join(':') : `${prefix.replace(/:$/, '')}:${parts.join(':')}`;
  }),
  E('internet.ipV4Address', NONE, ipv4),
  E('internet.ipV4Cidr', NONE, (g) => `${ipv4(g)}/${g.int(1, 32)}`),
  E('internet.privateIpV4Address', NONE, privateIpv4),
  E('internet.publicIpV4Address', NONE, publicIpv4),
  E('internet.ipV6Address', NONE, ipv6),
  E('internet.ipV6Cidr', NONE, (g) => `${ipv6(g)}/${g.int(1, 128)}`),
  { ...E('internet.slug', NONE, (g) => `${g.pick(D.LOREM_WORDS)}_${g.pick(D.LOREM_WORDS)}`), others: true },
  E('internet.uuid', NONE, (g) => uuidV4(g.random)),
  pickOf('internet.userAgentAny', D.USER_AGENTS),
  // phoneNumber
  E('phoneNumber.phoneNumber', NONE, (g) => g.form(g.pick(['(###) ###-####', '###-###-####', '###.###.####', '1-###-###-####', '###-###-#### x###']).replace(/^(\(?)#/, `$1${g.int(2, 9)}`))),
  E('phoneNumber.cellPhone', NONE, (g) => g.form(g.pick(['###-###-####', '###.###.####', '(###) ###-####', '1-###-###-####']).replace(/^(\(|1-)?#/, `$1${g.int(2, 9)}`))),
  E('phoneNumber.extension', NONE, (g) => g.digits(4)),
  E('phoneNumber.subscriberNumber', [[], ['int']], (g, a) => g.digits(a.length > 0 ? len(a[0]) : 4)),
  // company
  E('company.name', NONE, (g) => {
    const r = g.int(0, 2);
    if (r === 0) return `${g.pick(D.LAST_NAMES)} ${g.pick(D.COMPANY_SUFFIXES)}`;
    if (r === 1) return `${g.pick(D.LAST_NAMES)}-${g.pick(D.LAST_NAMES)}`;
    return `${g.pick(D.LAST_NAMES)}, ${g.pick(D.LAST_NAMES)} and ${g.pick(D.LAST_NAMES)}`;
  }),
  pickOf('company.suffix', D.COMPANY_SUFFIXES),
  pickOf('company.industry', D.INDUSTRIES),
  pickOf('company.profession', D.PROFESSIONS),
  E('company.buzzword', NONE, (g) => (g.bool() ? g.pick(D.BUZZ_ADJECTIVES) : g.pick(D.BUZZ_NOUNS))),
  E('company.catchPhrase', NONE, (g) => capitalised(`${g.pick(D.BUZZ_ADJECTIVES)} ${g.pick(D.BS_ADJECTIVES)} ${g.pick(D.BUZZ_NOUNS)}`)),
  E('company.bs', NONE, (g) => `${g.pick(D.BS_VERBS)} ${g.pick(D.BS_ADJECTIVES)} ${g.pick(D.BS_NOUNS)}`),
  E('company.url', NONE, (g) => `www.${g.pick(D.LAST_NAMES).toLowerCase()}.${g.pick(D.DOMAIN_SUFFIXES)}`),
  // lorem
  E('lorem.character', [[], ['boolean']], (g, a) => characters(g, 1, b(a[0]))),
  E('lorem.characters', [[], ['boolean'], ['int'], ['int', 'boolean'], ['int', 'boolean', 'boolean'], ['int', 'int'], ['int', 'int', 'boolean'], ['int', 'int', 'boolean', 'boolean']], (g, a) => {
    // (), (upper), (length), (length, upper), (length, upper, digits), (min, max), (min, max, upper), (min, max, upper, digits)
    if (a.length === 0 || typeof a[0] === 'boolean') return characters(g, 255, b(a[0]));
    if (a.length === 1 || typeof a[1] === 'boolean') return characters(g, len(a[0]), b(a[1]), a.length < 3 || b(a[2]));
    return characters(g, g.int(len(a[0]), Math.max(len(a[1]) - 1, len(a[0]))), b(a[2]), a.length < 4 || b(a[3]));
  }),
  E('lorem.fixedString', [['int']], (g, a) => {
    let out = '';
    while (out.length < len(a[0])) out += `${out === '' ? '' : ' '}${g.pick(D.LOREM_WORDS)}`;
    return out.slice(0, len(a[0]));
  }),
  pickOf('lorem.word', D.LOREM_WORDS),
  E('lorem.sentence', [[], ['int'], ['int', 'int']], (g, a) => sentence(g, a.length === 0 ? 3 + g.int(0, 6) : len(a[0]) + (a.length > 1 ? g.int(0, len(a[1])) : g.int(0, 6)))),
  E('lorem.paragraph', [[], ['int']], (g, a) => paragraph(g, a.length === 0 ? 3 + g.int(0, 3) : len(a[0]) + g.int(0, 3))),
  // color
  pickOf('color.name', D.COLOR_NAMES),
  E('color.hex', [[], ['boolean']], (g, a) => hexColor(g, a.length === 0 || b(a[0]))),
  // number
  E('number.randomDigit', NONE, (g) => String(g.int(0, 9))),
  E('number.randomDigitNotZero', NONE, (g) => String(g.int(1, 9))),
  E('number.digit', NONE, (g) => String(g.int(0, 9))),
  E('number.digits', [['int']], (g, a) => g.digits(len(a[0]))),
  // [min, max): max excluded, as Java Faker's numberBetween; equal bounds give that number
  E('number.numberBetween', [['int', 'int']], (g, a) => String(n(a[0]) >= n(a[1]) ? n(a[0]) : g.int(n(a[0]), n(a[1]) - 1))),
  E('number.randomNumber', [[], ['int', 'boolean']], (g, a) => (a.length === 0 ? randomNumber(g, 9, false) : randomNumber(g, n(a[0]), b(a[1])))),
  E('number.randomDouble', [['int', 'int', 'int']], (g, a) => decimal(g, n(a[0]), Math.min(n(a[1]), n(a[2])), Math.max(n(a[1]), n(a[2])))),
  // bool
  E('bool.bool', NONE, (g) => String(g.bool())),
  // idNumber
  E('idNumber.valid', NONE, ssn),
  E('idNumber.ssnValid', NONE, ssn),
  E('idNumber.invalid', NONE, (g) => `${g.pick(['000', '666', '9' + g.digits(2)])}-${g.digits(2)}-${g.digits(4)}`),
  E('idNumber.validSvSeSsn', NONE, (g) => swedishSsn(g, true)),
  E('idNumber.invalidSvSeSsn', NONE, (g) => swedishSsn(g, false)),
  // commerce
  pickOf('commerce.color', D.COLOR_NAMES),
  E('commerce.department', NONE, (g) => {
    const k = g.int(1, 3);
    const chosen = new Set<string>();
    while (chosen.size < k) chosen.add(g.pick(D.DEPARTMENTS));
    const list = [...chosen];
    return list.length === 1 ? (list[0] as string) : `${list.slice(0, -1).join(', ')} & ${list[list.length - 1] as string}`;
  }),
  E('commerce.productName', NONE, (g) => `${g.pick(D.PRODUCT_ADJECTIVES)} ${g.pick(D.MATERIALS)} ${g.pick(D.PRODUCTS)}`),
  pickOf('commerce.material', D.MATERIALS),
  E('commerce.price', [[], ['double', 'double']], (g, a) => {
    const [lo, hi] = a.length === 0 ? [1, 100] : [Math.min(n(a[0]), n(a[1])), Math.max(n(a[0]), n(a[1]))];
    return (lo + g.random() * (hi - lo)).toFixed(2);
  }),
  E('commerce.promotionCode', [[], ['int']], (g, a) => `${g.pick(D.PROMOTION_ADJECTIVES)}${g.pick(D.PROMOTION_NOUNS)}${g.digits(a.length > 0 ? len(a[0]) : 6)}`),
  // crypto: random digests of the right length
  E('crypto.md5', NONE, (g) => g.chars(HEX, 32)),
  E('crypto.sha1', NONE, (g) => g.chars(HEX, 40)),
  E('crypto.sha256', NONE, (g) => g.chars(HEX, 64)),
  E('crypto.sha512', NONE, (g) => g.chars(HEX, 128)),
  // code
  E('code.isbnGs1', NONE, (g) => g.pick(['978', '979'])),
  E('code.isbnGroup', NONE, (g) => g.pick(['0', '1'])),
  E('code.isbnRegistrant', NONE, (g) => `${g.digits(g.int(2, 5))}-${g.digits(g.int(2, 4))}`),
  E('code.isbn10', [[], ['boolean']], (g, a) => isbn10(g, b(a[0]))),
  E('code.isbn13', [[], ['boolean']], (g, a) => isbn13(g, b(a[0]))),
  E('code.ean8', NONE, (g) => ean(g, 8)),
  E('code.gtin8', NONE, (g) => ean(g, 8)),
  E('code.ean13', NONE, (g) => ean(g, 13)),
  E('code.gtin13', NONE, (g) => ean(g, 13)),
  E('code.imei', NONE, (g) => {
    const body = `35${g.digits(12)}`;
    return `${body}${luhnDigit(body)}`;
  }),
  E('code.asin', NONE, (g) => `B0${g.chars(DIGITS + UPPER, 8)}`),
  // finance
  { ...E('finance.creditCard', NONE, cardNumber), others: true },
  E('finance.bic', NONE, (g) => `${g.chars(UPPER, 4)}${g.pick(D.COUNTRIES)[1]}${g.chars(UPPER + DIGITS, 2)}${g.bool() ? g.chars(UPPER + DIGITS, 3) : ''}`),
  E('finance.iban', [[], ['string']], (g, a) => iban(g, a.length > 0 ? s(a[0]).toUpperCase() : g.pick(Object.keys(IBAN_FORMS)))),
  // business
  E('business.creditCardNumber', NONE, cardNumber),
  pickOf('business.creditCardType', D.CREDIT_CARD_TYPES),
  E('business.creditCardExpiry', NONE, (g) => `${g.int(2011, 2035)}-${String(g.int(1, 12)).padStart(2, '0')}-${String(g.int(1, 28)).padStart(2, '0')}`),
  // university, educator
  E('university.name', NONE, (g) => `${g.pick(D.UNIVERSITY_PREFIXES)} ${g.pick(D.LAST_NAMES)} ${g.pick(D.UNIVERSITY_SUFFIXES)}`),
  pickOf('university.prefix', D.UNIVERSITY_PREFIXES),
  pickOf('university.suffix', D.UNIVERSITY_SUFFIXES),
  E('educator.university', NONE, (g) => `${g.pick(D.LAST_NAMES)} ${g.pick(D.UNIVERSITY_SUFFIXES)}`),
  E('educator.course', NONE, (g) => `${g.pick(D.COURSE_TYPES)} ${g.pick(D.SUBJECTS)}`),
  E('educator.secondarySchool', NONE, (g) => `${g.pick(D.LAST_NAMES)} ${g.pick(D.SCHOOL_SUFFIXES)}`),
  E('educator.campus', NONE, (g) => `${g.pick(D.LAST_NAMES)} ${g.pick(D.CAMPUS_SUFFIXES)}`),
  // hacker
  pickOf('hacker.abbreviation', D.HACKER_ABBREVIATIONS),
  pickOf('hacker.adjective', D.HACKER_ADJECTIVES),
  pickOf('hacker.noun', D.HACKER_NOUNS),
  pickOf('hacker.verb', D.HACKER_VERBS),
  pickOf('hacker.ingverb', D.HACKER_INGVERBS),
  // team
  E('team.name', NONE, (g) => `${g.pick(D.STATES)[0]} ${g.pick(D.TEAM_CREATURES)}`),
  pickOf('team.creature', D.TEAM_CREATURES),
  E('team.state', NONE, (g) => g.pick(D.STATES)[0]),
  pickOf('team.sport', D.SPORTS),
  // superhero
  E('superhero.name', NONE, (g) => {
    const r = g.int(0, 2);
    if (r === 0) return `${g.pick(D.HERO_PREFIXES)} ${g.pick(D.HERO_DESCRIPTORS)}`;
    if (r === 1) return `${g.pick(D.HERO_DESCRIPTORS)} ${g.pick(D.HERO_SUFFIXES)}`;
    return `${g.pick(D.HERO_PREFIXES)} ${g.pick(D.HERO_DESCRIPTORS)} ${g.pick(D.HERO_SUFFIXES)}`;
  }),
  pickOf('superhero.prefix', D.HERO_PREFIXES),
  pickOf('superhero.suffix', D.HERO_SUFFIXES),
  pickOf('superhero.power', D.HERO_POWERS),
  pickOf('superhero.descriptor', D.HERO_DESCRIPTORS),
  // beer
  pickOf('beer.name', D.BEER_NAMES),
  pickOf('beer.style', D.BEER_STYLES),
  pickOf('beer.hop', D.BEER_HOPS),
  pickOf('beer.yeast', D.BEER_YEASTS),
  pickOf('beer.malt', D.BEER_MALTS),
  // ChuckNorris, shakespeare
  pickOf('ChuckNorris.fact', D.CHUCK_NORRIS_FACTS),
  pickOf('shakespeare.hamletQuote', D.HAMLET_QUOTES),
  pickOf('shakespeare.asYouLikeItQuote', D.AS_YOU_LIKE_IT_QUOTES),
  pickOf('shakespeare.kingRichardIIIQuote', D.KING_RICHARD_III_QUOTES),
  pickOf('shakespeare.romeoAndJulietQuote', D.ROMEO_AND_JULIET_QUOTES),
];

const BY_PATH = new Map<string, Entry>(ENTRIES.map((e) => [e.path, e]));

/** The Faker methods httplens generates, in order of class (for completion). */
export const FAKER_METHODS: readonly FakerMethod[] = ENTRIES;

/** The method of `$random.<class>.<method>` when httplens generates it. */
export function fakerMethod(name: string): FakerMethod | undefined {
  return entryOf(name);
}

function entryOf(name: string): Entry | undefined {
  return name.startsWith('$random.') ? BY_PATH.get(name.slice(8)) : undefined;
}

/** `(1, 2)`, `(true)`, `("GB")`: the arguments of a reference, or undefined when they are not such a list. */
export function fakerArgs(text: string): Arg[] | undefined {
  const t = text.trim();
  if (t === '' || t === '()') return [];
  if (!t.startsWith('(') || !t.endsWith(')')) return undefined;
  const inner = t.slice(1, -1);
  if (inner.trim() === '') return [];
  const out: Arg[] = [];
  const blank = (c: string | undefined): boolean => c === ' ' || c === '\t';
  let i = 0;
  for (;;) {
    while (blank(inner[i])) i++;
    const quote = inner[i];
    if (quote === '"' || quote === "'") {
      const end = inner.indexOf(quote, i + 1);
      if (end < 0) return undefined;
      out.push(inner.slice(i + 1, end));
      i = end + 1;
    } else {
      let j = i;
      while (j < inner.length && inner[j] !== ',') j++;
      const word = inner.slice(i, j).trim();
      if (word === 'true' || word === 'false') out.push(word === 'true');
      else if (NUMBER.test(word)) out.push(Number(word));
      else return undefined;
      i = j;
    }
    while (blank(inner[i])) i++;
    if (i === inner.length) return out;
    if (inner[i] !== ',') return undefined;
    i++;
  }
}

const NUMBER = /^[-+]?\d+(?:\.\d+)?$/;

function typeOf(a: Arg): FakerParam {
  if (typeof a === 'boolean') return 'boolean';
  if (typeof a === 'string') return 'string';
  return Number.isInteger(a) ? 'int' : 'double';
}

/** Whether the arguments fit one of the method's parameter lists (an integer fits a decimal parameter). */
export function fakerArgsFit(method: FakerMethod, args: readonly Arg[]): boolean {
  return method.overloads.some((params) => params.length === args.length && params.every((p, i) => {
    const t = typeOf(args[i] as Arg);
    return t === p || (p === 'double' && t === 'int');
  }));
}

/** How the method is called, for messages: `$random.number.numberBetween(int, int)`, one form per parameter list. */
export function fakerSignatures(method: FakerMethod): string {
  return method.overloads.map((p) => `$random.${method.path}${p.length === 0 ? '' : `(${p.join(', ')})`}`).join(' | ');
}

/**
 * The value of `$random.<class>.<method>` with the argument text after the name (`(1, 10)` or empty), or undefined
 * when httplens does not generate that method or the arguments do not fit it.
 */
export function fakerValue(name: string, argText: string, random: () => number): string | undefined {
  const entry = entryOf(name);
  if (!entry) return undefined;
  const args = fakerArgs(argText);
  if (!args || !fakerArgsFit(entry, args)) return undefined;
  return entry.make(new Gen(random), args);
}
