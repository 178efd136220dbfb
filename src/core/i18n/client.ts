import type { Message } from './types.ts';
import type { Ui, UiKey } from './index.ts';

/** The messages the browser's scripts show (search as you type, the search page): the page hands them over. */
export const CLIENT_KEYS = [
  'search.none',
  'search.count',
  'search.allResults',
  'search.all',
  'search.failed',
  'search.prompt',
  'search.noneFiltered',
  'search.noneAtAll',
  'search.pageFailed',
  'count.results',
] as const satisfies readonly UiKey[];
export type ClientKey = (typeof CLIENT_KEYS)[number];

/** The attribute of the JSON script element that carries them. */
export const CLIENT_MESSAGES_ATTRIBUTE = 'data-roadlog-ui';

/** The client's messages as JSON safe inside a <script> element. */
export function clientMessagesJson(ui: Ui): string {
  const messages: Partial<Record<ClientKey, Message>> = {};
  for (const key of CLIENT_KEYS) messages[key] = ui.messages[key];
  return JSON.stringify(messages).replace(/</g, '\\u003c');
}
