import { defineCodes } from '../define.js';

/** Codes of the 'portability' area (see AREA_RANGES). */
export const portabilityCodes = defineCodes([]);
