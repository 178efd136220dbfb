import { describe, expect, it } from 'vitest';
import { baselineFiles } from '../../scripts/mutation-changed.ts';

describe('the CI mutation check', () => {
  it('mutates the core files the baseline covers that still exist, in a stable order', () => {
    const report = { files: { 'src/core/urls.ts': {}, 'src/core/api/schemas.ts': {}, 'src/core/gone.ts': {}, 'src/cli/main.ts': {} } };
    const exists = (file: string) => file !== 'src/core/gone.ts';
    expect(baselineFiles(report, exists)).toEqual(['src/core/api/schemas.ts', 'src/core/urls.ts']);
    expect(baselineFiles({}, exists)).toEqual([]);
  });
});
