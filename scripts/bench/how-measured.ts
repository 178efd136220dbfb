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
  of the runs. *Cold start*: Node's compile cache emptied before each run (\`NODE_COMPILE_CACHE\` pointing at an
  empty folder), as a pull-request check starts; *warm start*: the same command with the cache the previous run
  filled. \`validateProject()\` alone and loading the core's modules are timed inside a fresh process by
  \`scripts/bench/validate-timed.ts\`.
- **Builds.** The project's \`build\` script from package.json (\`astro build\`, which writes the search index
  too), with \`node_modules/.bin\` first in PATH as npm does, and \`ROADLOG_CONTENT\`, \`ROADLOG_OUT_DIR\` and
  \`ROADLOG_CACHE_DIR\` pointing into a temporary folder. *Cold*: empty output and cache folders. *Warm*: the cache
  folder of the cold build kept (Astro's content store, the pages of the last build, the search index) and the
  output folder removed first, as a deploy restores its caches but not its previous output; *nothing changed*,
  or *one request edited* (a line added to one request's body). After the first run's one-edit build, a cold build
  of the same content into fresh folders must give the same files, byte for byte. Where the time goes comes from
  the build's own log: Astro's "collecting build info" (configuration, Roadlog's validation, the content sync,
  types), its entry points (Vite), its page generation, and Roadlog's search index line; the rest is start-up,
  the sitemap and exit. Files are in the OS page cache in every case.
- **Content sync.** \`astro sync\` alone, as a separate command with the same environment: Astro's start-up,
  Roadlog's validation (which reads every file once and hands what it read to the content loader), then the
  content layer storing every entry and rendering its body. *Cold*: an empty cache folder; *warm*: the same
  command again, when each entry's digest is unchanged and nothing is read or rendered anew. The floor's is the
  same command in the floor project (Astro's glob loader).
- **The floor.** A plain Astro project generated in the temporary folder, using the project's installed Astro
  through a \`node_modules\` symlink: \`src/content.config.ts\` with a glob loader per collection over the same
  Markdown files and no schema, one \`[...id].astro\` page per collection rendering \`<Content />\` into a bare
  HTML page, Astro 7's defaults (its Sätteri Markdown processor with Shiki highlighting on) with Roadlog's page
  concurrency, and a Pagefind index of every page written in \`astro:build:done\`, in the build's process, as
  Roadlog's is. Roadlog uses the same processor with its own safety and cross-reference plugins, and no syntax
  highlighting. The floor and Roadlog alternate within each run so that drift hits both.
- **astro dev.** \`astro dev\` on the corpus with an empty cache folder: from the command's start until the home
  page answers, then from saving an edit to one request until its page shows it (polled every 100 ms).
- **Peak memory.** \`/proc/<pid>/status\` of the build's process tree, sampled every 50 ms: the larger of the
  highest \`VmHWM\` of any process (the kernel's high-water mark, exact for the build's Node process) and the
  highest sampled sum of \`VmRSS\` over the tree.
- **Output.** Every file under the output folder. A *list page* is any HTML page that is not an entry's own
  page (home, board, lists and their pages, areas, search, 404); the budget is 100 kB = 100,000 bytes.
- **Activity and request feeds.** Their size is counted in the cold build's output: \`roadmap/activity.xml\` and
  \`roadmap/areas/*/activity.xml\`, and every \`feedback/*/feed.xml\`. Their generation is timed inside a fresh
  process by \`scripts/bench/feeds-timed.ts\` (after validation, which is not counted): every activity feed, then
  every request's feed, each written out as Atom; the median of as many runs as validation.
- **Search.** Its total size under \`dist/pagefind/\`, and the bytes of a first query measured in Chromium
  (\`/usr/bin/chromium\`, playwright-core; the bench fails without it): a blank page imports
  \`pagefind/pagefind.js\`, searches for a common word and loads the results the header's search box shows at
  first, then, on a fresh page, those a page of the search page shows, while the local server counts the bytes it
  sends (text files gzipped, as static hosts serve them; Pagefind's index files are already compressed). The search
  UI's own script and styles are not counted.
- **Links.** \`scripts/lib/link-check.ts\` over the cold build's output: every internal \`href\`, \`src\`,
  \`srcset\`, \`action\` and \`poster\` (root-relative, relative, or absolute on the site's URL such as canonical
  links) must resolve to a file under the base path, pages with their trailing slash.
`;
