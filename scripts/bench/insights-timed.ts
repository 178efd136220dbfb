/**
 * Times the insights and the triage inside one fresh process, after the
 * project is read and its lifecycle derived: `node insights-timed.ts <content> <root>`
 * prints JSON. Each is timed on its first call, as a build and the command pay it.
 */
import { computeInsights } from '../../src/core/insights/figures.ts';
import { computeTriage } from '../../src/core/insights/triage.ts';
import { validateProject } from '../../src/core/validate/project.ts';

const [content, root] = process.argv.slice(2);
const result = validateProject({ root: root ?? process.cwd(), content: content! });
if (!result.config) throw new Error('the site configuration is broken');
const started = performance.now();
const insights = computeInsights({ corpus: result.corpus, lifecycle: result.lifecycle, areas: result.config.areas });
const computed = performance.now();
const triage = computeTriage(result.corpus, result.lifecycle, result.config, { asOf: insights.asOf ?? '2026-01-01' });
const triaged = performance.now();
process.stdout.write(
  `${JSON.stringify({
    insightsMs: computed - started,
    triageMs: triaged - computed,
    requests: insights.overall.requests,
    shipped: insights.overall.shipped,
    likelyDuplicates: triage.likelyDuplicates.length,
  })}\n`,
);
