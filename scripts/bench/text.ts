import type { Random } from './random.ts';

/**
 * Words and Markdown for synthetic entries. Real boards have a long tail of
 * rare words (customer names, places, tools, error codes) that drives the
 * size of a search index, so names are built from syllables rather than
 * drawn from a short fixed list.
 */

export interface AreaSeed {
  id: string;
  label: string;
  description: string;
  /** Things in this area that requests and items talk about. */
  objects: string[];
}

/** Up to 12 areas; a corpus declares the first 6 to 12. */
export const AREA_SEEDS: AreaSeed[] = [
  {
    id: 'editor',
    label: 'Editor',
    description: 'Writing and formatting pages, tasks and comments.',
    objects: [
      'tables in pages',
      'page templates',
      'inline comments',
      'task checklists',
      'rich text formatting',
      'page history',
      'embedded images',
      'markdown shortcuts',
    ],
  },
  {
    id: 'mobile',
    label: 'Mobile apps',
    description: 'The iOS and Android apps, on phones and tablets.',
    objects: [
      'the Android widget',
      'iPad split view',
      'push notifications on iOS',
      'the mobile task list',
      'photo uploads from the phone',
      'the tablet layout',
      'biometric unlock',
      'home screen shortcuts',
    ],
  },
  {
    id: 'sync',
    label: 'Offline & sync',
    description: 'Working without a connection and syncing safely between devices.',
    objects: [
      'offline editing',
      'sync conflicts',
      'background sync',
      'selective sync',
      'large attachments offline',
      'sync status',
      'offline search',
      'shared workspaces offline',
    ],
  },
  {
    id: 'search',
    label: 'Search',
    description: 'Finding pages, tasks, people and files.',
    objects: [
      'search filters',
      'saved searches',
      'search in attachments',
      'fuzzy search',
      'search by date',
      'recent searches',
      'search across workspaces',
      'search result previews',
    ],
  },
  {
    id: 'notifications',
    label: 'Notifications',
    description: 'Email, push and in-app notifications.',
    objects: [
      'email digests',
      'notification settings',
      'mentions',
      'reminders',
      'quiet hours',
      'notification sounds',
      'per-project notifications',
      'Slack notifications',
    ],
  },
  {
    id: 'exports',
    label: 'Exports',
    description: 'Getting data out as CSV, Excel, PDF and backups.',
    objects: [
      'CSV export',
      'Excel export',
      'PDF reports',
      'scheduled exports',
      'full workspace backups',
      'export templates',
      'attachment exports',
      'JSON export',
    ],
  },
  {
    id: 'integrations',
    label: 'Integrations',
    description: 'Connections with the tools teams already use.',
    objects: [
      'the Jira integration',
      'the Salesforce sync',
      'Google Drive attachments',
      'the Zapier app',
      'calendar sync',
      'the GitHub integration',
      'Microsoft Teams tabs',
      'the HubSpot connector',
    ],
  },
  {
    id: 'api',
    label: 'API & webhooks',
    description: 'The public REST API, webhooks and SDKs.',
    objects: [
      'webhooks',
      'API rate limits',
      'the Python SDK',
      'API tokens',
      'bulk API endpoints',
      'webhook retries',
      'the GraphQL API',
      'API pagination',
    ],
  },
  {
    id: 'reports',
    label: 'Reports',
    description: 'Dashboards, charts and time reports.',
    objects: [
      'dashboards',
      'burndown charts',
      'time reports',
      'custom charts',
      'report sharing',
      'workload views',
      'report filters',
      'scheduled reports',
    ],
  },
  {
    id: 'admin',
    label: 'Admin & security',
    description: 'Users, roles, sign-in and audit for organisations.',
    objects: [
      'single sign-on',
      'SCIM provisioning',
      'custom roles',
      'audit logs',
      'two-factor authentication',
      'guest access',
      'data retention',
      'IP allowlists',
    ],
  },
  {
    id: 'billing',
    label: 'Billing',
    description: 'Plans, invoices and payment.',
    objects: [
      'invoices',
      'annual billing',
      'seat management',
      'purchase orders',
      'VAT numbers on invoices',
      'usage-based billing',
      'billing contacts',
      'plan downgrades',
    ],
  },
  {
    id: 'accessibility',
    label: 'Accessibility',
    description: 'Using the product with a keyboard, a screen reader or other assistive technology.',
    objects: [
      'keyboard navigation',
      'screen reader support',
      'high contrast mode',
      'reduced motion',
      'focus indicators',
      'text scaling',
      'colour-blind safe charts',
      'captions on videos',
    ],
  },
];

