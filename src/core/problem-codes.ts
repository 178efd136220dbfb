/**
 * Every problem code Roadlog reports, with what it means, a mistake that
 * causes it and the fix. `roadlog validate --explain <code>` prints an entry,
 * and the README's table of codes is generated from this list.
 */
export interface CodeExplanation {
  severity: 'error' | 'warning';
  /** What the problem means, in a sentence. */
  means: string;
  /** A file (or line) with the mistake. */
  example: string;
  /** The same, fixed. */
  fix: string;
}

export const PROBLEM_CODES = {
  // Reading files
  'empty-file': {
    severity: 'error',
    means: 'The file has nothing in it.',
    example: '(an empty content/feedback/csv-export.md)',
    fix: 'Delete the file, or give it frontmatter and a body (`npm run new` writes one).',
  },
  'missing-frontmatter': {
    severity: 'error',
    means: 'The file does not start with a `---` line, so it has no fields.',
    example: 'title: CSV export\n---',
    fix: '---\ntitle: CSV export\n---',
  },
  'unclosed-frontmatter': {
    severity: 'error',
    means: 'The frontmatter opened by the first `---` line is never closed.',
    example: '---\ntitle: CSV export\nsubmitted: 2026-05-07\nThe body.',
    fix: '---\ntitle: CSV export\nsubmitted: 2026-05-07\n---\nThe body.',
  },
  'yaml-syntax': {
    severity: 'error',
    means: 'The frontmatter (or site.yaml) is not valid YAML, at the line shown.',
    example: 'title: Export: CSV',
    fix: 'title: "Export: CSV"',
  },
  'yaml-alias': {
    severity: 'error',
    means:
      'The frontmatter (or site.yaml) uses a YAML alias (`*name`); nested aliases can expand to billions of values, so none is accepted.',
    example: 'areas: &a [exports]\ntags: *a',
    fix: 'areas: [exports]\ntags: [exports]',
  },
  'frontmatter-not-mapping': {
    severity: 'error',
    means: 'The frontmatter is a list or a lone value instead of `field: value` lines.',
    example: '---\n- CSV export\n---',
    fix: '---\ntitle: CSV export\n---',
  },
  'file-too-large': {
    severity: 'error',
    means: 'Content files are limited to 1 MiB.',
    example: '(a request with a 3 MB log pasted in)',
    fix: 'Move long material elsewhere and link to it.',
  },
  'not-utf8': {
    severity: 'error',
    means: 'The file has bytes that are not UTF-8 text, at the position shown.',
    example: '(a file saved as Windows-1252)',
    fix: 'Save the file as UTF-8 ("Save with encoding" in most editors).',
  },
  'unreadable-file': {
    severity: 'error',
    means: 'The file cannot be read (permissions, or not a regular file).',
    example: '(a file your user may not read)',
    fix: 'Give your user permission to read it, or remove it from the content folder.',
  },
  'not-a-file': {
    severity: 'warning',
    means: 'Something in a collection folder is not a regular file (a named pipe, socket, device or broken symlink); it is skipped.',
    example: '(a FIFO made with mkfifo content/feedback/pipe.md)',
    fix: 'Remove it from the content folder.',
  },
  'outside-content': {
    severity: 'error',
    means: 'A file in a collection folder is a symlink to a place outside the content folder; it is neither read nor published.',
    example: 'content/feedback/passwd.md -> /etc/passwd',
    fix: 'Copy the file into the content folder instead of linking to it.',
  },
  'mdx-not-allowed': {
    severity: 'error',
    means:
      'site.yaml sets `allowMdx: false`, and this release is an `.mdx` file; MDX is code that runs when the site is built, so it is neither read nor published.',
    example: 'content/changelog/v2-0.mdx  (with allowMdx: false)',
    fix: 'content/changelog/v2-0.md (plain Markdown), or `allowMdx: true` for a site whose contributors are all trusted.',
  },
  'invalid-id': {
    severity: 'error',
    means: "A file name is its entry's id and URL: lowercase letters, digits and single hyphens.",
    example: 'content/feedback/CSV_Export.md',
    fix: 'content/feedback/csv-export.md',
  },
  'reserved-id': {
    severity: 'error',
    means: "The file name is taken by one of the site's list pages (`/roadmap/now/` lists the items in progress).",
    example: 'content/roadmap/now.md',
    fix: 'content/roadmap/now-item.md',
  },
  'id-collision': {
    severity: 'error',
    means: 'Two files of a collection have ids that differ only in letter case or extension; they would share a URL.',
    example: 'content/changelog/v2.md and content/changelog/v2.mdx',
    fix: 'Rename one of them.',
  },
  'stray-file': {
    severity: 'warning',
    means: 'A file in a collection folder is not an entry (wrong extension) and is ignored.',
    example: 'content/feedback/notes.txt',
    fix: 'content/feedback/notes.md, or move it out of the content folder.',
  },
  'nested-folder': {
    severity: 'warning',
    means: 'Entries sit directly in their collection folder; a folder inside it is ignored.',
    example: 'content/feedback/2025/old-request.md',
    fix: 'content/feedback/old-request.md, or name the folder `_2025` to keep it as drafts.',
  },
  // The site configuration
  'missing-config': {
    severity: 'error',
    means: 'The content folder has no site.yaml.',
    example: '(content/ without site.yaml)',
    fix: 'Create content/site.yaml with at least title, description, url and intake (the README has an example).',
  },
  'config-not-mapping': {
    severity: 'error',
    means: 'site.yaml is a list or a lone value instead of `field: value` lines.',
    example: '- title: Acme Roadmap',
    fix: 'title: Acme Roadmap',
  },
  'invalid-environment': {
    severity: 'error',
    means: 'ROADLOG_SITE_URL or ROADLOG_BASE, which override site.yaml in deploys, holds a value site.yaml would refuse.',
    example: 'ROADLOG_BASE=roadmap',
    fix: 'ROADLOG_BASE=/roadmap/',
  },
  'unknown-option': {
    severity: 'error',
    means: 'roadlog() in astro.config.mjs was given an option it does not have.',
    example: 'roadlog({ contnet: "docs/roadmap" })',
    fix: 'roadlog({ content: "docs/roadmap" })',
  },
  'invalid-option': {
    severity: 'error',
    means: 'An option of roadlog() in astro.config.mjs has a value it cannot take.',
    example: 'roadlog({ customCss: "./brand.css" })',
    fix: 'roadlog({ customCss: ["./brand.css"] })',
  },
  'webhook-address': {
    severity: 'error',
    means: 'A webhook under `notify.webhooks` in site.yaml needs exactly one address: `url`, or `env` naming the variable that holds it.',
    example: 'notify:\n  webhooks:\n    - format: slack',
    fix: 'notify:\n  webhooks:\n    - env: SLACK_WEBHOOK_URL\n      format: slack',
  },
  'unknown-ui-string': {
    severity: 'error',
    means: 'A key under `ui` in site.yaml that is not one of the strings of the site’s catalogue (src/core/i18n/en.ts lists them all).',
    example: 'ui:\n  nav.roadmpa: Plans',
    fix: 'ui:\n  nav.roadmap: Plans',
  },
  'missing-logo': {
    severity: 'error',
    means:
      '`logo` in site.yaml names a file of the public folder (Astro’s `publicDir`, `public/` beside astro.config.mjs) that is not there, or is a folder: every page would show a broken image. A full https:// address is not checked.',
    example: 'logo: /logo.svg  (no public/logo.svg)',
    fix: 'Put logo.svg in public/, fix the name (letter case counts), or write `logo: https://acme.example/logo.svg`.',
  },
  'unknown-status-label': {
    severity: 'error',
    means: 'A key under `labels` in site.yaml that is not a public status or board column.',
    example: 'labels:\n  under-reveiw: { label: Considering }',
    fix: 'labels:\n  under-review: { label: Considering }',
  },
  // Fields
  'unknown-field': {
    severity: 'error',
    means: 'A field the entry (or site.yaml) does not have, often a typo; its value is checked as the field it was meant as.',
    example: 'stauts: under-review',
    fix: 'status: under-review',
  },
  'missing-field': {
    severity: 'error',
    means: 'A required field is missing.',
    example: '---\ntitle: CSV export\n---',
    fix: '---\ntitle: CSV export\nsubmitted: 2026-05-07\n---',
  },
  'wrong-type': {
    severity: 'error',
    means: 'A field has a value of the wrong kind: text where a list is expected, a list where a number is expected.',
    example: 'areas: exports',
    fix: 'areas: [exports]',
  },
  'invalid-value': {
    severity: 'error',
    means: 'A field has a value it cannot take, such as a status that does not exist.',
    example: 'status: planed',
    fix: 'status: under-review  (a request becomes planned by linking it to a roadmap item)',
  },
  'invalid-format': {
    severity: 'error',
    means: 'A value is not written the way the field needs: a date as YYYY-MM-DD that exists, an http(s) address, an id.',
    example: 'submitted: 2026-02-30',
    fix: 'submitted: 2026-02-28',
  },
  'invalid-year': {
    severity: 'error',
    means: 'A date has a year before 1000; years 0-99 would be shown as 1900-1999.',
    example: 'submitted: 0026-05-01',
    fix: 'submitted: 2026-05-01',
  },
  'control-character': {
    severity: 'error',
    means:
      'A one-line field (a title, a name, a version) holds a control character, usually written as a YAML escape; it would reach pages, feeds and terminals as it stands.',
    example: 'title: "CSV export\\x07"',
    fix: 'title: CSV export',
  },
  'too-small': {
    severity: 'error',
    means: 'A value is shorter or smaller than the field allows (an empty title, negative votes).',
    example: 'votes: -1',
    fix: 'votes: 0',
  },
  'too-big': {
    severity: 'error',
    means: 'A value is longer or larger than the field allows (a title over 140 characters).',
    example: 'title: (a 200-character title)',
    fix: 'title: (140 characters at most; the rest belongs in the body)',
  },
  'not-multiple-of': {
    severity: 'error',
    means: 'A number must be a whole number.',
    example: 'votes: 2.5',
    fix: 'votes: 3',
  },
  'duplicate-needs-target': {
    severity: 'error',
    means: 'A request marked as a duplicate must name the request it duplicates.',
    example: 'status: duplicate',
    fix: 'status: duplicate\nduplicateOf: csv-export',
  },
  'duplicate-of-without-status': {
    severity: 'error',
    means: '`duplicateOf` is only allowed on a request with `status: duplicate`.',
    example: 'duplicateOf: csv-export',
    fix: 'status: duplicate\nduplicateOf: csv-export',
  },
  'declined-needs-reason': {
    severity: 'error',
    means: 'A declined request needs the public answer customers will read.',
    example: 'status: declined',
    fix: 'status: declined\nreason: We will not support Internet Explorer; the web app needs a current browser.',
  },
  // References
  'unknown-reference': {
    severity: 'error',
    means: 'A field or a `[[kind:id]]` reference in a body names an entry that does not exist.',
    example: 'roadmap: dark-mod',
    fix: 'roadmap: dark-mode',
  },
  'unknown-area': {
    severity: 'error',
    means: 'An area id that site.yaml does not declare.',
    example: 'areas: [export]',
    fix: 'areas: [exports], or declare the area under `areas` in site.yaml',
  },
  'image-suffix': {
    severity: 'error',
    means: 'An image path has a `?` or `#` part; the build reads files, not URLs, and cannot find it.',
    example: '![chart](chart.png?v=2)',
    fix: '![chart](chart.png)',
  },
  'image-outside-content': {
    severity: 'error',
    means: 'An image path, or the symlink it names, leads outside the content folder; the build would read and publish that file.',
    example: '![x](../../../etc/passwd.png)',
    fix: '![chart](chart.png) (with chart.png beside the entry)',
  },
  'invalid-image': {
    severity: 'error',
    means:
      'An image beside an entry is not the picture its name says (a text file named .png, a JPEG named .png), or not a format the build publishes.',
    example: '![chart](chart.png)  (chart.png holds text)',
    fix: 'Export the picture again, or give it the extension of its format.',
  },
  'image-too-large': {
    severity: 'error',
    means: 'An image is over 20 MiB or 100 megapixels; the build reads and re-encodes every image.',
    example: '![scan](scan.png)  (a 30,000 × 30,000 pixel scan)',
    fix: 'Scale the image down or compress it.',
  },
  'unsafe-svg': {
    severity: 'error',
    means:
      'An SVG image holds a script, an event handler or embedded content; SVGs are published as they are, and opened on their own they would run on the site.',
    example: '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    fix: 'Export the SVG again without scripts, or use a PNG.',
  },
  'reference-image': {
    severity: 'error',
    means:
      'An image of a file beside the entry is written as a reference (`![alt][c]` with `[c]: chart.png`); the build does not resolve it and publishes a broken image.',
    example: '![The chart][c]\n\n[c]: chart.png',
    fix: '![The chart](chart.png)',
  },
  'missing-image': {
    severity: 'error',
    means: 'A body shows an image that is not beside its file.',
    example: '![The chart](chart.png)  (no chart.png in the folder)',
    fix: 'Add chart.png beside the entry, fix the name (letter case counts), or link a full https:// address.',
  },
  'names-internal-entry': {
    severity: 'error',
    means:
      'A public entry would have to name an internal one (`visibility: internal`): it is merged into an internal request, shipped by an internal release, or references one in its body.',
    example: 'content/feedback/csv.md: status: duplicate, duplicateOf: secret-export (an internal request)',
    fix: 'Give both entries the same visibility, or remove the link.',
  },
  // The lifecycle
  'shipped-without-release': {
    severity: 'error',
    means: 'An item is shipped when a release lists it in `ships`, not by writing `status: shipped`.',
    example: 'content/roadmap/csv-export.md: status: shipped',
    fix: 'content/changelog/v2-0.md: ships: [csv-export]',
  },
  'cancelled-but-shipped': {
    severity: 'error',
    means: 'A release ships an item that is cancelled.',
    example: 'roadmap/csv-export.md: status: cancelled, and changelog/v2-0.md: ships: [csv-export]',
    fix: 'Remove it from `ships`, or give the item its real status.',
  },
  'closed-twice': {
    severity: 'error',
    means: 'Two releases close the same request; a request ships once.',
    example: 'changelog/v2-0.md and changelog/v2-1.md both: closes: [csv-export]',
    fix: 'Keep it in the release that answered it.',
  },
  'closed-and-linked': {
    severity: 'error',
    means: 'A release closes a request that is also linked to a roadmap item; the item decides its status.',
    example: 'feedback/csv-export.md: roadmap: exports, and a release: closes: [csv-export]',
    fix: 'Ship the item (`ships: [exports]`), or remove the link.',
  },
  'closes-duplicate': {
    severity: 'error',
    means: 'A release closes a request that is a duplicate; the request it duplicates is the one to close.',
    example: 'closes: [csv-download]  (a duplicate of csv-export)',
    fix: 'closes: [csv-export]',
  },
  'duplicate-of-self': {
    severity: 'error',
    means: 'A request is marked as a duplicate of itself.',
    example: 'content/feedback/csv-export.md: duplicateOf: csv-export',
    fix: 'Name the other request, or remove `status: duplicate`.',
  },
  'duplicate-loop': {
    severity: 'error',
    means: 'Requests are duplicates of each other in a loop, so none is the original.',
    example: 'a.md: duplicateOf: b, and b.md: duplicateOf: a',
    fix: 'Make one of them the original: remove its `status: duplicate` and `duplicateOf`.',
  },
  'duplicate-with-roadmap': {
    severity: 'error',
    means: 'A duplicate follows the request it duplicates, so it cannot link to a roadmap item of its own.',
    example: 'status: duplicate\nduplicateOf: csv-export\nroadmap: exports',
    fix: 'status: duplicate\nduplicateOf: csv-export  (link csv-export to the item)',
  },
  'status-contradiction': {
    severity: 'error',
    means: "A request's own status contradicts the one the lifecycle derives (from its roadmap item or a release).",
    example: 'status: declined, on a request a release closes',
    fix: 'Remove `status` (the derived one shows), or change what links it.',
  },
  'updates-out-of-order': {
    severity: 'error',
    means: "A roadmap item's updates are listed oldest first; this one is older than the one before it.",
    example: 'updates:\n  - date: 2026-03-01\n  - date: 2026-02-01',
    fix: 'updates:\n  - date: 2026-02-01\n  - date: 2026-03-01',
  },
  'stale-item': {
    severity: 'warning',
    means: 'An item has been in progress (`now`) with no update for 180 days; customers may think it stalled.',
    example: 'status: now, last update a year ago',
    fix: 'Add an update with what happened, or change its status.',
  },
  'cancelled-without-reason': {
    severity: 'warning',
    means: 'A cancelled item has no update note, so its linked requests show as declined without a reason.',
    example: 'status: cancelled',
    fix: 'updates:\n  - date: 2026-05-07\n    status: cancelled\n    note: Replaced by the new exports page.',
  },
  'duplicate-version': {
    severity: 'warning',
    means: 'Two releases have the same version.',
    example: 'changelog/v2-0.md and changelog/v2-0-hotfix.md: version: 2.0',
    fix: 'version: 2.0.1',
  },
  'future-date': {
    severity: 'warning',
    means: 'A date is later than today (a request, a release or an update), often a typo in the year.',
    example: 'submitted: 2062-05-07',
    fix: 'submitted: 2026-05-07',
  },
  // Bodies
  'mdx-syntax': {
    severity: 'error',
    means: 'An .mdx release cannot be compiled: MDX is JSX, so tags must close and `{` and `<` start code.',
    example: 'Use <br> for a line break.',
    fix: 'Use <br /> for a line break, or rename the file to .md if it needs no components.',
  },
  'mdx-render': {
    severity: 'error',
    means: 'An .mdx release fails when the build renders it, as when an expression names something never imported.',
    example: 'Downloads: {downloadCount}',
    fix: 'Downloads: 1,200  (or import or export `downloadCount` in the file)',
  },
} as const satisfies Record<string, CodeExplanation>;

export type ProblemCode = keyof typeof PROBLEM_CODES;

export function explainCode(code: string): CodeExplanation | undefined {
  return (PROBLEM_CODES as Record<string, CodeExplanation>)[code];
}

/** An explanation as `roadlog validate --explain` prints it. */
export function formatExplanation(code: string, explanation: CodeExplanation): string {
  const indent = (text: string) => text.replace(/^/gm, '    ');
  return `${code} (${explanation.severity})\n\n${explanation.means}\n\nFor example:\n${indent(explanation.example)}\n\nFix:\n${indent(explanation.fix)}\n`;
}

/** The README's table of every code, generated from this list. */
export function problemCodesTable(codes: Readonly<Record<string, CodeExplanation>> = PROBLEM_CODES): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, '<br>');
  const rows = Object.entries(codes).map(([code, explanation]) => `| \`${code}\` | ${explanation.severity} | ${cell(explanation.means)} |`);
  return ['| code | severity | meaning |', '| --- | --- | --- |', ...rows].join('\n');
}
