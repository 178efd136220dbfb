/**
 * The search box in the header (and on the home and 404 pages): results
 * open under it as you type, without leaving the page. `/` focuses it,
 * arrow keys and Tab move through the results, Escape closes them, Enter
 * opens the search page with the query. Without JavaScript it stays a
 * plain GET form to the search page.
 */
import { countText, hitItem } from './hits.ts';
import { SEARCH_BOX_RESULTS } from './limits.ts';
import { bundleOf, find, warm } from './pagefind.ts';
import { count as counted, text as message } from './text.ts';

const SHOWN = SEARCH_BOX_RESULTS;
/** Typing fast runs one search per pause, not one per key. */
const PAUSE_MS = 60;

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('[data-search-input]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const list = form.querySelector<HTMLElement>('[data-search-list]');
  const count = form.querySelector<HTMLElement>('[data-search-count]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]');
  const bundle = bundleOf(form);
  if (!input || !panel || !list || !count || !status || !all || !bundle) return;
  form.querySelector<HTMLElement>('[data-search-key]')?.removeAttribute('hidden');

  let latest = 0;
  /** Escape closed the results: they stay closed until the text changes. */
  let dismissed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    form.classList.toggle('is-open', open);
  };
  const say = (message: string) => {
    count.textContent = message;
    status.textContent = message;
  };
  const targets = () => [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')];

  async function update(): Promise<void> {
    const text = input!.value.trim();
    const mine = ++latest;
    if (!text) {
      list!.replaceChildren();
      status!.textContent = '';
      setOpen(false);
      return;
    }
    const page = new URL(form.action);
    page.searchParams.set('q', text);
    all!.href = page.pathname + page.search;
    try {
      const found = await find(bundle!, { text, filters: {} });
      const hits = await found.hits(0, SHOWN);
      if (mine !== latest) return;
      list!.replaceChildren(...hits.map(hitItem));
      say(found.total === 0 ? message('search.none', { query: text }) : countText(found.total, text));
      all!.textContent = found.total > SHOWN ? counted('search.allResults', found.total) : message('search.all');
    } catch {
      if (mine !== latest) return;
      list!.replaceChildren();
      say(message('search.failed'));
    }
    if (!dismissed && document.activeElement && form.contains(document.activeElement)) setOpen(true);
  }

  input.addEventListener('focus', () => {
    warm(bundle);
    if (!dismissed && input.value.trim() && list.childElementCount > 0) setOpen(true);
  });
  input.addEventListener('input', () => {
    dismissed = false;
    clearTimeout(timer);
    timer = setTimeout(() => void update(), PAUSE_MS);
  });

  form.addEventListener('keydown', (event) => {
    const links = targets();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape' && !panel.hidden) {
      // The first Escape closes the results and keeps the text; a second one clears it, as search fields do.
      event.preventDefault();
      dismissed = true;
      setOpen(false);
      input.focus();
    } else if (event.key === 'ArrowDown' && !panel.hidden && links.length > 0) {
      event.preventDefault();
      links[Math.min(at + 1, links.length - 1)]!.focus();
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (at === 0 ? input : links[at - 1]!).focus();
    }
  });
  // Leaving the box, by Tab or by clicking elsewhere, closes the results.
  form.addEventListener('focusout', (event) => {
    const next = event.relatedTarget as Node | null;
    if (!next || !form.contains(next)) setOpen(false);
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
  if (form.querySelector('[data-search-panel]')) enhance(form);
}

/** Whether a key press belongs to a field the user is typing in. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || Boolean(target.closest('input, textarea, select')));
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || typing(event.target)) return;
  // The search page's own box first; elsewhere the header's.
  const input =
    document.querySelector<HTMLInputElement>('form[data-search-page] [data-search-input]') ??
    document.querySelector<HTMLInputElement>('[data-search-input]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
