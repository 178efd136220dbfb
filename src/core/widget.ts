import { gzipSync } from 'node:zlib';
import type { Ui } from './i18n/index.ts';

/** Where the widget's source takes the site's words: `/widget.js` is served with them in place. */
export const WIDGET_TEXT_MARKER = '/* roadlog:text */ {}';

/** The widget's words, from the site's catalogue and its `ui:` overrides. */
export function widgetText(ui: Ui): Record<string, string> {
  return {
    whatsNew: ui.text('widget.whatsNew'),
    markAll: ui.text('widget.markAll'),
    allReleases: ui.text('widget.allReleases'),
    marked: ui.text('widget.marked'),
    unread: ui.text('widget.unread'),
    unreadPrefix: ui.text('widget.unreadPrefix'),
    changeTypes: ui.text('widget.changeTypes'),
  };
}

/** The widget as the site serves it: its source with the site's words in place of the marker. */
export function widgetScript(source: string, ui: Ui): string {
  if (!source.includes(WIDGET_TEXT_MARKER)) throw new Error('the widget source has lost its text marker');
  return source.replace(WIDGET_TEXT_MARKER, JSON.stringify(widgetText(ui)).replace(/</g, '\\u003c'));
}

/** What a browser downloads, compressed as servers send it: gzip at its best level, in bytes. */
export function gzipSize(text: string): number {
  return gzipSync(text, { level: 9 }).length;
}
