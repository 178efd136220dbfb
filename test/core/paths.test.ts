import { describe, expect, it } from 'vitest';
import { parseSiteConfig } from '../../src/core/load/site-config.ts';
import { applyEnvOverrides, contentDirFromEnv } from '../../src/core/paths.ts';

const site = () => {
  const { config, problems } = parseSiteConfig(
    'title: T\ndescription: D\nurl: https://t.example\nintake:\n  - label: L\n    url: https://t.example/new\n',
    'site.yaml',
  );
  expect(problems).toEqual([]);
  return config!;
};

describe('the environment', () => {
  it('names the content folder with ROADLOG_CONTENT, trimmed, else content/', () => {
    expect(contentDirFromEnv({})).toBe('content');
    expect(contentDirFromEnv({ ROADLOG_CONTENT: '   ' })).toBe('content');
    expect(contentDirFromEnv({ ROADLOG_CONTENT: ' test/content ' })).toBe('test/content');
  });

  it('overrides the address and base path of site.yaml, trimmed, and nothing else', () => {
    const config = site();
    expect(applyEnvOverrides(config, {})).toEqual({ config, problems: [] });
    expect(applyEnvOverrides(config, {}).config).toBe(config);
    expect(applyEnvOverrides(config, { ROADLOG_SITE_URL: ' ', ROADLOG_BASE: '' }).config).toBe(config);
    const url = applyEnvOverrides(config, { ROADLOG_SITE_URL: ' https://acme.example ' });
    expect(url).toEqual({ config: { ...config, url: 'https://acme.example' }, problems: [] });
    const base = applyEnvOverrides(config, { ROADLOG_BASE: ' /roadmap/ ' });
    expect(base).toEqual({ config: { ...config, base: '/roadmap/' }, problems: [] });
  });

  it('reports a bad override as the variable it came from, keeping site.yaml as it was', () => {
    const config = site();
    const result = applyEnvOverrides(config, { ROADLOG_SITE_URL: 'https://acme.example', ROADLOG_BASE: 'roadmap' });
    expect(result.config).toBe(config);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'invalid-environment',
        file: '$ROADLOG_BASE',
        message: 'ROADLOG_BASE: expected a path that starts with "/", such as "/" or "/roadmap/"',
        found: '"roadmap"',
        hint: 'it overrides `base` from site.yaml; fix or unset it',
      },
    ]);
    const url = applyEnvOverrides(config, { ROADLOG_SITE_URL: 'ftp://acme.example' });
    expect(url.problems.map((problem) => [problem.file, problem.found, problem.hint])).toEqual([
      ['$ROADLOG_SITE_URL', '"ftp://acme.example"', 'it overrides `url` from site.yaml; fix or unset it'],
    ]);
    expect(url.problems[0]!.message).toMatch(/^ROADLOG_SITE_URL: expected a full http:\/\/ or https:\/\/ address/);
  });
});
