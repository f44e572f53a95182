import { defineCodes } from '../define.js';

/** Codes of the 'syntax' area (see AREA_RANGES). */
export const syntaxCodes = defineCodes([]);
