import type { Inline } from '../view/inline.ts';
import { formatDate } from '../view/format.ts';
import { de } from './de.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { ja } from './ja.ts';
import { ptBR } from './pt-br.ts';
import { en } from './en.ts';
import type { CatalogueOf, Message, PluralForms } from './types.ts';

export type Catalogue = CatalogueOf<typeof en>;
export type UiKey = keyof Catalogue;
/** Keys whose message is one string. */
export type TextKey = { [K in UiKey]: (typeof en)[K] extends string ? K : never }[UiKey];
/** Keys whose message follows a count. */
export type CountKey = Exclude<UiKey, TextKey>;

/** The languages Roadlog speaks, by language tag; `language` in site.yaml picks one. */
export const CATALOGUES: Readonly<Record<string, Catalogue>> = { en, de, fr, es, 'pt-BR': ptBR, ja };
export const UI_KEYS = Object.keys(en) as UiKey[];

/** The catalogue for a language tag: the tag itself, else its language (`de-AT` speaks `de`, `pt` speaks `pt-BR`), else English. */
export function catalogueFor(language: string): Catalogue {
  const exact = CATALOGUES[language];
  if (exact) return exact;
  const base = language.split('-')[0]!.toLowerCase();
  const match = Object.keys(CATALOGUES).find((tag) => tag.split('-')[0]!.toLowerCase() === base);
  return match ? CATALOGUES[match]! : en;
}

/** The statuses and columns a site may rename with `labels:`. */
export const LABELLED_STATUSES = [
  'open',
  'under-review',
  'planned',
  'in-progress',
  'shipped',
  'declined',
  'merged',
  'later',
  'next',
  'now',
  'paused',
  'cancelled',
] as const;
export type LabelledStatus = (typeof LABELLED_STATUSES)[number];
export type StatusLabels = Partial<Record<LabelledStatus, { label: string; description?: string }>>;

type Value = string | number;
type Part = Inline[number];

/** The site's words: its catalogue with site.yaml's `ui:` and `labels:` applied, and its number and date formats. */
export interface Ui {
  language: string;
  text(key: TextKey, vars?: Record<string, Value>): string;
  /** Counted words in the right plural form: "1 vote", "3 votes"; `{count}` is the formatted number. */
  count(key: CountKey, count: number, vars?: Record<string, Value>): string;
  /** A sentence whose placeholders may be links. */
  inline(key: TextKey, vars: Record<string, Value | Part>): Inline;
  number(value: number): string;
  date(isoDay: string): string;
  /** A public status's name, as the site labels it. */
  status(status: LabelledStatus | 'released'): string;
  /** A board column's or a roadmap list's heading and blurb. */
  column(status: 'later' | 'next' | 'now' | 'shipped' | 'paused' | 'cancelled'): { heading: string; blurb: string };
  /** A feedback status list's heading and blurb. */
  feedbackList(status: 'open' | 'under-review' | 'planned' | 'in-progress' | 'shipped' | 'declined' | 'merged'): {
    heading: string;
    blurb: string;
  };
  /** A roadmap status inside a sentence: "Sync engine (in progress)". */
  words(status: 'later' | 'next' | 'now' | 'paused' | 'cancelled' | 'shipped'): string;
  /** Every message, resolved: for client scripts that need a few of them. */
  messages: Readonly<Record<UiKey, Message>>;
}

const fill = (template: string, vars: Record<string, Value> = {}) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

export function createUi(language: string, overrides: Partial<Record<string, Message>> = {}, labels: StatusLabels = {}): Ui {
  const messages = { ...catalogueFor(language), ...overrides } as Record<UiKey, Message>;
  const plurals = new Intl.PluralRules(language);
  const numbers = new Intl.NumberFormat(language === 'en' ? 'en-US' : language);
  // A `ui:` override may give one string for counted words, or plural forms for a plain string: both still read.
  const forms = (key: UiKey): PluralForms => {
    const message = messages[key];
    return typeof message === 'string' ? { other: message } : message;
  };
  const text = (key: TextKey, vars?: Record<string, Value>) => fill(forms(key).other, vars);
  const ui: Ui = {
    language,
    messages,
    text,
    count(key, count, vars) {
      const chosen = forms(key);
      return fill(chosen[plurals.select(count)] ?? chosen.other, { ...vars, count: numbers.format(count) });
    },
    inline(key, vars) {
      const parts: Inline = [];
      for (const piece of forms(key).other.split(/(\{\w+\})/)) {
        const name = /^\{(\w+)\}$/.exec(piece)?.[1];
        const value = name === undefined ? undefined : vars[name];
        if (value === undefined) {
          if (piece) parts.push({ text: piece });
        } else if (typeof value === 'object') {
          parts.push(value);
        } else if (String(value)) {
          parts.push({ text: String(value) });
        }
      }
      return parts;
    },
    number: (value) => numbers.format(value),
    date: (isoDay) => formatDate(isoDay, language),
    status: (status) => (status === 'released' ? text('status.released') : (labels[status]?.label ?? text(`status.${status}`))),
    column: (status) => ({
      heading: labels[status]?.label ?? text(`column.${status}`),
      blurb: labels[status]?.description ?? text(`columnBlurb.${status}`),
    }),
    feedbackList: (status) => ({
      heading: labels[status]?.label ?? text(`feedbackList.${status}`),
      blurb: labels[status]?.description ?? text(`feedbackBlurb.${status}`),
    }),
    words: (status) => labels[status]?.label ?? text(`words.${status}`),
  };
  return ui;
}