const TOOLS = [
  'Excel',
  'Google Sheets',
  'Power BI',
  'Tableau',
  'Slack',
  'Teams',
  'Jira',
  'Salesforce',
  'HubSpot',
  'Zapier',
  'Okta',
  'Azure AD',
  'Snowflake',
  'BigQuery',
  'Dropbox',
  'SharePoint',
  'QuickBooks',
  'Xero',
  'Notion',
  'Asana',
  'Trello',
  'Outlook',
  'Zendesk',
  'Looker',
];
const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'mi',
  'dun',
  'sa',
  'tor',
  'el',
  'bri',
  'an',
  'wen',
  'ru',
  'ga',
  'thi',
  'mor',
  'pel',
  'zu',
  'ash',
  'ford',
  'lin',
  'quen',
  'ost',
  'ria',
  'bel',
  'cor',
  'dal',
  'fen',
  'hal',
  'ix',
  'jun',
  'nor',
  'pra',
  'sel',
  'tam',
  'vor',
  'wyn',
];
const COMPANY_KINDS = [
  'Logistics',
  'Surveys',
  'Labs',
  'Health',
  'Energy',
  'Consulting',
  'Studio',
  'Partners',
  'Group',
  'Council',
  'Foundation',
  'Works',
  'Clinic',
  'Builders',
  'Analytics',
  'Academy',
];
const FIRST_NAMES = [
  'Ana',
  'Ben',
  'Chloé',
  'Dev',
  'Ewa',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Liam',
  'Maya',
  'Nils',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Vera',
  'Wei',
  'Yusuf',
  'Zoë',
];
const TEAMS = [
  'field team',
  'finance team',
  'support team',
  'sales team',
  'operations team',
  'design team',
  'IT department',
  'project office',
  'legal team',
  'marketing team',
];
const FEELINGS = [
  'frustrating',
  'slow',
  'error-prone',
  'confusing',
  'a blocker for us',
  'the main complaint we hear',
  'a lot of manual work',
];

export function properName(random: Random): string {
  const count = random.int(2, 3);
  let name = '';
  for (let i = 0; i < count; i++) name += random.pick(SYLLABLES);
  return name[0]!.toUpperCase() + name.slice(1);
}

export function companyName(random: Random): string {
  return `${properName(random)} ${random.pick(COMPANY_KINDS)}`;
}

export function personName(random: Random): string {
  return `${random.pick(FIRST_NAMES)} ${properName(random)[0]}.`;
}

/** A name that reads like a customer's on a public board: a person or a company. */
export function authorName(random: Random): string {
  return random.chance(0.6) ? personName(random) : companyName(random);
}

function capitalize(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}

/** Fills `{slot}` placeholders. */
function fill(template: string, random: Random, object: string): string {
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => {
    switch (slot) {
      case 'object':
        return object;
      case 'tool':
        return random.pick(TOOLS);
      case 'company':
        return companyName(random);
      case 'place':
        return properName(random);
      case 'team':
        return random.pick(TEAMS);
      case 'feeling':
        return random.pick(FEELINGS);
      case 'n':
        return String(random.int(2, 60));
      case 'big':
        return String(random.int(200, 90_000));
      case 'code':
        return `E${random.int(1000, 9999)}`;
      default:
        return slot;
    }
  });
}

