#!/usr/bin/env node
/**
 * The roadlog command. Node's compile cache is turned on before any module
 * loads, so a second run reads them already compiled (BENCHMARKS.md). In an
 * installed package the compiled JavaScript runs (Node does not strip types
 * under node_modules); in Roadlog's own repository, the TypeScript source.
 */
import { existsSync } from 'node:fs';
import { enableCompileCache } from 'node:module';

enableCompileCache();
const compiled = new URL('../compiled/cli/main.js', import.meta.url);
const installed = import.meta.url.includes('/node_modules/') && existsSync(compiled);
const { main } = await import(installed ? compiled.href : new URL('../src/cli/main.ts', import.meta.url).href);
await main(process.argv.slice(2));
