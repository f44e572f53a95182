import { defineCodes } from '../define.js';

/** Codes of the 'framing' area (see AREA_RANGES). */
export const framingCodes = defineCodes([]);