const REQUEST_TITLES = [
  'Support {object}',
  'Improve {object}',
  'Better {object} for large teams',
  '{object} should work with {tool}',
  'Allow admins to configure {object}',
  'Let us turn off {object}',
  '{object} is too slow with {big} items',
  'Add {object} to the free plan',
  'Bulk actions for {object}',
  'Show {object} on the dashboard',
  'More control over {object}',
  '{object}: keep settings per project',
  'Can we get {object} in {tool}?',
  'Export {object} to {tool}',
  '{object} loses changes after an update',
];

const ITEM_TITLES = [
  'Rebuild {object}',
  '{object}, version 2',
  'Faster {object} for large workspaces',
  '{object} for every plan',
  'Admin controls for {object}',
  '{object} with {tool}',
  'New {object}',
  'Simpler {object}',
];

/** `object` is what the entry is about (one of its area's objects), shared by its title and body. */
export function requestTitle(random: Random, object: string): string {
  return clip(capitalize(fill(random.pick(REQUEST_TITLES), random, object)), 140);
}

export function itemTitle(random: Random, object: string): string {
  return clip(capitalize(fill(random.pick(ITEM_TITLES), random, object)), 140);
}

function clip(text: string, length: number): string {
  return text.length > length ? text.slice(0, length).trimEnd() : text;
}

const REQUEST_SENTENCES = [
  'We use {object} every day across our {team} of {n} people, and right now it is {feeling}.',
  'At {company} we moved from {tool} last year and this is the one thing we still miss.',
  'Today we copy everything into {tool} by hand, which takes about {n} minutes a day.',
  'When a workspace has more than {big} records, {object} takes several seconds to respond.',
  'Our {team} asked me to raise this again before our renewal in {place}.',
  'It would help if {object} remembered the last settings we used.',
  'Ideally this would be something an admin can switch on for the whole organisation.',
  'Other tools we tried, including {tool}, already handle this well.',
  'This matters most on site visits in {place}, where the connection drops all the time.',
  'We get error {code} roughly once a week and have to start over.',
  'I would be happy to test an early version with our {team}.',
  'The workaround we use now breaks whenever someone renames a project.',
  'Our auditors need this before the next review, so it is more than a nice-to-have.',
  'Please consider {object} for the mobile apps too, not only the web.',
];

const STEPS = [
  'Open a project with {big} items',
  'Go to {object}',
  'Choose a filter and wait',
  'Switch to another workspace and back',
  'Export the result to {tool}',
  'Sign out and sign in again',
  'Reopen {object} on another device',
];

const LINK_TEXTS = ['the help article', 'this forum thread', 'our write-up', 'the docs page', 'a screen recording'];
const LINK_HOSTS = [
  'https://help.northwind.example/articles/',
  'https://community.northwind.example/t/',
  'https://docs.northwind.example/guides/',
  'https://videos.northwind.example/v/',
];

function paragraph(random: Random, sentences: readonly string[], object: string, count: number): string {
  let text = random
    .sample(sentences, count)
    .map((sentence) => fill(sentence, random, object))
    .join(' ');
  if (random.chance(0.25)) text = emphasize(random, text);
  if (random.chance(0.2)) text += ` See [${random.pick(LINK_TEXTS)}](${random.pick(LINK_HOSTS)}${random.int(100, 99999)}) for details.`;
  return text;
}

/** Makes one word of a paragraph bold or italic, as people do. */
function emphasize(random: Random, text: string): string {
  const words = text.split(' ');
  const index = random.int(0, words.length - 1);
  const word = words[index]!;
  if (!/^[A-Za-z]{4,}$/.test(word)) return text;
  words[index] = random.chance(0.5) ? `**${word}**` : `*${word}*`;
  return words.join(' ');
}

