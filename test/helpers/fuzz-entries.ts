import fc from 'fast-check';

/**
 * Hostile and broken entries for property-based tests: a valid request, mutated by
 * inserting pieces of YAML structure, delimiters, control characters, Unicode,
 * aliases, huge and nested values.
 */
export const FUZZ_SITE = 'title: T\ndescription: D\nurl: https://t.example\nintake:\n  - label: L\n    url: https://t.example/new\n';
export const SENTINEL = 'Sentinelword';
const VALID = `---\ntitle: Export to CSV\nsubmitted: 2026-05-01\nvotes: 3\nareas: []\n---\nWe need **CSV** export.\n\n${SENTINEL}.\n`;

const PIECES = [
  '---',
  '---\n',
  '\n',
  '\r',
  '\r\n',
  ': ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  '*a',
  '&a ',
  '!tag ',
  '!!binary ',
  '"',
  "'",
  '|',
  '>',
  '#',
  '\t',
  '  ',
  '\u0000',
  '\u0007',
  '\u001b[2J',
  '\u001b]0;x\u0007',
  '\u202e',
  '\uFEFF',
  '\uFFFF',
  'é',
  '😀',
  '\u0301',
  '![x](y.png)',
  '![x](../../../etc/passwd)',
  '![x][c]\n\n[c]: c.png\n',
  '[[feedback:x]]',
  '[[wiki:Home]]',
  '`',
  '```\n',
  'title: ',
  'title: "\\x07"\n',
  'submitted: 0026-05-01\n',
  'votes: 1e999\n',
  'areas: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]\n',
  'areas: &a [x, *a]\n',
  'status: done\n',
  'x'.repeat(5000),
  '`a` ``b'.repeat(200),
  '![['.repeat(500),
];

const mutation = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom('-', '\n', ' ', ':', '`', '!', '[', ']', '(', ')', '*', '&', '\r'), maxLength: 30 }),
);

/** A valid entry with pieces inserted at arbitrary places. */
export const fuzzedEntry = fc
  .array(fc.tuple(fc.nat(), mutation), { minLength: 1, maxLength: 6 })
  .map((inserts) =>
    inserts.reduce((text, [at, piece]) => text.slice(0, at % (text.length + 1)) + piece + text.slice(at % (text.length + 1)), VALID),
  );

/** Raw HTML and link definitions may hide text on purpose; any other body that ends with the sentinel's paragraph shows it. */
export function keepsSentinel(body: string): boolean {
  return new RegExp(`(^|\\n)${SENTINEL}\\.\\n?$`).test(body) && !/[<[]/.test(body);
}
