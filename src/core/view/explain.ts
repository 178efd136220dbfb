import type { Shipment, StatusExplanation } from '../lifecycle/derive.ts';
import type { Inline } from './inline.ts';
import type { SiteModel } from './site-model.ts';

/** "in 3.4 on 12 March 2026", linking the release. */
function shippedIn(model: SiteModel, shipment: Shipment): Inline {
  const release = model.releases.get(shipment.release);
  const href = model.links.release(shipment.release);
  const name = shipment.version ?? release?.data.title ?? shipment.release;
  return [{ text: ' in ' }, { text: name, href }, { text: ` on ${model.date(shipment.date)}` }];
}

function itemLink(model: SiteModel, id: string): Inline[number] {
  return { text: model.roadmap.get(id)?.data.title ?? id, href: model.links.roadmapItem(id) };
}

/** " as <item>", linked, when a public item answers the request. */
function asItem(model: SiteModel, id: string | undefined): Inline {
  return id === undefined ? [] : [{ text: ' as ' }, itemLink(model, id)];
}

/** ", aiming for 2027-Q1" when the item has a public horizon. */
function aimingFor(model: SiteModel, id: string | undefined): string {
  const target = id === undefined ? undefined : model.roadmap.get(id)?.data.target;
  return target ? `, aiming for ${target}` : '';
}

function requestLink(model: SiteModel, id: string): Inline[number] {
  return { text: model.feedback.get(id)?.data.title ?? id, href: model.links.feedback(id) };
}

/**
 * The sentence a request page leads with: where it stands and why, with
 * links along the loop (request → roadmap item → release).
 */
export function explainFeedback(model: SiteModel, explanation: StatusExplanation): Inline {
  switch (explanation.status) {
    case 'open':
      return [{ text: 'Open: the team has not planned this yet. Votes and details help decide what comes next.' }];
    case 'under-review':
      return [{ text: 'Under review: the team is looking into this request.' }];
    case 'planned':
      // Without its item (an internal one), the request still says where it stands.
      return [
        { text: 'Planned' },
        ...asItem(model, explanation.roadmap),
        {
          text:
            explanation.roadmapStatus === 'paused'
              ? `${explanation.roadmap ? ', which is' : ', but'} paused for now.`
              : `${explanation.roadmapStatus === 'next' ? ', coming next' : ', for later'}${aimingFor(model, explanation.roadmap)}.`,
        },
      ];
    case 'in-progress':
      return [{ text: 'In progress' }, ...asItem(model, explanation.roadmap), { text: `${aimingFor(model, explanation.roadmap)}.` }];
    case 'shipped':
      return [{ text: 'Shipped' }, ...shippedIn(model, explanation.shipment), ...asItem(model, explanation.roadmap), { text: '.' }];
    case 'declined':
      return [
        { text: 'Declined' },
        ...(explanation.roadmap ? [{ text: ' (' }, itemLink(model, explanation.roadmap), { text: ' was cancelled)' }] : []),
        { text: explanation.reason ? `: ${explanation.reason}` : '.' },
      ];
    case 'merged': {
      const into: Inline = [{ text: 'Merged into ' }, requestLink(model, explanation.into)];
      if (explanation.canonical === explanation.into) return [...into, { text: '.' }];
      return [...into, { text: ', itself merged into ' }, requestLink(model, explanation.canonical), { text: '.' }];
    }
  }
}

/**
 * The sentence a roadmap item's page leads with: where it stands, since when,
 * and for a shipped item the release that delivered it.
 */
export function explainRoadmap(model: SiteModel, id: string): Inline {
  const entry = model.roadmap.get(id)!;
  const state = model.lifecycle.roadmap.get(id)!;
  const since = (status: string): Inline => {
    const update = entry.data.updates.findLast((candidate) => candidate.status === status);
    return update ? [{ text: ` since ${model.date(update.date)}` }] : [];
  };
  const target = entry.data.target ? `, aiming for ${entry.data.target}` : '';
  switch (state.status) {
    case 'shipped':
      return [{ text: 'Shipped' }, ...shippedIn(model, state.shipped!), { text: '.' }];
    case 'now':
      return [{ text: 'In progress' }, ...since('now'), { text: `${target}.` }];
    case 'next':
      return [{ text: 'Next: coming up once the current work ships' }, { text: `${target}.` }];
    case 'later':
      return [{ text: 'Later: on the roadmap, not scheduled yet' }, { text: `${target}.` }];
    case 'paused':
      return [{ text: 'Paused' }, ...since('paused'), { text: ': planned, but on hold for now.' }];
    case 'cancelled':
      return [{ text: state.reason ? `Cancelled: ${state.reason}` : 'Cancelled.' }];
  }
}
