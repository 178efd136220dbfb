/** The "How measured" section of BENCHMARKS.md: kept next to the code that does the measuring. */
export const HOW_MEASURED = `## How measured

- **Corpora.** \`scripts/bench/corpus.ts\` generates valid content from a seeded PRNG (sfc32; the same seed gives
  byte-identical files): 80% requests, 10% roadmap items, 10% releases; 6 to 12 areas; roadmap items in every
  status with update histories; releases that ship items (some in phases) and close requests; duplicates, some in
  chains; declined requests with reasons; long-tailed votes; multi-paragraph bodies with lists, links, emphasis
  and the odd code block, table or raw HTML, and a long tail of names so the search index has a realistic
  vocabulary. Larger corpora cover more years (2 years at 1,000 entries, 8 at 10,000). All files are \`.md\`.
- **Validation.** The project's \`validate\` script from package.json (\`node bin/roadlog.mjs validate\`: what
  \`npm run validate\` runs, minus npm's own start-up) with \`ROADLOG_CONTENT\`, wall time of the process, median
  of the runs; \`validateProject()\` alone and loading the core's modules are timed inside a fresh process by
  \`scripts/bench/validate-timed.ts\`.
- **Insights and triage.** \`scripts/bench/insights-timed.ts\` reads the corpus in a fresh process, then times
  \`computeInsights()\` (what every build computes once for \`/insights/\` and \`/api/v1/insights.json\`) and
  \`computeTriage()\` (what \`npm run triage\` computes, the likely duplicates included), each on its first call, as a
  build and the command pay it; median over as many runs as validation. The cost per 1,000 entries shows that
  the computation grows linearly with the corpus.
- **Builds.** The project's \`build\` script from package.json (what \`npm run build\` runs, minus npm), with
  \`node_modules/.bin\` first in PATH as npm does, and \`ROADLOG_CONTENT\`, \`ROADLOG_OUT_DIR\` and
  \`ROADLOG_CACHE_DIR\` pointing into a temporary folder. *Cold*: fresh output and cache folders. *Warm, nothing
  changed*: the same command again with the same cache (Astro's content layer data store). *Warm, one file
  changed*: one request's body edited, then the same command. Files are in the OS page cache in every case.
- **Content sync.** \`astro sync\` alone, as a separate command with the same environment: Astro's start-up,
  Roadlog's validation (which reads every file once and hands what it read to the content loader), then the
  content layer storing every entry and rendering its body. *Cold*: an empty cache folder; *warm*: the same
  command again, when each entry's digest is unchanged and nothing is read or rendered anew. The floor's is the
  same command in the floor project (Astro's glob loader).
- **The floor.** A plain Astro project generated in the temporary folder, using the project's installed Astro
  through a \`node_modules\` symlink: \`astro.config.mjs\` with default settings (only \`outDir\`/\`cacheDir\` set),
  \`src/content.config.ts\` with a glob loader per collection over the same Markdown files and no schema, and one
  \`[...id].astro\` page per collection rendering \`<Content />\` into a bare HTML page: Astro 7's defaults, so its
  Sätteri Markdown processor with Shiki highlighting on. Roadlog uses the same processor with its own safety and
  cross-reference plugins, and no syntax highlighting. The floor and Roadlog alternate within each run so that
  drift hits both.
- **Peak memory.** \`/proc/<pid>/status\` of the build's process tree, sampled every 50 ms: the larger of the
  highest \`VmHWM\` of any process (the kernel's high-water mark, exact for the build's Node process) and the
  highest sampled sum of \`VmRSS\` over the tree.
- **Output.** Every file under the output folder. A *list page* is any HTML page that is not an entry's own
  page (home, board, lists and their pages, areas, search, 404); the budget is 100 kB = 100,000 bytes.
- **Activity and request feeds.** Their size is counted in the cold build's output: \`roadmap/activity.xml\` and
  \`roadmap/areas/*/activity.xml\`, and every \`feedback/*/feed.xml\`. Their generation is timed inside a fresh
  process by \`scripts/bench/feeds-timed.ts\` (after validation, which is not counted): every activity feed, then
  every request's feed, each written out as Atom; the median of as many runs as validation.
- **Search.** When \`dist/pagefind/\` exists: its total size, and the bytes of a first query measured in
  Chromium (\`/usr/bin/chromium\`, playwright-core): a blank page imports \`pagefind/pagefind.js\`, searches for a
  common word and loads the first five results, while the local server counts the bytes it sends (text files
  gzipped, as static hosts serve them; Pagefind's index files are already compressed). The search UI's own
  script and styles are not counted.
- **Links.** \`scripts/lib/link-check.ts\` over the cold build's output: every internal \`href\`, \`src\`,
  \`srcset\`, \`action\` and \`poster\` (root-relative, relative, or absolute on the site's URL such as canonical
  links) must resolve to a file under the base path, pages with their trailing slash.
`;
