export { getLanguageService, type LanguageService } from './languageService.js';
export type { AuthConfigurationSet, LanguageServiceOptions, LanguageSettings } from './settings.js';
export type { TextDocument } from './document.js';
export { isMessageDocument, parseDocument, requestAt, templateMessage, type ParsedDocument } from './parse.js';
export { fieldSeconds, mask } from './hover.js';
export { MESSAGES as UI_MESSAGES, directiveMeaning } from './l10n.js';
export { parseConfig, settingsFromConfig, type ConfigProblem, type HttplensConfig } from './config.js';
export { toLspDiagnostic } from './validation.js';
