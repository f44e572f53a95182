import type { Suite } from '../harness.js';
import structuredFields from './structured-fields.js';

/** Every suite, in the order `npm run bench` runs them. Each issue adds its own module here. */
export const SUITES: Suite[] = [structuredFields];
