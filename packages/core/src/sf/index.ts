export type {
  BareItem,
  BareItemType,
  Dictionary,
  InnerList,
  Item,
  List,
  Member,
  Parameters,
  SfBinary,
  SfBoolean,
  SfDate,
  SfDecimal,
  SfDisplayString,
  SfErrorReason,
  SfInteger,
  SfParseError,
  SfParseResult,
  SfString,
  SfToken,
  StructuredFieldType,
  StructuredFieldValue,
  StructuredFieldValueMap,
} from './types.js';
export { isInnerList } from './types.js';
export { parseStructuredField, parseStructuredFieldWithSpans, SfSpans } from './parse.js';
export { serializeStructuredField, SerializeError } from './serialize.js';
