/**
 * The site's words for scripts: the page renders them from the site's
 * catalogue (with its `ui:` overrides) into a JSON script element, so no
 * script carries English of its own.
 */
import { CLIENT_MESSAGES_ATTRIBUTE, type ClientKey } from '../core/i18n/client.ts';
import type { Message, PluralForms } from '../core/i18n/types.ts';

let messages: Partial<Record<ClientKey, Message>> | undefined;

function forms(key: ClientKey): PluralForms {
  if (!messages) {
    const source = document.querySelector(`script[${CLIENT_MESSAGES_ATTRIBUTE}]`)?.textContent ?? '{}';
    messages = JSON.parse(source) as Partial<Record<ClientKey, Message>>;
  }
  const message = messages[key] ?? key;
  return typeof message === 'string' ? { other: message } : message;
}

const fill = (template: string, vars: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
const language = () => document.documentElement.lang || 'en';

export function text(key: ClientKey, vars: Record<string, string> = {}): string {
  return fill(forms(key).other, vars);
}

/** Counted words in the page's language: "3 results for “export”". */
export function count(key: ClientKey, total: number, vars: Record<string, string> = {}): string {
  const chosen = forms(key);
  const category = new Intl.PluralRules(language()).select(total);
  return fill(chosen[category] ?? chosen.other, { ...vars, count: new Intl.NumberFormat(language()).format(total) });
}
