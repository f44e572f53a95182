import { defineCodes } from '../define.js';

/** Codes of the 'structured' area (see AREA_RANGES). */
export const structuredCodes = defineCodes([]);
