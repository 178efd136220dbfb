import { feedbackDocument } from '../api/documents.ts';
import type { FeedbackRecord } from '../api/schemas.ts';
import { compareStrings } from '../problems.ts';
import type { FeedbackPublicStatus } from '../statuses.ts';
import { absoluteUrl } from '../urls.ts';
import { explainFeedback } from '../view/explain.ts';
import { inlineText, type Inline } from '../view/inline.ts';
import type { SiteModel } from '../view/site-model.ts';

/** A request whose public status is not what the last published site said. */
export interface Change {
  id: string;
  title: string;
  /** The status on the last published site; null for a request it did not have. */
  from: FeedbackPublicStatus | null;
  to: FeedbackPublicStatus;
  /** The sentence its page leads with: "Shipped in 4.0.0 on 12 March 2026 as Shapefile export." */
  explanation: string;
  /** The same sentence with its links, absolute. */
  explanationParts: Inline;
  /** The request page, absolute. */
  url: string;
  /** The request's own feed, absolute. */
  feedUrl: string;
  /** The release that shipped it, when it is shipped. */
  release?: { id: string; title: string; version?: string; date: string; url: string };
  source?: string;
  /** The request as `/api/v1/feedback.json` describes it now. */
  record: FeedbackRecord;
}

/**
 * Every request that moved since the last published site, by id. A request
 * the last site did not have counts only when it is not `open`: one that
 * arrives already planned (or shipped) has news for whoever asked.
 */
export function findChanges(model: SiteModel, previous: ReadonlyMap<string, FeedbackPublicStatus>): Change[] {
  const absolute = (path: string) => absoluteUrl(model.config.url, path);
  const moved = [...model.lifecycle.feedback.values()].filter((state) => {
    const before = previous.get(state.id);
    return before === undefined ? state.status !== 'open' : before !== state.status;
  });
  if (moved.length === 0) return [];
  const records = new Map(feedbackDocument(model).items.map((record) => [record.id, record]));
  return moved
    .sort((a, b) => compareStrings(a.id, b.id))
    .map((state) => {
      const entry = model.feedback.get(state.id)!;
      const parts = explainFeedback(model, state.explanation).map((part) => (part.href ? { ...part, href: absolute(part.href) } : part));
      const release = state.shipped ? model.releases.get(state.shipped.release) : undefined;
      return {
        id: state.id,
        title: entry.data.title,
        from: previous.get(state.id) ?? null,
        to: state.status,
        explanation: inlineText(parts),
        explanationParts: parts,
        url: absolute(model.links.feedback(state.id)),
        feedUrl: absolute(model.links.feedbackFeed(state.id)),
        release:
          state.status === 'shipped' && state.shipped && release
            ? {
                id: release.id,
                title: release.data.title,
                version: state.shipped.version,
                date: state.shipped.date,
                url: absolute(model.links.release(release.id)),
              }
            : undefined,
        source: entry.data.source,
        record: records.get(state.id)!,
      };
    });
}
