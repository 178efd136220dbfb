import { slugify } from '../ids.ts';
import { parseSiteConfig } from '../load/site-config.ts';
import type { Problem } from '../problems.ts';
import { yamlString } from '../scaffold/yaml-write.ts';
import { todayIso } from '../validate/project.ts';

/** What a team says about its new site: by flags, or answering the prompts. */
export interface SiteAnswers {
  title: string;
  description: string;
  url: string;
  base: string;
  language: string;
  /** Where customers send feedback: an http(s) or mailto: address. */
  intake: string;
  /** Area labels, in order; their ids are made from them. */
  areas: string[];
}

export interface SiteVersions {
  /** The roadlog package's version, for the new site's dependency. */
  roadlog: string;
  /** The astro range the new site depends on. */
  astro: string;
  /** The pinned Node the new site's npm scripts run on, as this repository pins it. */
  node: string;
}

/** A new site: every file it gets, by path relative to its folder. */
export type SiteFiles = Map<string, string>;

export const ANSWER_DEFAULTS = (folderName: string): SiteAnswers => ({
  title: `${titleCase(folderName)} Roadmap`,
  description: 'What customers asked for, what we are building, and what shipped.',
  url: 'https://roadmap.example.com',
  base: '/',
  language: 'en',
  intake: 'mailto:feedback@example.com',
  areas: [],
});

/** Area ids made from their labels, each unique: "Mobile app" is `mobile-app`. */
export function areaIds(labels: readonly string[]): { id: string; label: string }[] {
  const seen = new Set<string>();
  return labels.map((label) => {
    const base = slugify(label) || 'area';
    let id = base;
    for (let n = 2; seen.has(id); n++) id = `${base}-${n}`;
    seen.add(id);
    return { id, label };
  });
}

/** content/site.yaml for the answers, and the problems validation finds in it (none for sensible answers). */
export function siteYaml(answers: SiteAnswers): { text: string; problems: Problem[] } {
  const lines = [
    '# The site configuration: the README explains every field.',
    `title: ${yamlString(answers.title)}`,
    `description: ${yamlString(answers.description)}`,
    '# Where the site is published, without the base path; deploys can override it (ROADLOG_SITE_URL).',
    `url: ${yamlString(answers.url)}`,
    `base: ${yamlString(answers.base)}`,
    `language: ${yamlString(answers.language)}`,
    '# Where customers send new feedback: shown in the header, the footer and on every request.',
    'intake:',
    '  - label: Send feedback',
    `    url: ${yamlString(answers.intake)}`,
  ];
  const areas = areaIds(answers.areas);
  if (areas.length > 0) {
    lines.push('# Parts of the product that requests, items and releases can belong to (`areas: [id]`).', 'areas:');
    for (const area of areas) lines.push(`  - id: ${yamlString(area.id)}`, `    label: ${yamlString(area.label)}`);
  } else {
    lines.push(
      '# Parts of the product that requests, items and releases can belong to, such as:',
      '# areas:',
      '#   - id: billing',
      '#     label: Billing',
    );
  }
  const text = `${lines.join('\n')}\n`;
  const parsed = parseSiteConfig(text, 'content/site.yaml');
  return { text, problems: parsed.problems };
}

