import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Problem } from '../problems.ts';
import { fieldsAt, schemaAt } from '../schema/shape.ts';
import { siteConfigSchema, type SiteConfig } from '../schema/site.ts';
import { SITE_FIELDS } from '../schema/field-help.ts';
import { schemaProblems } from '../schema/schema-problems.ts';
import { describeNonMapping, parseYaml, yamlProblem } from './frontmatter.ts';
import { scalarShape } from './yaml-scalars.ts';
import { createLocator } from './locator.ts';
import { displayPath, readSource } from './read-source.ts';

export const SITE_CONFIG_FILE = 'site.yaml';

const SITE_SHAPE = scalarShape(siteConfigSchema);

export type SiteConfigResult = { config: SiteConfig; problems: [] } | { config?: undefined; problems: Problem[] };

/** Reads and validates `content/site.yaml`, with the same kind of messages as entries. */
export function loadSiteConfig(contentDir: string, displayDir: string): SiteConfigResult {
  const path = join(contentDir, SITE_CONFIG_FILE);
  const display = displayPath(displayDir, SITE_CONFIG_FILE);
  if (!existsSync(path)) {
    return {
      problems: [
        error({
          code: 'missing-config',
          file: display,
          message: 'the site configuration file is missing',
          hint: 'create it with at least `title`, `description`, `url` and `intake` (see the README)',
        }),
      ],
    };
  }
  // A named pipe would block every command on its first read.
  if (!statSync(path).isFile()) {
    return {
      problems: [
        error({
          code: 'unreadable-file',
          file: display,
          message: 'the site configuration is not a regular file (a pipe, socket or device)',
          hint: 'replace it with a plain text file',
        }),
      ],
    };
  }
  const source = readSource(path, display);
  if (!source.ok) return { problems: [source.problem] };
  return parseSiteConfig(source.text, display);
}

export function parseSiteConfig(text: string, display: string): SiteConfigResult {
  let data: unknown;
  try {
    data = parseYaml(text, SITE_SHAPE);
  } catch (cause) {
    return { problems: [yamlProblem(cause, display, 0, text)] };
  }
  const notMapping = describeNonMapping(data);
  if (notMapping) {
    return {
      problems: [
        error({
          code: 'config-not-mapping',
          file: display,
          line: 1,
          column: 1,
          message: 'the site configuration must be a set of `field: value` lines',
          found: notMapping,
          hint: 'start from the example in the README: `title:`, `description:`, `url:`, `intake:` and `areas:`',
        }),
      ],
    };
  }
  const locate = createLocator(text, 1, { line: 1, column: 1 });
  const result = siteConfigSchema.safeParse(data ?? {});
  if (!result.success) {
    return {
      problems: schemaProblems(result.error.issues, {
        file: display,
        data,
        locate,
        fields: SITE_FIELDS,
        lineText: (line) => text.split('\n', line)[line - 1],
        allowedFields: (path) => fieldsAt(siteConfigSchema, path),
        fieldSchema: (path) => schemaAt(siteConfigSchema, path),
      }),
    };
  }
  return { config: result.data, problems: [] };
}
