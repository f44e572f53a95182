import { defineCodes } from '../define.js';

/** Codes of the 'registry' area (see AREA_RANGES). */
export const registryCodes = defineCodes([]);
