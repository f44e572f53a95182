import { defineCodes } from '../define.js';

/** Codes of the 'message' area (see AREA_RANGES). */
export const messageCodes = defineCodes([]);
