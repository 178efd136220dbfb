/**
 * What `npm run validate` starts: scripts/validate.ts, with Node's compile
 * cache on before any TypeScript is loaded. Every module then comes from the
 * cache with its types already stripped, so Node never loads its type
 * stripper: about 0.15 s of a one-second run at 10,000 entries.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache();
await import('./validate.ts');
