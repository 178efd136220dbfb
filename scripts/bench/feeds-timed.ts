/**
 * Times the roadmap activity feeds and the feed of every request inside one
 * fresh process, apart from start-up and validation: `node feeds-timed.ts
 * <content> <root>` prints JSON. What a build spends on them, without Astro
 * around it; a doubling of the corpus should double it.
 */
const { validateProject } = await import('../../src/core/validate/project.ts');
const { createSiteModel } = await import('../../src/core/view/site-model.ts');
const { activityFeed, activityFeedAreas, requestFeed } = await import('../../src/core/feeds/activity.ts');
const { writeAtom } = await import('../../src/core/feeds/atom.ts');

const [content, root] = process.argv.slice(2);
const result = validateProject({ root: root ?? process.cwd(), content: content! });
if (!result.config) throw new Error('the site configuration does not validate');
const model = createSiteModel(result.config, result.corpus);

let bytes = 0;
const started = performance.now();
const areas = activityFeedAreas(model);
for (const area of [undefined, ...areas]) bytes += writeAtom(activityFeed(model, area)).length;
const activityDone = performance.now();
let requestBytes = 0;
for (const id of model.feedback.keys()) requestBytes += writeAtom(requestFeed(model, id)).length;
const requestsDone = performance.now();

process.stdout.write(
  `${JSON.stringify({
    activityMs: activityDone - started,
    activityFeeds: areas.length + 1,
    activityChars: bytes,
    requestMs: requestsDone - activityDone,
    requestFeeds: model.feedback.size,
    requestChars: requestBytes,
  })}\n`,
);

// A module, for top-level await.
export {};
