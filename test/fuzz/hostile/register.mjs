// Loads privaudit's TypeScript sources in a plain `node` child (the same hooks the scan workers use in development).
import { register } from 'node:module';

register(new URL('../../../src/scan/dev-ts-hooks.mjs', import.meta.url));
