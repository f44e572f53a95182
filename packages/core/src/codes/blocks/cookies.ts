import { defineCodes } from '../define.js';

/** Codes of the 'cookies' area (see AREA_RANGES). */
export const cookiesCodes = defineCodes([]);
