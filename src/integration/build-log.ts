import type { AstroIntegrationLogger } from 'astro';

interface LogEvent {
  label: string | null;
  level: string;
  message: string;
  newLine: boolean;
}

interface Destination {
  write: (event: LogEvent) => boolean;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: terminal colour codes start with ESC
const ANSI = /\u001b\[[0-9;]*m/g;
/** The end Astro writes to a page's line once it is rendered: its time, or that it came from the cache. */
const PAGE_LINE_END = /^ \((\+[\d.]+ ?m?s|cached|restored)\)\s*$/;

/**
 * Astro writes each generated page as a line's start (`├─ /path`) and, when
 * the page is done, its end (` (+12ms)`). With several pages in flight, as
 * Roadlog builds them, the starts of several pages run together on one line.
 * This writes each page's line whole, at its start, and leaves out the
 * timings, which say little when pages overlap. It relies on the shape of
 * Astro's log events and changes nothing when they differ.
 */
export function keepPageLinesWhole(logger: AstroIntegrationLogger): PageCounts {
  const counts: PageCounts = { rendered: 0, reused: 0 };
  const destination = (logger as unknown as { options?: { destination?: Destination & { roadlog?: PageCounts } } }).options?.destination;
  if (!destination || typeof destination.write !== 'function') return counts;
  if (destination.roadlog) return destination.roadlog;
  const write = destination.write.bind(destination);
  destination.roadlog = counts;
  destination.write = (event) => {
    if (event && typeof event.message === 'string') {
      if (event.newLine === false && event.message.includes('├─')) return write({ ...event, newLine: true });
      const end = event.label === 'SKIP_FORMAT' ? PAGE_LINE_END.exec(event.message.replace(ANSI, '')) : null;
      if (end) {
        if (end[1] === 'cached' || end[1] === 'restored') counts.reused++;
        else counts.rendered++;
        return true;
      }
    }
    return write(event);
  };
  return counts;
}

/** Pages this build rendered, and pages it copied from the previous build (incremental builds). */
export interface PageCounts {
  rendered: number;
  reused: number;
}
