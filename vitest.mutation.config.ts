import { defineConfig } from 'vitest/config';
import base from './vitest.config.ts';

// Stryker runs the unit project only: the build, browser and dev projects build whole sites per run,
// far too slow to repeat for every mutant, and their child processes never see an active mutant.
const unit = base.test?.projects?.find((project) => typeof project === 'object' && 'test' in project && project.test?.name === 'unit');
if (typeof unit !== 'object' || !('test' in unit) || !unit.test) throw new Error('vitest.config.ts has no unit project');
const { name: _name, sequence: _sequence, ...unitTest } = unit.test;

export default defineConfig({ test: unitTest });
