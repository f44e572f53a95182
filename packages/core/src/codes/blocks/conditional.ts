import { defineCodes } from '../define.js';

/** Codes of the 'conditional' area (see AREA_RANGES). */
export const conditionalCodes = defineCodes([]);
