import type { Kind } from '../collections.ts';
import type { ResolvedReference } from '../markdown/references.ts';
import type { SiteModel } from './site-model.ts';

/** What a `[[kind:id]]` reference shows: the target's title and public status, from the lifecycle. */
export function referenceResolver(model: SiteModel) {
  return (kind: Kind, id: string): ResolvedReference | undefined => {
    if (kind === 'feedback') {
      const entry = model.feedback.get(id);
      const state = model.lifecycle.feedback.get(id);
      if (!entry || !state) return undefined;
      return { href: model.links.feedback(id), title: entry.data.title, status: model.ui.status(state.status), state: state.status };
    }
    if (kind === 'roadmap') {
      const entry = model.roadmap.get(id);
      const state = model.lifecycle.roadmap.get(id);
      if (!entry || !state) return undefined;
      return {
        href: model.links.roadmapItem(id),
        title: entry.data.title,
        status: model.ui.status(state.status),
        state: state.status,
      };
    }
    const release = model.releases.get(id);
    if (!release) return undefined;
    return {
      href: model.links.release(id),
      title: release.data.title,
      status: model.ui.text('reference.released', { date: model.date(release.data.date) }),
      state: 'released',
    };
  };
}
