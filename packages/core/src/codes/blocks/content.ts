import { defineCodes } from '../define.js';

/** Codes of the 'content' area (see AREA_RANGES). */
export const contentCodes = defineCodes([]);
