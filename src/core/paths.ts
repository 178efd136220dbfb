/** The content folder: `content/` unless ROADLOG_CONTENT points elsewhere (tests, benchmarks). */
export function contentDirFromEnv(env: Record<string, string | undefined> = process.env): string {
  return env.ROADLOG_CONTENT?.trim() || 'content';
}
