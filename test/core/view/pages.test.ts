import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { changelogDocument, feedbackDocument, insightsDocument, roadmapDocument, serializeJson } from '../../../src/core/api/documents.ts';
import { activityFeed, activityFeedAreas, requestFeed } from '../../../src/core/feeds/activity.ts';
import { writeAtom } from '../../../src/core/feeds/atom.ts';
import { areaFeed, feedAreas, siteFeed } from '../../../src/core/feeds/feed.ts';
import { renderJsonFeed } from '../../../src/core/feeds/json-feed.ts';
import { renderRss } from '../../../src/core/feeds/rss.ts';
import { validateProject } from '../../../src/core/validate/project.ts';
import { changelogFeeds, siteChrome } from '../../../src/core/view/chrome.ts';
import { faviconSvg } from '../../../src/core/view/favicon.ts';
import { feedbackPage } from '../../../src/core/view/feedback-view.ts';
import { insightsPage, insightsSummary } from '../../../src/core/view/insights-view.ts';
import { changelogListings, feedbackListings, roadmapListings } from '../../../src/core/view/listings.ts';
import { releaseNeighbours } from '../../../src/core/view/lists.ts';
import { areasIndex, areaView, boardView, homeView } from '../../../src/core/view/overview.ts';
import { releasePage } from '../../../src/core/view/release-view.ts';
import { roadmapPage } from '../../../src/core/view/roadmap-view.ts';
import { searchFacets, searchRecord } from '../../../src/core/view/search.ts';
import { createSiteModel } from '../../../src/core/view/site-model.ts';
import { FIXTURES } from '../../helpers/paths.ts';

/**
 * Every page's view model, feed and API document for the `basic` fixture, pinned whole: the fixture covers every
 * status, duplicates, areas, pagination and a cancelled item. A change to any of them shows here as a diff to
 * review; a change that is meant updates the snapshot (`npx vitest run -u <this file>`).
 */
function model(overrides: Record<string, unknown> = {}) {
  const root = join(FIXTURES, 'basic');
  const result = validateProject({ root, content: 'content' }, { today: '2026-06-01' });
  return createSiteModel({ ...result.config!, ...overrides } as typeof result.config & object, result.corpus);
}

const releaseHtml = (site: ReturnType<typeof model>) =>
  new Map([...site.releases.keys()].map((id) => [id, `<p>Notes of ${id}, with <a href="/feedback/">a link</a>.</p>`]));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-06-01T12:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the basic fixture’s pages', () => {
  it('home, boards, areas and the chrome', () => {
    const site = model();
    const areas = site.config.areas.map((area) => area.id);
    expect({
      chrome: siteChrome(site),
      changelogFeeds: [changelogFeeds(site), ...areas.map((area) => changelogFeeds(site, area))],
      home: homeView(site),
      board: boardView(site),
      areaBoards: areas.map((area) => boardView(site, area)),
      areas: areasIndex(site),
      areaPages: areas.map((area) => areaView(site, area)),
      favicon: faviconSvg(site.config.accent),
    }).toMatchSnapshot();
  });

  it('every request, roadmap item and release page', () => {
    const site = model();
    expect({
      feedback: [...site.feedback.keys()].map((id) => feedbackPage(site, id)),
      roadmap: [...site.roadmap.keys()].map((id) => roadmapPage(site, id)),
      releases: [...site.releases.keys()].map((id) => ({ page: releasePage(site, id), neighbours: releaseNeighbours(site, id) })),
    }).toMatchSnapshot();
  });

  it('every list page', () => {
    const site = model();
    expect({ feedback: feedbackListings(site), roadmap: roadmapListings(site), changelog: changelogListings(site) }).toMatchSnapshot();
  });

  it('the insights pages', () => {
    const site = model();
    expect({
      all: insightsPage(site),
      areas: site.config.areas.map((area) => insightsPage(site, area.id)),
      summary: insightsSummary(site),
    }).toMatchSnapshot();
  });

  it('search records and facets', () => {
    const site = model();
    expect({
      feedback: [...site.feedback.keys()].map((id) => searchRecord(site, 'feedback', id)),
      roadmap: [...site.roadmap.keys()].map((id) => searchRecord(site, 'roadmap', id)),
      changelog: [...site.releases.keys()].map((id) => searchRecord(site, 'changelog', id)),
      facets: searchFacets(site),
    }).toMatchSnapshot();
  });

  it('feeds and API documents', async () => {
    const site = model();
    const html = releaseHtml(site);
    const feed = siteFeed(site, html);
    expect({
      rss: await renderRss(feed),
      atom: writeAtom(activityFeed(site)),
      json: renderJsonFeed(feed),
      areaFeeds: await Promise.all(feedAreas(site).map((area) => renderRss(areaFeed(site, html, area)))),
      activityAreas: activityFeedAreas(site).map((area) => writeAtom(activityFeed(site, area))),
      requestFeeds: [...site.feedback.keys()].map((id) => writeAtom(requestFeed(site, id))),
      api: {
        roadmap: serializeJson(roadmapDocument(site)),
        feedback: serializeJson(feedbackDocument(site)),
        changelog: serializeJson(changelogDocument(site, html)),
        insights: serializeJson(insightsDocument(site)),
      },
    }).toMatchSnapshot();
  });

  it('in German, under a base path', () => {
    const site = model({ language: 'de', base: '/roadmap/' });
    expect({
      home: homeView(site),
      board: boardView(site),
      feedback: [...site.feedback.keys()].slice(0, 4).map((id) => feedbackPage(site, id)),
      insights: insightsPage(site),
      lists: feedbackListings(site).slice(0, 3),
    }).toMatchSnapshot();
  });
});
