import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { feedbackDocument, insightsDocument, roadmapDocument } from '../../../src/core/api/documents.ts';
import { activityFeed, requestFeed } from '../../../src/core/feeds/activity.ts';
import { writeAtom } from '../../../src/core/feeds/atom.ts';
import { validateProject } from '../../../src/core/validate/project.ts';
import { siteChrome } from '../../../src/core/view/chrome.ts';
import { feedbackPage } from '../../../src/core/view/feedback-view.ts';
import { insightsPage } from '../../../src/core/view/insights-view.ts';
import { changelogListings, feedbackListings, roadmapListings } from '../../../src/core/view/listings.ts';
import { releaseNeighbours } from '../../../src/core/view/lists.ts';
import { boardView, homeView } from '../../../src/core/view/overview.ts';
import { releasePage } from '../../../src/core/view/release-view.ts';
import { roadmapPage } from '../../../src/core/view/roadmap-view.ts';
import { createSiteModel } from '../../../src/core/view/site-model.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/** The other fixtures' pages, pinned whole as in pages.test.ts: internal entries, long changelogs, triage cases. */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe.each(['feeds', 'private', 'triage', 'notify'])('the %s fixture’s pages', (fixture) => {
  it('every page and document', () => {
    const result = validateProject({ root: join(FIXTURES, fixture), content: 'content' }, { today: '2026-06-01', env: {} });
    const site = createSiteModel(result.config!, result.corpus);
    expect({
      chrome: siteChrome(site),
      home: homeView(site),
      board: boardView(site),
      feedback: [...site.feedback.keys()].map((id) => feedbackPage(site, id)),
      roadmap: [...site.roadmap.keys()].map((id) => roadmapPage(site, id)),
      releases: [...site.releases.keys()].map((id) => ({ page: releasePage(site, id), neighbours: releaseNeighbours(site, id) })),
      lists: { feedback: feedbackListings(site), roadmap: roadmapListings(site), changelog: changelogListings(site) },
      insights: insightsPage(site),
      activity: writeAtom(activityFeed(site)),
      requestFeeds: [...site.feedback.keys()].map((id) => writeAtom(requestFeed(site, id))),
      api: { roadmap: roadmapDocument(site), feedback: feedbackDocument(site), insights: insightsDocument(site) },
    }).toMatchSnapshot();
  });
});
