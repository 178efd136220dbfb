import type { Shipment, StatusExplanation } from '../lifecycle/derive.ts';
import type { Inline } from './inline.ts';
import type { SiteModel } from './site-model.ts';

/** The release that shipped something, linked, and the day: "3.4" and "12 March 2026". */
function shippedIn(model: SiteModel, shipment: Shipment) {
  const release = model.releases.get(shipment.release);
  const name = shipment.version ?? release?.data.title ?? shipment.release;
  return { release: { text: name, href: model.links.release(shipment.release) }, date: model.date(shipment.date) };
}

function itemLink(model: SiteModel, id: string): Inline[number] {
  return { text: model.roadmap.get(id)?.data.title ?? id, href: model.links.roadmapItem(id) };
}

/** ", aiming for 2027-Q1" when the item has a public horizon. */
function aimingFor(model: SiteModel, id: string): string {
  const target = model.roadmap.get(id)?.data.target;
  return target ? model.ui.text('explain.target', { target }) : '';
}

function requestLink(model: SiteModel, id: string): Inline[number] {
  return { text: model.feedback.get(id)?.data.title ?? id, href: model.links.feedback(id) };
}

/**
 * The sentence a request page leads with: where it stands and why, with
 * links along the loop (request → roadmap item → release), in the site's
 * words and with its status labels.
 */
export function explainFeedback(model: SiteModel, explanation: StatusExplanation): Inline {
  const { ui } = model;
  const status = ui.status(explanation.status);
  switch (explanation.status) {
    case 'open':
      return ui.inline('explain.open', { status });
    case 'under-review':
      return ui.inline('explain.underReview', { status });
    case 'planned': {
      // Planned as an internal item: where it stands, without naming the item or its horizon.
      if (explanation.roadmap === undefined) {
        if (explanation.roadmapStatus === 'paused') return ui.inline('explain.plannedPausedUnnamed', { status });
        return ui.inline(explanation.roadmapStatus === 'next' ? 'explain.plannedNextUnnamed' : 'explain.plannedLaterUnnamed', { status });
      }
      const target = aimingFor(model, explanation.roadmap);
      const item = itemLink(model, explanation.roadmap);
      if (explanation.roadmapStatus === 'paused') return ui.inline('explain.plannedPaused', { status, item });
      return ui.inline(explanation.roadmapStatus === 'next' ? 'explain.plannedNext' : 'explain.plannedLater', { status, item, target });
    }
    case 'in-progress':
      if (explanation.roadmap === undefined) return ui.inline('explain.inProgress', { status });
      return ui.inline('explain.inProgressAs', {
        status,
        item: itemLink(model, explanation.roadmap),
        target: aimingFor(model, explanation.roadmap),
      });
    case 'shipped':
      return explanation.roadmap
        ? ui.inline('explain.shippedAs', { status, ...shippedIn(model, explanation.shipment), item: itemLink(model, explanation.roadmap) })
        : ui.inline('explain.shipped', { status, ...shippedIn(model, explanation.shipment) });
    case 'declined': {
      const reason = explanation.reason;
      if (explanation.roadmap) {
        const item = itemLink(model, explanation.roadmap);
        return reason
          ? ui.inline('explain.declinedCancelledReason', { status, item, reason })
          : ui.inline('explain.declinedCancelled', { status, item });
      }
      return reason ? ui.inline('explain.declinedReason', { status, reason }) : ui.inline('explain.declined', { status });
    }
    case 'merged': {
      const request = requestLink(model, explanation.into);
      if (explanation.canonical === explanation.into) return ui.inline('explain.merged', { status, request });
      return ui.inline('explain.mergedChain', { status, request, canonical: requestLink(model, explanation.canonical) });
    }
  }
}

/**
 * The sentence a roadmap item's page leads with: where it stands, since when,
 * and for a shipped item the release that delivered it.
 */
export function explainRoadmap(model: SiteModel, id: string): Inline {
  const { ui } = model;
  const entry = model.roadmap.get(id)!;
  const state = model.lifecycle.roadmap.get(id)!;
  const since = (status: string): string => {
    const update = entry.data.updates.findLast((candidate) => candidate.status === status);
    return update ? ui.text('explain.since', { date: model.date(update.date) }) : '';
  };
  const target = entry.data.target ? ui.text('explain.target', { target: entry.data.target }) : '';
  const status = ui.status(state.status);
  switch (state.status) {
    case 'shipped':
      return ui.inline('explain.shipped', { status, ...shippedIn(model, state.shipped!) });
    case 'now': {
      // "In progress since …": the item's work as the sentence says it, with the site's label for `now` if it has one.
      const words = ui.words('now');
      return ui.inline('explain.itemNow', { status: words.charAt(0).toUpperCase() + words.slice(1), since: since('now'), target });
    }
    case 'next':
      return ui.inline('explain.itemNext', { status, target });
    case 'later':
      return ui.inline('explain.itemLater', { status, target });
    case 'paused':
      return ui.inline('explain.itemPaused', { status, since: since('paused') });
    case 'cancelled':
      return state.reason
        ? ui.inline('explain.itemCancelledReason', { status, reason: state.reason })
        : ui.inline('explain.itemCancelled', { status });
  }
}
