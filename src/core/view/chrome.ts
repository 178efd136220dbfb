import { accentCss } from './accent.ts';
import { assetUrl } from '../urls.ts';
import type { SiteModel } from './site-model.ts';

export type Section = 'home' | 'roadmap' | 'feedback' | 'changelog' | 'areas' | 'search';

/** What every page shows around its content: header, navigation, the ways to send feedback, footer. */
export interface SiteChrome {
  title: string;
  description: string;
  language: string;
  /** The language as an Open Graph locale (en_GB); none for a bare language such as "en", which names no territory. */
  ogLocale?: string;
  logo?: string;
  home: string;
  favicon: string;
  search: string;
  /** Lead times and answer rate: linked from the footer. */
  insights: string;
  /** The what's-new widget's page: linked from the footer. */
  widget: string;
  nav: { label: string; href: string; section: Section }[];
  /** The intake links from site.yaml; the first one is the header's button. */
  intake: { label: string; url: string; description?: string }[];
  feeds: { rss: string; atom: string; json: string };
  /** Custom properties for the accent colour, derived to meet contrast in both themes. */
  accentCss: string;
}

const chromes = new WeakMap<SiteModel, SiteChrome>();

export function siteChrome(model: SiteModel): SiteChrome {
  let chrome = chromes.get(model);
  if (chrome) return chrome;
  const { config, links } = model;
  chrome = {
    title: config.title,
    description: config.description,
    language: config.language,
    ogLocale: /^[a-z]{2,3}-[A-Za-z]{2}$/.test(config.language) ? config.language.replace('-', '_') : undefined,
    logo: config.logo ? assetUrl(links, config.logo) : undefined,
    home: links.home,
    favicon: links.favicon,
    search: links.search,
    insights: links.insights,
    widget: links.widgetDemo,
    nav: [
      { label: model.ui.text('nav.roadmap'), href: links.roadmapBoard, section: 'roadmap' },
      { label: model.ui.text('nav.feedback'), href: links.feedbackList, section: 'feedback' },
      { label: model.ui.text('nav.changelog'), href: links.changelogList, section: 'changelog' },
      ...(model.areas.size > 0 ? [{ label: model.ui.text('nav.areas'), href: links.areas, section: 'areas' as const }] : []),
    ],
    intake: config.intake.map((intake) => ({ label: intake.label, url: intake.url, description: intake.description })),
    feeds: links.feeds,
    accentCss: accentCss(config.accent),
  };
  chromes.set(model, chrome);
  return chrome;
}

/**
 * The changelog feeds to offer beside a list: an area's own feeds when the
 * site publishes them (`feeds.perArea`), otherwise the site's.
 */
export function changelogFeeds(model: SiteModel, area?: string): { rss: string; atom: string; json: string } {
  return area && model.config.feeds.perArea ? model.links.areaFeeds(area) : model.links.feeds;
}
