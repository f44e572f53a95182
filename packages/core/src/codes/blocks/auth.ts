import { defineCodes } from '../define.js';

/** Codes of the 'auth' area (see AREA_RANGES). */
export const authCodes = defineCodes([]);
