import { describe, expect, it } from 'vitest';
import { absoluteUrl, assetUrl, createLinks, isReservedId, listPaths, RESERVED_IDS } from '../../src/core/urls.ts';

describe('public URLs', () => {
  it('are all under the base path, with or without its trailing slash', () => {
    for (const base of ['/roadlog', '/roadlog/']) {
      const links = createLinks(base);
      const { page, roadmapItem, roadmapColumn, roadmapAreaBoard, roadmapActivity, feedbackListing, feedback, feedbackFeed } = links;
      expect(links.base).toBe('/roadlog/');
      expect(page('x/')).toBe('/roadlog/x/');
      expect({
        home: links.home,
        roadmapBoard: links.roadmapBoard,
        feedbackList: links.feedbackList,
        changelogList: links.changelogList,
        areas: links.areas,
        insights: links.insights,
        search: links.search,
        favicon: links.favicon,
        feeds: links.feeds,
        api: links.api,
        apiSchemas: links.apiSchemas,
        widget: links.widget,
        widgetDemo: links.widgetDemo,
        sitemap: links.sitemap,
        robots: links.robots,
      }).toEqual({
        home: '/roadlog/',
        roadmapBoard: '/roadlog/roadmap/',
        feedbackList: '/roadlog/feedback/',
        changelogList: '/roadlog/changelog/',
        areas: '/roadlog/areas/',
        insights: '/roadlog/insights/',
        search: '/roadlog/search/',
        favicon: '/roadlog/favicon.svg',
        feeds: {
          rss: '/roadlog/changelog/rss.xml',
          atom: '/roadlog/changelog/atom.xml',
          json: '/roadlog/changelog/feed.json',
        },
        api: {
          roadmap: '/roadlog/api/v1/roadmap.json',
          feedback: '/roadlog/api/v1/feedback.json',
          changelog: '/roadlog/api/v1/changelog.json',
          insights: '/roadlog/api/v1/insights.json',
        },
        apiSchemas: {
          roadmap: '/roadlog/api/v1/roadmap.schema.json',
          feedback: '/roadlog/api/v1/feedback.schema.json',
          changelog: '/roadlog/api/v1/changelog.schema.json',
          insights: '/roadlog/api/v1/insights.schema.json',
        },
        widget: '/roadlog/widget.js',
        widgetDemo: '/roadlog/widget/',
        sitemap: '/roadlog/sitemap.xml',
        robots: '/roadlog/robots.txt',
      });
      expect(roadmapItem('dark-mode')).toBe('/roadlog/roadmap/dark-mode/');
      expect(roadmapColumn('now')).toBe('/roadlog/roadmap/now/');
      expect(roadmapColumn('next', 'billing', 2)).toBe('/roadlog/roadmap/areas/billing/next/page/2/');
      expect(roadmapAreaBoard('billing')).toBe('/roadlog/roadmap/areas/billing/');
      expect(roadmapActivity()).toBe('/roadlog/roadmap/activity.xml');
      expect(roadmapActivity('billing')).toBe('/roadlog/roadmap/areas/billing/activity.xml');
      expect(feedbackListing({})).toBe('/roadlog/feedback/');
      expect(feedbackListing({ sort: 'recent', status: 'planned', area: 'billing' }, 3)).toBe(
        '/roadlog/feedback/areas/billing/status/planned/recent/page/3/',
      );
      expect(feedback('csv-export')).toBe('/roadlog/feedback/csv-export/');
      expect(feedbackFeed('csv-export')).toBe('/roadlog/feedback/csv-export/feed.xml');
      expect(links.changelogListing()).toBe('/roadlog/changelog/');
      expect(links.changelogListing('billing', 2)).toBe('/roadlog/changelog/areas/billing/page/2/');
      expect(links.release('v1-2')).toBe('/roadlog/changelog/v1-2/');
      expect(links.entry('roadmap', 'a')).toBe('/roadlog/roadmap/a/');
      expect(links.area('billing')).toBe('/roadlog/areas/billing/');
      expect(links.areaInsights('billing')).toBe('/roadlog/areas/billing/insights/');
      expect(links.areaFeeds('billing')).toEqual({
        rss: '/roadlog/areas/billing/rss.xml',
        atom: '/roadlog/areas/billing/atom.xml',
        json: '/roadlog/areas/billing/feed.json',
      });
      expect(links.areaOfPath('/roadlog/areas/billing/rss.xml')).toBe('billing');
      expect(links.areaOfPath('/roadlog/areas/')).toBeUndefined();
      expect(links.areaOfPath('/roadlog/feedback/areas/billing/')).toBeUndefined();
    }
    expect(createLinks('/').home).toBe('/');
    expect(createLinks('').roadmapBoard).toBe('/roadmap/');
  });

  it('of lists do not depend on the base, and the first page has no page segment', () => {
    expect(listPaths.feedback({ status: 'declined' })).toBe('status/declined/');
    expect(listPaths.feedback({ sort: 'votes' }, 1)).toBe('');
    expect(listPaths.feedback({}, 2)).toBe('page/2/');
    expect(listPaths.roadmapColumn('later', undefined, 1)).toBe('later/');
    expect(listPaths.changelog(undefined, 4)).toBe('page/4/');
  });

  it('reserve the ids that would share a URL with a list', () => {
    expect(RESERVED_IDS).toEqual({
      feedback: ['areas', 'page', 'recent', 'status'],
      roadmap: ['areas', 'cancelled', 'later', 'next', 'now', 'paused', 'shipped'],
      changelog: ['areas', 'page'],
    });
    for (const id of ['areas', 'now', 'next', 'later']) expect(isReservedId('roadmap', id)).toBe(true);
    expect(isReservedId('roadmap', 'page')).toBe(false);
    expect(isReservedId('feedback', 'recent')).toBe(true);
    expect(isReservedId('changelog', 'recent')).toBe(false);
  });

  it('become absolute against the site address, with or without its trailing slash', () => {
    expect(absoluteUrl('https://roadmap.acme.example', '/roadlog/feedback/')).toBe('https://roadmap.acme.example/roadlog/feedback/');
    expect(absoluteUrl('https://acme.example/sub', 'feedback/')).toBe('https://acme.example/sub/feedback/');
    expect(absoluteUrl('https://acme.example/sub/', 'feedback/')).toBe('https://acme.example/sub/feedback/');
  });

  it('of the logo keep a full address and put a public file under the base', () => {
    const links = createLinks('/roadlog/');
    expect(assetUrl(links, 'https://cdn.example/logo.svg')).toBe('https://cdn.example/logo.svg');
    expect(assetUrl(links, 'HTTP://cdn.example/logo.svg')).toBe('HTTP://cdn.example/logo.svg');
    expect(assetUrl(links, 'logo.svg')).toBe('/roadlog/logo.svg');
    expect(assetUrl(links, '//logo.svg')).toBe('/roadlog/logo.svg');
    expect(assetUrl(links, 'img/https://x')).toBe('/roadlog/img/https://x');
    expect(assetUrl(links, 'ftp://x/logo.svg')).toBe('/roadlog/ftp://x/logo.svg');
  });
});
