import { defineCodes } from '../define.js';

/** Codes of the 'security' area (see AREA_RANGES). */
export const securityCodes = defineCodes([]);
