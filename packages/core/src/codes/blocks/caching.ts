import { defineCodes } from '../define.js';

/** Codes of the 'caching' area (see AREA_RANGES). */
export const cachingCodes = defineCodes([]);
