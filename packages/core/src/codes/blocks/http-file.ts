import { defineCodes } from '../define.js';

/** Codes of the 'http-file' area (see AREA_RANGES). */
export const httpFileCodes = defineCodes([]);