function codeBlock(random: Random): string {
  return random.pick([
    () =>
      `\`\`\`\nError ${fill('{code}', random, '')}: request failed after ${random.int(2, 30)}s\n  at sync (worker.js:${random.int(10, 900)})\n\`\`\``,
    () =>
      `\`\`\`csv\nid,title,owner,due\n${random.int(1, 999)},${properName(random)},${personName(random)},2026-0${random.int(1, 9)}-1${random.int(0, 9)}\n\`\`\``,
    () => `\`\`\`json\n{ "project": "${properName(random).toLowerCase()}", "limit": ${random.int(10, 500)} }\n\`\`\``,
  ])();
}

function table(random: Random, object: string): string {
  const rows = Array.from(
    { length: random.int(2, 4) },
    () => `| ${properName(random)} | ${random.int(1, 500)} | ${random.pick(['daily', 'weekly', 'monthly'])} |`,
  );
  return [`| Team | People using ${object} | How often |`, '| --- | ---: | --- |', ...rows].join('\n');
}

/** A request in a customer's words: one to four paragraphs, sometimes steps, code, a table or raw HTML. */
export function requestBody(random: Random, object: string): string {
  const blocks: string[] = [];
  const paragraphs = random.weighted([
    [1, 4],
    [2, 5],
    [3, 3],
    [4, 1],
  ] as const);
  for (let i = 0; i < paragraphs; i++) blocks.push(paragraph(random, REQUEST_SENTENCES, object, random.int(1, 4)));
  if (random.chance(0.18)) {
    blocks.splice(
      1,
      0,
      'To reproduce:',
      STEPS.slice(0, random.int(2, 5))
        .map((step, i) => `${i + 1}. ${fill(step, random, object)}`)
        .join('\n'),
    );
  }
  if (random.chance(0.1)) {
    blocks.push(Array.from({ length: random.int(2, 4) }, () => `- ${fill(random.pick(REQUEST_SENTENCES), random, object)}`).join('\n'));
  }
  if (random.chance(0.04)) blocks.push(codeBlock(random));
  if (random.chance(0.02)) blocks.push(table(random, object));
  // Imported issues carry a little HTML: folded details and line breaks.
  if (random.chance(0.02))
    blocks.push(
      `<details>\n<summary>Environment</summary>\n\nVersion ${random.int(1, 9)}.${random.int(0, 20)}, ${random.pick(['Chrome', 'Firefox', 'Safari', 'Edge'])} on ${random.pick(['Windows', 'macOS', 'Android', 'iOS'])}\n\n</details>`,
    );
  return blocks.join('\n\n');
}

const PLAN_SENTENCES = [
  'Teams with more than {big} records told us {object} is {feeling}.',
  'Support sees questions about {object} every week, mostly from admins.',
  'We will start with the web app and bring the same change to the mobile apps after.',
  'The first version focuses on the cases that came up most in requests.',
  'We are working with {n} customers, including {company}, to test early builds.',
  'Existing settings carry over; nobody has to set anything up again.',
  'This also lays the groundwork for the {tool} integration many of you asked for.',
];

const SCOPE_ITEMS = [
  'Admins choose who can use {object}',
  'Works offline and syncs when back online',
  'Available on web, iOS and Android',
  'An API endpoint for {object}',
  'Import existing data from {tool}',
  'Per-project settings',
  'An activity log of changes',
  'Keyboard shortcuts',
];

/** The problem and the plan, with a scope list. */
export function itemBody(random: Random, object: string): string {
  const blocks = [paragraph(random, PLAN_SENTENCES, object, random.int(2, 4))];
  blocks.push("## What's in scope");
  blocks.push(
    random
      .sample(SCOPE_ITEMS, random.int(3, 6))
      .map((item) => `- ${fill(item, random, object)}`)
      .join('\n'),
  );
  if (random.chance(0.4)) blocks.push('## Not in scope', `- ${fill(random.pick(SCOPE_ITEMS), random, object)}`);
  blocks.push(paragraph(random, PLAN_SENTENCES, object, random.int(1, 3)));
  if (random.chance(0.05)) blocks.push(table(random, object));
  return blocks.join('\n\n');
}

