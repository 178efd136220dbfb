/**
 * Compiles the roadlog command to JavaScript in compiled/ before `npm pack`
 * (package.json's prepack): Node refuses to strip types from files under
 * node_modules, so an installed package runs this; the Astro side is
 * compiled by Vite from the TypeScript source, as Starlight's is.
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './lib/project-root.ts';

rmSync(join(PROJECT_ROOT, 'compiled'), { recursive: true, force: true });
execFileSync(process.execPath, [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(PROJECT_ROOT, 'tsconfig.cli.json')], {
  stdio: 'inherit',
});
