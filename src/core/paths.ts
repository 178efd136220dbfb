import { error, type Problem } from './problems.ts';
import { siteConfigSchema, type SiteConfig } from './schema/site.ts';

type Env = Record<string, string | undefined>;

/** The content folder: `content/` unless ROADLOG_CONTENT points elsewhere (tests, benchmarks). */
export function contentDirFromEnv(env: Env = process.env): string {
  return env.ROADLOG_CONTENT?.trim() || 'content';
}

/**
 * Deploys set the public address and base path from their environment
 * (GitHub Pages derives the base from the repository name), so
 * ROADLOG_SITE_URL and ROADLOG_BASE override site.yaml, checked by the same
 * schema.
 */
export function applyEnvOverrides(config: SiteConfig, env: Env = process.env): { config: SiteConfig; problems: Problem[] } {
  const overrides: Partial<Pick<SiteConfig, 'url' | 'base'>> = {};
  if (env.ROADLOG_SITE_URL?.trim()) overrides.url = env.ROADLOG_SITE_URL.trim();
  if (env.ROADLOG_BASE?.trim()) overrides.base = env.ROADLOG_BASE.trim();
  if (Object.keys(overrides).length === 0) return { config, problems: [] };
  const result = siteConfigSchema.safeParse({ ...config, ...overrides });
  if (result.success) return { config: result.data, problems: [] };
  return {
    config,
    problems: result.error.issues.map((issue) => {
      const field = String(issue.path[0]);
      const variable = field === 'url' ? 'ROADLOG_SITE_URL' : 'ROADLOG_BASE';
      return error({
        code: 'invalid-environment',
        file: `$${variable}`,
        message: `${variable}: ${issue.message}`,
        found: JSON.stringify(overrides[field as 'url' | 'base']),
        hint: `it overrides \`${field}\` from site.yaml; fix or unset it`,
      });
    }),
  };
}
