/**
 * The value model of RFC 9651 Structured Fields.
 *
 * Every Bare Item is a tagged object, so a Token never looks like a String, an
 * Integer never looks like a Decimal (`1.0` stays a Decimal and serialises as
 * `1.0`), and a Date never looks like an Integer:
 *
 * | RFC 9651 type   | value                                             |
 * |-----------------|---------------------------------------------------|
 * | Integer         | `{ type: 'integer', value: number }` (a safe integer) |
 * | Decimal         | `{ type: 'decimal', value: number }`              |
 * | String          | `{ type: 'string', value: string }`               |
 * | Token           | `{ type: 'token', value: string }`                |
 * | Byte Sequence   | `{ type: 'binary', value: Uint8Array }`           |
 * | Boolean         | `{ type: 'boolean', value: boolean }`             |
 * | Date            | `{ type: 'date', value: number }` (seconds since 1970-01-01T00:00:00Z) |
 * | Display String  | `{ type: 'displaystring', value: string }`        |
 *
 * Parameters and Dictionaries are ordered maps (`Map`), in the order written.
 */
export type BareItem =
  | SfInteger
  | SfDecimal
  | SfString
  | SfToken
  | SfBinary
  | SfBoolean
  | SfDate
  | SfDisplayString;

export interface SfInteger {
  type: 'integer';
  value: number;
}
export interface SfDecimal {
  type: 'decimal';
  value: number;
}
export interface SfString {
  type: 'string';
  value: string;
}
export interface SfToken {
  type: 'token';
  value: string;
}
export interface SfBinary {
  type: 'binary';
  value: Uint8Array;
}
export interface SfBoolean {
  type: 'boolean';
  value: boolean;
}
export interface SfDate {
  type: 'date';
  value: number;
}
export interface SfDisplayString {
  type: 'displaystring';
  value: string;
}

export type BareItemType = BareItem['type'];

/** Parameters: an ordered map from key to Bare Item. */
export type Parameters = Map<string, BareItem>;

/** An Item: a Bare Item with its Parameters. */
export interface Item {
  value: BareItem;
  params: Parameters;
}

/** An Inner List: Items in parentheses, with Parameters of the whole list. */
export interface InnerList {
  items: Item[];
  params: Parameters;
}

/** A member of a List or a Dictionary. */
export type Member = Item | InnerList;

export type List = Member[];

/** A Dictionary: an ordered map from key to Item or Inner List. */
export type Dictionary = Map<string, Member>;

export type StructuredFieldType = 'item' | 'list' | 'dictionary';

/** The value a top-level type parses to. */
export interface StructuredFieldValueMap {
  item: Item;
  list: List;
  dictionary: Dictionary;
}

export type StructuredFieldValue = Item | List | Dictionary;

/** Why a parse failed: a stable identifier, so callers can map it to a diagnostic code. */
export type SfErrorReason =
  | 'empty'
  | 'expectedItem'
  | 'expectedKey'
  | 'expectedComma'
  | 'trailingComma'
  | 'trailingCharacters'
  | 'invalidNumber'
  | 'invalidString'
  | 'invalidBinary'
  | 'invalidBoolean'
  | 'invalidDate'
  | 'invalidDisplayString'
  | 'invalidInnerList';

export interface SfParseError {
  /** English description of the problem. */
  message: string;
  /** UTF-16 offset in the parsed text where the problem was found. */
  offset: number;
  reason: SfErrorReason;
}

export type SfParseResult<T> = { ok: true; value: T } | { ok: false; error: SfParseError };

/** Type guard: the member is an Inner List. */
export function isInnerList(member: Member): member is InnerList {
  return (member as InnerList).items !== undefined;
}
