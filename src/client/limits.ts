/** How many results the search UIs show at first: the header's box, and each page of the search page. */
export const SEARCH_BOX_RESULTS = 6;
export const SEARCH_PAGE_RESULTS = 20;
