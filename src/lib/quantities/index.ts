/**
 * Read quantities ("at least 5.5 million", "around 700,000", "between 8,000-10,000", "half")
 * from English news text. Pure TypeScript: no Node APIs, no dependencies, runs in the browser.
 */
export { QUALIFIERS } from './types';
export type { Qualifier, QuantityKind, Quantity } from './types';
export { readQuantities } from './read';
export { followsName } from './noncounts';
