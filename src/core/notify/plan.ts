import { absoluteUrl } from '../urls.ts';
import type { SiteModel } from '../view/site-model.ts';
import { findChanges, type Change } from './changes.ts';
import {
  DEFAULT_GITHUB_SERVER_URL,
  type GitHubClient,
  GitHubError,
  type IssueRef,
  issueComment,
  issueName,
  parseIssueUrl,
  toldMarkers,
} from './github.ts';
import { HttpError } from './http.ts';
import type { PreviousSite } from './previous.ts';
import { digestPayload, type Digest, postWebhook, type WebhookTarget, webhookTargets } from './webhooks.ts';

type Env = Record<string, string | undefined>;

/** What `--send` does on GitHub for one change, or why it does nothing there. */
export type GitHubAction =
  | { issue: IssueRef; name: string; comment: string; close?: 'completed' | 'not_planned' }
  | { issue?: undefined; skip: string };

export interface PlannedChange extends Change {
  github: GitHubAction;
}

/** Everything a run would tell, worked out without contacting anyone. */
export interface NotifyPlan {
  site: Digest['site'];
  previous: { source: string; requests: number };
  /** Requests on the site now. */
  requests: number;
  changes: PlannedChange[];
  /** Where the digest goes; none is contacted when nothing changed. */
  webhooks: WebhookTarget[];
  /** Set when this run leaves the webhooks out (`--skip-webhooks`): a re-run after a GitHub failure, say. */
  webhooksSkipped: boolean;
}

export const SKIP = {
  noSource: 'no source: the request does not say where it was made',
  notGithub: 'its source is not a GitHub issue',
} as const;

export function planNotify(model: SiteModel, previous: PreviousSite, options: { env: Env; skipWebhooks?: boolean }): NotifyPlan {
  const { config, links } = model;
  const serverUrl = options.env.GITHUB_SERVER_URL?.trim() || DEFAULT_GITHUB_SERVER_URL;
  const changes = findChanges(model, previous.statuses).map((change): PlannedChange => {
    const issue = parseIssueUrl(change.source, serverUrl);
    if (!issue) return { ...change, github: { skip: change.source ? SKIP.notGithub : SKIP.noSource } };
    const close =
      change.to === 'shipped' && config.notify.github.close.shipped
        ? 'completed'
        : change.to === 'declined' && config.notify.github.close.declined
          ? 'not_planned'
          : undefined;
    return { ...change, github: { issue, name: issueName(issue), comment: issueComment(change, config.title), close } };
  });
  return {
    site: {
      title: config.title,
      url: absoluteUrl(config.url, links.home),
      feedbackUrl: absoluteUrl(config.url, links.feedbackList),
    },
    previous: { source: previous.source, requests: previous.statuses.size },
    requests: model.feedback.size,
    changes,
    webhooks: options.skipWebhooks ? [] : webhookTargets(config, options.env),
    webhooksSkipped: options.skipWebhooks ?? false,
  };
}

/** Whether sending the plan needs GitHub (and so a token). */
export function needsGitHub(plan: NotifyPlan): boolean {
  return plan.changes.some((change) => change.github.issue !== undefined);
}

export interface Outcome {
  kind: 'github' | 'webhook';
  /** The request it is about (GitHub only). */
  request?: string;
  /** "acme/app#12", or a webhook's printable label. */
  target: string;
  result: 'sent' | 'skipped' | 'failed';
  detail: string;
}

export interface NotifyReport {
  plan: NotifyPlan;
  outcomes: Outcome[];
}

export interface SendOptions {
  github?: GitHubClient;
  timeoutMs: number;
  /** Called as each outcome is known, so a long run shows progress. */
  onOutcome?: (outcome: Outcome) => void;
}

export const CLOSED_AS = { completed: 'closed as completed', not_planned: 'closed as not planned' } as const;

/**
 * Tells everyone the plan names: one comment per changed GitHub-sourced
 * request unless its issue was already told of this status (the hidden
 * marker), the close the settings ask for, then one digest per webhook.
 * A failure is reported and the rest still goes out.
 */
export async function sendNotify(plan: NotifyPlan, options: SendOptions): Promise<NotifyReport> {
  const outcomes: Outcome[] = [];
  const record = (outcome: Outcome) => {
    outcomes.push(outcome);
    options.onOutcome?.(outcome);
  };
  for (const change of plan.changes) {
    const action = change.github;
    if (action.issue === undefined) {
      record({ kind: 'github', request: change.id, target: change.id, result: 'skipped', detail: action.skip });
      continue;
    }
    if (!options.github) throw new Error('sending to GitHub needs a client');
    record(await tellIssue(options.github, change, action));
  }
  if (plan.changes.length > 0) {
    const digest: Digest = { site: plan.site, previous: plan.previous.source, changes: plan.changes };
    for (const target of plan.webhooks) record(await sendDigest(target, digest, options.timeoutMs));
  }
  return { plan, outcomes };
}

async function tellIssue(
  github: GitHubClient,
  change: PlannedChange,
  action: Extract<GitHubAction, { comment: string }>,
): Promise<Outcome> {
  const base = { kind: 'github' as const, request: change.id, target: action.name };
  let commented = false;
  try {
    const issue = await github.getIssue(action.issue);
    const told = issue.comments > 0 ? toldMarkers(await github.listComments(action.issue)) : new Set<string>();
    if (told.has(`${change.id} ${change.to}`)) return { ...base, result: 'skipped', detail: `already told it is ${change.to}` };
    await github.createComment(action.issue, action.comment);
    commented = true;
    // An issue someone already closed keeps the reason they gave; pull requests are never closed.
    if (action.close && issue.open && !issue.pullRequest) {
      await github.closeIssue(action.issue, action.close);
      return { ...base, result: 'sent', detail: `commented (${change.to}), ${CLOSED_AS[action.close]}` };
    }
    return { ...base, result: 'sent', detail: `commented (${change.to})` };
  } catch (cause) {
    if (!(cause instanceof GitHubError)) throw cause;
    const detail = commented ? `commented, but could not close it: ${cause.message}; close it by hand` : cause.message;
    return { ...base, result: 'failed', detail };
  }
}

async function sendDigest(target: WebhookTarget, digest: Digest, timeoutMs: number): Promise<Outcome> {
  const base = { kind: 'webhook' as const, target: target.label };
  if (target.problem || !target.url) return { ...base, result: 'failed', detail: target.problem ?? 'no address' };
  try {
    await postWebhook(target.url, digestPayload(target.format, digest), { timeoutMs });
    return { ...base, result: 'sent', detail: `${target.format} digest of ${digest.changes.length}` };
  } catch (cause) {
    if (!(cause instanceof HttpError)) throw cause;
    return { ...base, result: 'failed', detail: cause.message };
  }
}
