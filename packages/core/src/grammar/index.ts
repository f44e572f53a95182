export {};
export * from './http-date.js';
