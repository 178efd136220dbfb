import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * The `yaml` package (positions, precise errors) is needed only when a
 * message is written: loading it on demand keeps it out of every clean run.
 */
export function loadYamlPackage(): typeof import('yaml') {
  return require('yaml') as typeof import('yaml');
}