/** Every file of a new Roadlog site: small, with drafts that show the format and publish nothing. */
export function planSite(
  answers: SiteAnswers,
  folderName: string,
  versions: SiteVersions,
  workflows: ReadonlyMap<string, string>,
): SiteFiles {
  const files: SiteFiles = new Map();
  const today = todayIso();
  const [firstArea] = areaIds(answers.areas);
  const areaLine = firstArea ? `areas: [${firstArea.id}]\n` : '';
  files.set(
    'package.json',
    `${JSON.stringify(
      {
        name: slugify(folderName) || 'roadmap',
        private: true,
        type: 'module',
        scripts: {
          dev: 'astro dev',
          build: 'astro build',
          preview: 'astro preview',
          validate: 'roadlog validate',
          new: 'roadlog new',
          import: 'roadlog import',
          notify: 'roadlog notify',
          triage: 'roadlog triage',
        },
        dependencies: { astro: versions.astro, roadlog: `^${versions.roadlog}` },
        // Astro needs Node 22.12 or newer; this runs every npm script on Node 24 whatever the machine has.
        devDependencies: { node: versions.node },
        // npm runs install scripts only of the packages allowed here: the pinned Node and Astro's bundler need theirs.
        allowScripts: { node: true, esbuild: true },
      },
      null,
      2,
    )}\n`,
  );
  files.set(
    'astro.config.mjs',
    `// @ts-check
import { defineConfig } from 'astro/config';
import roadlog from 'roadlog';

// The whole site: pages, feeds, the JSON API, search and the sitemap. Site settings live in content/site.yaml.
export default defineConfig({
  integrations: [roadlog()],
});
`,
  );
  files.set(
    'src/content.config.ts',
    `// Roadlog's collections, read by the same reader as \`npm run validate\`.\nexport { collections } from 'roadlog/loader';\n`,
  );
  files.set(
    'tsconfig.json',
    `${JSON.stringify({ extends: 'astro/tsconfigs/strict', include: ['.astro/types.d.ts', '**/*'], exclude: ['dist'] }, null, 2)}\n`,
  );
  files.set('.gitignore', 'node_modules/\ndist/\n.astro/\n');
  files.set('content/site.yaml', siteYaml(answers).text);
  files.set(
    'content/feedback/_example.md',
    `---
# A draft: files whose name starts with "_" are never published. Copy it to a name
# such as csv-export.md (the name is the request's id and URL) and fill it in.
title: Export my records to CSV
submitted: ${today}
votes: 3
${areaLine}# status: under-review        # or declined (with a reason), or duplicate (with duplicateOf)
# roadmap: csv-export          # the roadmap item that answers it: its status then follows the item
# source: https://github.com/you/yours/issues/1
author: A customer
---
In the customer's words: what they need and what they were trying to do.
`,
  );
  files.set(
    'content/roadmap/_example.md',
    `---
# A draft roadmap item. Requests link to it with \`roadmap: <this file's name>\`.
title: CSV export
status: next                    # later, next, now, paused or cancelled; a release ships it
${areaLine}target: ${today.slice(0, 4)}-Q4
updates:
  - date: ${today}
    status: next
    note: Planned for the next quarter.
---
The problem, and the plan.
`,
  );
  files.set(
    'content/changelog/_example.md',
    `---
# A draft release. Shipping an item here closes the loop: every request linked to it shows as shipped.
title: "1.0: CSV export"
date: ${today}
version: 1.0.0
changes: [new]                  # new, improved, fixed, deprecated, removed, security
# ships: [csv-export]           # roadmap items this release delivers
# closes: [some-request]        # requests it answers directly
${areaLine}---
What changed, for customers.
`,
  );
  for (const [name, text] of workflows) files.set(`.github/workflows/${name}`, text);
  files.set('README.md', siteReadme(answers));
  return files;
}

function siteReadme(answers: SiteAnswers): string {
  return `# ${answers.title}

Our public roadmap and changelog, built with [Roadlog](https://www.npmjs.com/package/roadlog): every request says
where it stands, and every release says which requests it answers.

## Working on it

\`\`\`sh
npm install
npm run dev        # a live site at http://localhost:4321/ while you edit content/
\`\`\`

Content lives in \`content/\`: one Markdown file per request (\`feedback/\`), roadmap item (\`roadmap/\`) and release
(\`changelog/\`), and the site's settings in \`content/site.yaml\`. The \`_example.md\` files are drafts (a leading \`_\`
keeps a file unpublished) that show each format.

| command | what it does |
| --- | --- |
| \`npm run dev\` | live server; shows content problems on the page without stopping |
| \`npm run validate\` | checks everything and reports every problem with its file and line |
| \`npm run new -- feedback "Title"\` | scaffolds a request (or \`roadmap\`, \`changelog\`); never overwrites a file |
| \`npm run import -- github issues.json\` | imports GitHub issues, a Canny export or a \`CHANGELOG.md\` |
| \`npm run build\` | validates, then builds the site (with its search index) into \`dist/\` |
| \`npm run preview\` | serves the built site as the host will |

\`npm run validate -- --explain <code>\` explains any problem code with an example and the fix.

## Changes go through pull requests

\`.github/workflows/validate.yml\` checks every pull request: problems appear on the changed lines, and the built
site is attached to the run for a preview. \`.github/workflows/deploy.yml\` publishes \`main\` to GitHub Pages
(Settings → Pages → Source: GitHub Actions). Netlify, Cloudflare Pages and Vercel work too: build command
\`npm run build\`, output folder \`dist\`.

## Upgrading

\`npm update roadlog\` brings new versions: your content and settings stay as they are.
`;
}

function titleCase(name: string): string {
  const words = name
    .replace(/[-_.]+/g, ' ')
    .trim()
    .split(/\s+/)
    .filter(Boolean);
  return words.length ? words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' ') : 'Our';
}
