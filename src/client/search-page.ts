/**
 * The search page: results, filters and sort, all carried in the URL
 * (`?q=export&kind=request&status=shipped&area=exports&sort=votes`) and kept
 * there with history.replaceState as the user types, so a result list can
 * be shared and survives a reload.
 */
import { countText, hitItem } from './hits.ts';
import { SEARCH_PAGE_RESULTS } from './limits.ts';
import { bundleOf, find, isEmpty, type Found, type Query } from './pagefind.ts';
import { text } from './text.ts';

const PAGE = SEARCH_PAGE_RESULTS;
const PAUSE_MS = 60;

const form = document.querySelector<HTMLFormElement>('form[data-search-page]');
const results = document.querySelector<HTMLElement>('[data-search-results]');
const input = form?.querySelector<HTMLInputElement>('[data-search-input]');
const bundle = form ? bundleOf(form) : undefined;
if (form && results && input && bundle) {
  const list = results.querySelector<HTMLElement>('[data-search-list]')!;
  const status = results.querySelector<HTMLElement>('[data-search-status]')!;
  const more = results.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const filters = [...form.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  const sort = form.querySelector<HTMLSelectElement>('[data-search-sort]');
  form.querySelector<HTMLElement>('[data-search-filters]')?.removeAttribute('hidden');

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: { found: Found; shown: number } | undefined;

  const query = (): Query => ({
    text: input.value,
    filters: Object.fromEntries(filters.filter((select) => select.value).map((select) => [select.dataset.searchFilter!, select.value])),
    sort: sort?.value || undefined,
  });

  /** The URL says what the page shows: each control's value, empty ones left out. */
  function remember(): void {
    const url = new URL(location.href);
    url.search = '';
    const params = new URLSearchParams();
    if (input!.value.trim()) params.set(input!.name, input!.value.trim());
    for (const select of [...filters, ...(sort ? [sort] : [])]) if (select.value) params.set(select.name, select.value);
    url.search = params.toString();
    history.replaceState(history.state, '', url);
  }

  /** Fills the controls from the URL; a value the page does not offer is dropped. */
  function restore(): void {
    const params = new URL(location.href).searchParams;
    input!.value = params.get(input!.name) ?? '';
    for (const select of [...filters, ...(sort ? [sort] : [])]) {
      const value = params.get(select.name) ?? '';
      select.value = [...select.options].some((option) => option.value === value) ? value : '';
    }
  }

  async function showMore(): Promise<void> {
    if (!current) return;
    const mine = latest;
    const { found, shown } = current;
    const hits = await found.hits(shown, shown + PAGE);
    if (mine !== latest) return;
    const items = hits.map(hitItem);
    list.append(...items);
    current.shown = shown + hits.length;
    more.hidden = current.shown >= found.total;
    // Keyboard users continue where the new results start.
    if (shown > 0) items[0]?.querySelector('a')?.focus();
  }

  async function update(): Promise<void> {
    const mine = ++latest;
    const asked = query();
    remember();
    current = undefined;
    if (isEmpty(asked)) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = text('search.prompt');
      return;
    }
    results!.setAttribute('aria-busy', 'true');
    try {
      const found = await find(bundle!, asked);
      if (mine !== latest) return;
      list.replaceChildren();
      current = { found, shown: 0 };
      await showMore();
      if (mine !== latest) return;
      status.textContent =
        found.total === 0
          ? asked.text.trim()
            ? text('search.noneFiltered', { query: asked.text.trim() })
            : text('search.noneAtAll')
          : countText(found.total, asked.text);
    } catch {
      if (mine !== latest) return;
      list.replaceChildren();
      more.hidden = true;
      status.textContent = text('search.pageFailed');
    } finally {
      if (mine === latest) results!.removeAttribute('aria-busy');
    }
  }

  // Typing and filtering update the results in place; Enter has nothing left to submit.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    void update();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), PAUSE_MS);
  });
  for (const select of [...filters, ...(sort ? [sort] : [])]) select.addEventListener('change', () => void update());
  more.addEventListener('click', () => void showMore());

  restore();
  void update();
}
