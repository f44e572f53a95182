import type { LocalizedText } from '../../codes/define.js';

/**
 * The status of a field: the IANA registry's status (permanent, provisional,
 * deprecated, obsoleted), or `nonstandard` for fields in common use that are not registered.
 */
export type FieldStatus = 'permanent' | 'provisional' | 'deprecated' | 'obsoleted' | 'nonstandard';

/** Where a field is defined to appear. */
export type FieldDirection = 'request' | 'response' | 'both';

/** The RFC 9651 type of a Structured Field. */
export type StructuredType = 'item' | 'list' | 'dictionary';

/**
 * One field of the registry. Each family module (content.ts, caching.ts, ...)
 * exports an array of these; the hover text in zh-CN lives in
 * `locales/zh-CN/fields-<family>.ts`.
 */
export interface FieldDefinition {
  /** Canonical spelling, as registered. */
  name: string;
  status: FieldStatus;
  appearsIn: FieldDirection;
  /**
   * Whether the value is a comma-separated list, so that several field lines
   * combine into one value (RFC 9110, Section 5.3). A field that is not a list is a singleton.
   */
  list: boolean;
  /** A singleton that may still be repeated, each line standing alone (Set-Cookie). */
  repeatable?: boolean;
  /**
   * `forbidden`: a field RFC 9110, Section 6.5.1 keeps out of trailers (framing, routing,
   * request modifiers, authentication, response control, content processing).
   * `allowed`: defined for use in trailers. Absent: the specification says nothing.
   */
  trailer?: 'allowed' | 'forbidden';
  /** The RFC 9651 type: the registry's column, or the type the field's specification defines. */
  structuredType?: StructuredType;
  /** For an Item, the bare item's type when the specification fixes it (the registry's `Token`). */
  itemType?: 'token' | 'boolean' | 'string' | 'integer' | 'byte-sequence';
  /** Fields that do this field's job today; an empty array: none (the field is gone with nothing in its place). */
  replacedBy?: readonly string[];
  /**
   * Why sending the field is discouraged although it is not deprecated: it has no
   * effect in current software (`ineffective`, reported as HTTP3014), or it only
   * tells attackers about the implementation (`exposes-details`, HTTP3015).
   */
  discouraged?: 'ineffective' | 'exposes-details';
  /** Our advice on using the field, beyond its registry status. */
  advice?: LocalizedText;
  /** The defining specification, down to the section when there is one. */
  specUrl: string;
  mdnUrl?: string;
  /** One line. */
  summary: LocalizedText;
  /** Hover text (English markdown); the zh-CN text is registered by `@httplens/core/locales/zh-CN`. */
  docs: string;
}

/** The public view of a field, in one locale. */
export interface FieldInfo {
  name: string;
  status: FieldStatus;
  /** Whether the IANA HTTP Field Name Registry lists the field. */
  registered: boolean;
  advice?: string;
  discouraged?: FieldDefinition['discouraged'];
  replacedBy?: readonly string[];
  structuredType?: StructuredType;
  itemType?: FieldDefinition['itemType'];
  appearsIn: FieldDirection;
  trailer?: 'allowed' | 'forbidden';
  list: boolean;
  repeatable: boolean;
  specUrl: string;
  mdnUrl?: string;
  summary: string;
  docs: string;
  /** The language of `docs` (English until the zh-CN module is imported). */
  docsLocale: 'en' | 'zh-CN';
}

/** `https://www.rfc-editor.org/rfc/rfcN#section-S` (or `#appendix-A` for a letter). */
export function rfc(n: number, section?: string): string {
  const base = `https://www.rfc-editor.org/rfc/rfc${n}`;
  if (!section) return base;
  return /^[A-Z]/.test(section) ? `${base}#appendix-${section}` : `${base}#section-${section}`;
}

/** MDN's page of a header field. */
export function mdn(name: string): string {
  return `https://developer.mozilla.org/en-US/docs/Web/HTTP/Reference/Headers/${name}`;
}
