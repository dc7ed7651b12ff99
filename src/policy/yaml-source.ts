// Moved to src/load/yaml.ts; this re-export goes once nothing imports it.
export * from '../load/yaml.js';
