import type { FeedbackPublicStatus } from '../statuses.ts';

/**
 * Every word `roadlog notify` says to customers (issue comments, webhook
 * digests), in one place: issue 18 turns this into the site's language
 * catalogues. What maintainers read in the terminal stays in `format.ts`.
 */
export const NOTIFY_TEXT = {
  /** The first line of a comment: what happened, for the person who asked. */
  headline: {
    open: 'This request is open again.',
    'under-review': 'The team is now looking into this request.',
    planned: 'Good news: this request is now on the roadmap.',
    'in-progress': 'Work on this request has started.',
    shipped: 'This request has shipped. Thank you for asking for it!',
    declined: 'The team has decided not to do this.',
    merged: 'This request has been merged into another one, which carries its votes from now on.',
  } satisfies Record<FeedbackPublicStatus, string>,
  releaseNotes: (url: string) => `Release notes: ${url}`,
  requestPage: (site: string, url: string) => `Where it stands on ${site}: ${url}`,
  footer: (site: string, feedUrl: string) =>
    `Posted by Roadlog for ${site}. To follow this request without a GitHub account, subscribe to its feed: ${feedUrl}`,
  /** The digest's heading: "3 requests moved on Tidewater Roadmap". */
  digestHeading: (count: number, site: string) => `${count} ${count === 1 ? 'request' : 'requests'} moved on ${site}`,
  /** "Planned → Shipped", or "New → Planned" for a request the last site did not have. */
  transition: (from: string | null, to: string) => `${from ?? 'New'} → ${to}`,
  more: (count: number) => `…and ${count} more`,
  allRequests: 'All requests',
  sentBy: 'Sent by Roadlog',
} as const;

/** Text from content inside Markdown: no accidental formatting, links or notifications. */
export function markdownText(text: string): string {
  return (
    text
      .replace(/[\\`*_[\]<>~|]/g, (char) => `\\${char}`)
      // "@someone" would notify that GitHub user, "#12" would link (and ping) another issue.
      .replace(/@(?=[A-Za-z0-9])|#(?=\d)/g, (char) => `${char}&#8203;`)
  );
}
