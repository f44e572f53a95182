export { registerLocaleData, hasLocaleData } from './locale-data.js';
export type { LocaleData } from './locale-data.js';
export { CODE_DOCS_BASE_URL, diagnosticDocUrl, getDiagnosticInfo, listDiagnosticCodes, renderDiagnosticDocPage } from './diagnostic-info.js';
export type { DiagnosticInfo } from './diagnostic-info.js';
export { FIELD_DEFINITIONS, getField, getFieldDefinition, getFieldFamily, listFields } from './field-registry.js';
export { FIELD_FAMILIES } from './fields/index.js';
export type { FieldDefinition, FieldDirection, FieldInfo, FieldStatus, StructuredType } from './fields/types.js';