const UPDATE_NOTES: Record<string, string[]> = {
  later: ['On our list: we want to do this after the current work on {object}.', 'Added to the roadmap after {n} requests from admins.'],
  next: ['Moved up: this is next for the team after the current release.', 'Next: design is done and we have started sizing the work.'],
  now: ['In progress. The first part, {object}, is in internal testing.', 'Work has started; a beta for {n} customers is planned.'],
  paused: [
    'Paused while we finish work on {object}, which this depends on.',
    'On hold: the team is helping with a reliability project for a few weeks.',
  ],
  cancelled: [
    'We are not going to build this: usage of {object} is too low to justify maintaining it, and {tool} covers it well.',
    'Cancelled. The approach did not hold up in testing, and we would rather say so than leave it open.',
  ],
  progress: [
    'Beta is running with {n} teams; feedback so far is good.',
    'Design review done; we simplified the settings after testing with {company}.',
  ],
};

export function updateNote(random: Random, kind: keyof typeof UPDATE_NOTES, area: AreaSeed): string {
  return fill(random.pick(UPDATE_NOTES[kind]!), random, random.pick(area.objects));
}

const DECLINE_REASONS = [
  'We looked at this carefully, but it would mean maintaining a second version of {object} for very few teams. {tool} covers this case well.',
  'This conflicts with how permissions work today, and changing that would break existing workspaces. We are keeping the current behaviour.',
  'Too few teams asked for this over the past {n} months to justify it, and it would slow down {object} for everyone.',
  'We decided to focus on the integrations most customers use. An export to {tool} gives the same result.',
];

export function declineReason(random: Random, area: AreaSeed): string {
  return fill(random.pick(DECLINE_REASONS), random, random.pick(area.objects));
}

const FIX_BULLETS = [
  '{object} could show an empty list after switching workspaces.',
  'Exports with more than {big} rows stopped halfway.',
  'Error {code} when saving {object} on a slow connection.',
  'Dates in {object} used the wrong time zone for teams in {place}.',
  'A crash on older Android phones when opening {object}.',
  'Notifications were sent twice for some mentions.',
];

const IMPROVEMENT_BULLETS = [
  '{object} loads about {n}% faster in large workspaces.',
  'Clearer error messages when {object} fails.',
  'Admins can now see who changed {object} and when.',
  'Better contrast and focus styles in {object}.',
  'The {tool} connection reconnects on its own after an outage.',
];

/** Release notes: an intro, then New / Improved / Fixed sections. */
export function releaseBody(random: Random, area: AreaSeed, shipped: readonly string[], major: boolean): string {
  const object = random.pick(area.objects);
  const blocks = [paragraph(random, PLAN_SENTENCES, object, random.int(1, 2))];
  if (shipped.length > 0) {
    blocks.push('## New');
    blocks.push(shipped.map((title) => `- **${title}.** ${fill(random.pick(PLAN_SENTENCES), random, object)}`).join('\n'));
  }
  if (random.chance(0.7)) {
    blocks.push('## Improved');
    blocks.push(
      Array.from({ length: random.int(1, 4) }, () => `- ${fill(random.pick(IMPROVEMENT_BULLETS), random, random.pick(area.objects))}`).join(
        '\n',
      ),
    );
  }
  blocks.push('## Fixed');
  blocks.push(
    Array.from({ length: random.int(1, 5) }, () => `- ${fill(random.pick(FIX_BULLETS), random, random.pick(area.objects))}`).join('\n'),
  );
  if (major) {
    blocks.push('## Supported versions');
    blocks.push(
      [
        '| Platform | Minimum version |',
        '| --- | --- |',
        `| iOS | ${random.int(15, 18)} |`,
        `| Android | ${random.int(9, 14)} |`,
        `| Windows | 10 |`,
      ].join('\n'),
    );
  }
  if (random.chance(0.06)) {
    blocks.push(
      'The API now returns the new field:',
      `\`\`\`json\n{ "id": ${random.int(1, 9999)}, "${properName(random).toLowerCase()}": true }\n\`\`\``,
    );
  }
  return blocks.join('\n\n');
}
