/*
 * Roadlog "what's new" widget: <roadlog-whats-new>, served as /widget.js.
 * Plain JavaScript with no dependencies, so any page can embed it with one
 * script tag. It reads the site's changelog.json (the JSON API, version 1),
 * shows the latest releases and marks the ones this reader has not seen.
 * Attributes, CSS custom properties and parts are documented in the README.
 */
(() => {
  // A classic script, not a module: strict mode has to be asked for.
  'use strict';
  const TAG = 'roadlog-whats-new';
  if (!window.customElements || customElements.get(TAG)) return;

  // Only a classic script knows its own URL, and only while it first runs:
  // the site that serves this file serves its changelog.json beside it.
  const script = document.currentScript;
  const DEFAULT_SRC = script?.src ? new URL('api/v1/changelog.json', script.src).href : '';
  let instances = 0;
  // The site's words: /widget.js is served with them in place of this marker (src/core/widget.ts).
  const TEXT = /* roadlog:text */ {};

  // Dark colours follow the host page's own color-scheme (light-dark()), so a
  // light-only page never gets a dark widget because the system is dark.
  const STYLE = `
:host{display:inline-block;position:relative;font:inherit;color:inherit}
:host(:not([state=ready])){display:none}
:host([inline]){display:block}
.root{--bg:var(--roadlog-background,#fff);--fg:var(--roadlog-text,#1f2937);--muted:var(--roadlog-muted,#4b5563);--line:var(--roadlog-border,#d1d5db);--accent:var(--roadlog-accent,#4338ca);font-family:var(--roadlog-font,inherit);color:var(--fg)}
@supports (color:light-dark(#000,#fff)){.root{--bg:var(--roadlog-background,light-dark(#fff,#1f2937));--fg:var(--roadlog-text,light-dark(#1f2937,#f3f4f6));--muted:var(--roadlog-muted,light-dark(#4b5563,#d1d5db));--line:var(--roadlog-border,light-dark(#d1d5db,#4b5563));--accent:var(--roadlog-accent,light-dark(#4338ca,#a5b4fc))}}
button{font:inherit;color:inherit;cursor:pointer}
.toggle{display:inline-flex;align-items:center;gap:.5em;padding:.4em .8em;border:1px solid var(--line);border-radius:var(--roadlog-radius,.5rem);background:var(--bg)}
.badge{min-width:1.5em;padding:0 .4em;border-radius:999px;background:var(--roadlog-badge-background,var(--accent));color:var(--roadlog-badge-text,var(--bg));font-size:.8em;font-weight:700;text-align:center}
.panel{position:absolute;z-index:var(--roadlog-z-index,1000);top:calc(100% + .4rem);inset-inline-end:0;width:var(--roadlog-panel-width,min(22rem,calc(100vw - 2rem)));max-height:var(--roadlog-panel-height,70vh);overflow:auto;box-sizing:border-box;padding:.75rem;border:1px solid var(--line);border-radius:var(--roadlog-radius,.5rem);background:var(--bg);box-shadow:var(--roadlog-shadow,0 .5rem 1.5rem rgb(0 0 0/.15))}
.panel.flip,:host([align=start]) .panel{inset-inline-start:0;inset-inline-end:auto}
:host([align=start]) .panel.flip{inset-inline-start:auto;inset-inline-end:0}
:host([inline]) .toggle{display:none}
:host([inline]) .panel{position:static;width:auto;max-height:none;box-shadow:none}
ul{margin:0;padding:0;list-style:none}
.item{position:relative;padding:.6rem .2rem .6rem 1.2rem;border-bottom:1px solid var(--line)}
.dot{position:absolute;left:.2rem;top:1.05rem;width:.5rem;height:.5rem;border-radius:50%;background:var(--roadlog-unread,var(--accent))}
.item a{color:inherit;font-weight:600}
.item.unread a{color:var(--accent)}
.meta{margin:.2rem 0 0;color:var(--muted);font-size:.85em}
.changes{display:flex;flex-wrap:wrap;gap:.3rem;margin-top:.35rem}
.changes li{padding:0 .45em;border:1px solid var(--line);border-radius:999px;font-size:.75em}
.footer{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:center;gap:.5rem;margin-top:.6rem;font-size:.9em}
.footer a{color:var(--accent)}
.mark{padding:.2em .6em;border:1px solid var(--line);border-radius:var(--roadlog-radius,.5rem);background:transparent}
.mark[hidden],.badge[hidden],.dot[hidden]{display:none}
:focus-visible{outline:2px solid var(--roadlog-focus,var(--accent));outline-offset:2px}
.sr{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;

  /** Creates an element; `props` are DOM properties, except `attrs`, set as attributes. */
  function h(tag, props, ...children) {
    const node = document.createElement(tag);
    const { attrs, ...rest } = props || {};
    Object.assign(node, rest);
    for (const name in attrs || {}) node.setAttribute(name, attrs[name]);
    node.append(...children.filter((child) => child != null));
    return node;
  }

  /** Only http(s) links from the data are followed. */
  function safeUrl(value, base) {
    try {
      const url = new URL(value, base);
      return /^https?:$/.test(url.protocol) ? url.href : '';
    } catch {
      return '';
    }
  }

  // Storage can be missing or refuse (private windows, sandboxed frames): then nothing is remembered.
  function readSeen(key) {
    try {
      const seen = JSON.parse(localStorage.getItem(key) || '[]');
      return new Set(Array.isArray(seen) ? seen : []);
    } catch {
      return new Set();
    }
  }
  function writeSeen(key, ids) {
    try {
      localStorage.setItem(key, JSON.stringify([...ids]));
    } catch {
      /* not remembered */
    }
  }

  function formatDate(day, language) {
    try {
      // As the site shows dates (src/core/view/format.ts): "en" reads day month year.
      return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language || undefined, {
        timeZone: 'UTC',
        day: 'numeric',
        month: 'short',
        year: 'numeric',
      }).format(new Date(`${day}T00:00:00Z`));
    } catch {
      return day;
    }
  }

  class WhatsNew extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) {
        // Moved in the page: listen again for the marks of other widgets.
        if (this.sync) this.listen();
        return;
      }
      this.setAttribute('state', 'loading');
      this.attachShadow({ mode: 'open' }).append(h('style', { textContent: STYLE }));
      let src;
      try {
        src = new URL(this.getAttribute('src') || this.getAttribute('data-src') || DEFAULT_SRC, document.baseURI).href;
      } catch {
        return this.fail();
      }
      fetch(src, { credentials: 'omit' })
        .then((response) => (response.ok ? response.json() : Promise.reject(response.status)))
        .then((data) => this.show(data, src))
        .catch(() => this.fail());
    }

    /** Fails quietly: the element stays hidden, and `state="error"` tells the host page. */
    fail() {
      this.setAttribute('state', 'error');
    }

    show(data, base) {
      if (data?.version !== 1 || !Array.isArray(data.items)) return this.fail();
      const limit = Math.min(Math.max(parseInt(this.getAttribute('limit'), 10) || 5, 1), 50);
      const items = data.items.filter((item) => item && typeof item.id === 'string' && typeof item.title === 'string');
      this.releases = items.slice(0, limit);
      // Storage keeps what any widget of the site may list, so one with a smaller limit forgets nothing.
      this.known = new Set(items.slice(0, 50).map((item) => item.id));
      this.language = this.getAttribute('lang') || data.site?.language || document.documentElement.lang;
      this.key = `${TAG}:${safeUrl(data.site?.url || '', base) || base}`;
      this.seen = readSeen(this.key);
      this.base = base;
      this.labels = data.changeLabels || {};

      const id = `${TAG}-${++instances}`;
      const label = this.getAttribute('label') || TEXT.whatsNew;
      this.badge = h('span', { className: 'badge', hidden: true, attrs: { part: 'badge' } });
      this.toggle = h(
        'button',
        { type: 'button', className: 'toggle', attrs: { part: 'button', 'aria-expanded': 'false', 'aria-controls': id } },
        h('span', { textContent: label }),
        this.badge,
      );
      this.list = h('ul', { className: 'list', attrs: { part: 'list', 'aria-label': label } });
      this.mark = h('button', { type: 'button', className: 'mark', textContent: TEXT.markAll, attrs: { part: 'mark-read' } });
      this.status = h('p', { className: 'sr', attrs: { role: 'status' } });
      const all = safeUrl(data.page || '', base);
      this.panel = h(
        'div',
        { id, className: 'panel', hidden: !this.hasAttribute('inline'), attrs: { part: 'panel' } },
        this.list,
        h(
          'div',
          { className: 'footer' },
          this.mark,
          all ? h('a', { href: all, textContent: TEXT.allReleases, attrs: { part: 'all', ...this.linkAttrs('') } }) : null,
        ),
        this.status,
      );
      this.shadowRoot.append(h('div', { className: 'root', attrs: { part: 'root' } }, this.toggle, this.panel));

      this.toggle.addEventListener('click', () => this.setOpen(this.panel.hidden));
      this.mark.addEventListener('click', () => {
        this.markRead();
        this.status.textContent = TEXT.marked;
        // The button hides itself: keep keyboard focus in the widget.
        (this.hasAttribute('inline') ? this.list.querySelector('a') : this.toggle)?.focus();
      });
      this.panel.addEventListener('click', (event) => {
        const link = event.target.closest?.('a[data-id]');
        if (link?.dataset.id) this.markRead([link.dataset.id]);
      });
      this.shadowRoot.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' && !this.panel.hidden && !this.hasAttribute('inline')) {
          this.setOpen(false);
          this.toggle.focus();
        }
      });
      this.outside = (event) => {
        if (!event.composedPath().includes(this)) this.setOpen(false);
      };
      // Another widget of the same site, on this page or in another tab, marked releases as read.
      this.sync = (event) => {
        if ((event.type === 'storage' ? event.key : event.detail) !== this.key) return;
        for (const id of readSeen(this.key)) this.seen.add(id);
        this.render();
      };
      this.listen();
      this.render();
      this.setAttribute('state', 'ready');
    }

    listen() {
      addEventListener('storage', this.sync);
      addEventListener(`${TAG}:read`, this.sync);
    }

    disconnectedCallback() {
      if (!this.sync) return;
      removeEventListener('storage', this.sync);
      removeEventListener(`${TAG}:read`, this.sync);
      document.removeEventListener('pointerdown', this.outside);
    }

    setOpen(open) {
      if (this.hasAttribute('inline') || open === !this.panel.hidden) return;
      this.panel.hidden = !open;
      this.toggle.setAttribute('aria-expanded', String(open));
      if (open) {
        // Open towards the side with room, so the panel never starts off screen.
        this.panel.classList.remove('flip');
        const box = this.panel.getBoundingClientRect();
        if (box.left < 0 || box.right > document.documentElement.clientWidth) this.panel.classList.add('flip');
        document.addEventListener('pointerdown', this.outside);
      } else {
        document.removeEventListener('pointerdown', this.outside);
        // The reader has seen what the panel showed: closing it clears the marks.
        this.markRead();
      }
    }

    markRead(ids) {
      // Add what is stored now: another widget may have marked releases since this one read it. Adding,
      // not replacing, keeps this session's marks where storage is blocked and reads back empty.
      for (const id of readSeen(this.key)) this.seen.add(id);
      for (const id of ids || this.releases.map((release) => release.id)) this.seen.add(id);
      // Remember only releases still published, so storage never grows without bound.
      writeSeen(
        this.key,
        [...this.seen].filter((id) => this.known.has(id)),
      );
      this.render();
      dispatchEvent(new CustomEvent(`${TAG}:read`, { detail: this.key }));
    }

    render() {
      const unread = this.releases.filter((release) => !this.seen.has(release.id)).length;
      this.badge.hidden = unread === 0;
      this.badge.replaceChildren(String(unread), h('span', { className: 'sr', textContent: ` ${TEXT.unread}` }));
      this.mark.hidden = unread === 0;
      this.setAttribute('unread', String(unread));
      // Re-rendering replaces the links: a focused one gets focus back, so keyboard users keep their place.
      const focused = this.shadowRoot.activeElement;
      const focusedId = focused?.getAttribute('data-id');
      this.list.replaceChildren(...this.releases.map((release) => this.item(release)));
      if (focusedId) [...this.list.querySelectorAll('a')].find((link) => link.dataset.id === focusedId)?.focus();
    }

    item(release) {
      const isUnread = !this.seen.has(release.id);
      const href = safeUrl(release.url || '', this.base);
      const title = h('span', { textContent: release.title });
      const changes = (Array.isArray(release.changes) ? release.changes : []).map((type) => {
        const label = Object.hasOwn(this.labels, type) ? this.labels[type] : type;
        return h('li', { textContent: String(label), attrs: { part: `change change-${type}` } });
      });
      return h(
        'li',
        { className: isUnread ? 'item unread' : 'item', attrs: { part: isUnread ? 'item unread' : 'item' } },
        isUnread ? h('span', { className: 'dot' }, h('span', { className: 'sr', textContent: `${TEXT.unreadPrefix} ` })) : null,
        href ? h('a', { href, attrs: this.linkAttrs(release.id) }, title) : title,
        h(
          'p',
          { className: 'meta' },
          release.version ? `${release.version} · ` : '',
          h('time', { dateTime: release.date, textContent: formatDate(release.date, this.language) }),
        ),
        changes.length ? h('ul', { className: 'changes', attrs: { 'aria-label': TEXT.changeTypes } }, ...changes) : null,
      );
    }

    /** Links open where the host asks (`target`), never with a handle back to the host page. */
    linkAttrs(id) {
      const target = this.getAttribute('target');
      return target ? { 'data-id': id, target, rel: 'noopener' } : { 'data-id': id };
    }
  }

  customElements.define(TAG, WhatsNew);
})();
