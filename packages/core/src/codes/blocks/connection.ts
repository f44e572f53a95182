import { defineCodes } from '../define.js';

/** Codes of the 'connection' area (see AREA_RANGES). */
export const connectionCodes = defineCodes([]);
