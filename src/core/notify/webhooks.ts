import type { SiteConfig, WebhookFormat } from '../schema/site.ts';
import { WEBHOOK_FORMATS } from '../schema/site.ts';
import type { Change } from './changes.ts';
import { statusLabel } from './github.ts';
import { describeStatus, describeTarget, fetchWithTimeout, HttpError, USER_AGENT } from './http.ts';
import { NOTIFY_TEXT } from './messages.ts';

/** Where one digest goes. */
export interface WebhookTarget {
  /** Safe to print: where it goes and where its address came from, never the address itself. */
  label: string;
  format: WebhookFormat;
  /** Undefined when the environment variable that should hold it is not set. */
  url?: string;
  /** Why it cannot be used, when it cannot. */
  problem?: string;
}

type Env = Record<string, string | undefined>;

/** The environment's own webhook, beside those of site.yaml: a CI secret, typically. */
export const WEBHOOK_URL_VARIABLE = 'ROADLOG_WEBHOOK_URL';
export const WEBHOOK_FORMAT_VARIABLE = 'ROADLOG_WEBHOOK_FORMAT';

/** Slack's and Discord's webhook addresses are recognised; anything else gets the JSON digest. */
export function inferWebhookFormat(url: string): WebhookFormat {
  let host = '';
  let path = '';
  try {
    ({ host, pathname: path } = new URL(url));
  } catch {
    return 'json';
  }
  if (host === 'hooks.slack.com') return 'slack';
  if (/^(?:[a-z]+\.)?discord(?:app)?\.com$/.test(host) && path.startsWith('/api/webhooks/')) return 'discord';
  return 'json';
}

function checkedUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? undefined : 'not an http(s) address';
  } catch {
    return 'not a URL';
  }
}

/**
 * The webhooks of this run: `notify.webhooks` from site.yaml, then
 * ROADLOG_WEBHOOK_URL (with ROADLOG_WEBHOOK_FORMAT, or the format its
 * address implies). A webhook whose variable is unset or malformed is kept
 * with its problem, so the plan shows it and sending reports it.
 */
export function webhookTargets(config: SiteConfig, env: Env): WebhookTarget[] {
  const targets: WebhookTarget[] = config.notify.webhooks.map((hook, index) => {
    const url = hook.url ?? env[hook.env!]?.trim() ?? undefined;
    const origin = hook.url ? `notify.webhooks[${index}]` : `$${hook.env}`;
    if (!url) return { label: origin, format: hook.format ?? 'json', problem: `the environment variable ${hook.env} is not set` };
    const problem = checkedUrl(url);
    return { label: `${describeTarget(url)} (${origin})`, format: hook.format ?? inferWebhookFormat(url), url, problem };
  });
  const extra = env[WEBHOOK_URL_VARIABLE]?.trim();
  if (extra) {
    const problem = checkedUrl(extra);
    targets.push({
      label: `${describeTarget(extra)} ($${WEBHOOK_URL_VARIABLE})`,
      format: webhookFormatFromEnv(env) ?? inferWebhookFormat(extra),
      url: extra,
      problem,
    });
  }
  return targets;
}

function webhookFormatFromEnv(env: Env): WebhookFormat | undefined {
  const value = env[WEBHOOK_FORMAT_VARIABLE]?.trim();
  return value && (WEBHOOK_FORMATS as readonly string[]).includes(value) ? (value as WebhookFormat) : undefined;
}

/** A ROADLOG_WEBHOOK_FORMAT that names no format: a configuration error, reported before anything is sent. */
export function webhookEnvProblem(env: Env): string | undefined {
  const value = env[WEBHOOK_FORMAT_VARIABLE]?.trim();
  if (!value || webhookFormatFromEnv(env)) return undefined;
  return `${WEBHOOK_FORMAT_VARIABLE} is "${value}": use ${WEBHOOK_FORMATS.join(', ')}`;
}

export interface Digest {
  site: { title: string; url: string; feedbackUrl: string };
  /** Where the statuses were compared from: the previous site's feedback.json. */
  previous: string;
  changes: Change[];
}

/** One message for the whole run, in the format the receiver understands. */
export function digestPayload(format: WebhookFormat, digest: Digest): unknown {
  switch (format) {
    case 'slack':
      return slackPayload(digest);
    case 'discord':
      return discordPayload(digest);
    case 'json':
      return jsonPayload(digest);
  }
}

const transition = (change: Change) => NOTIFY_TEXT.transition(statusLabel(change.from), statusLabel(change.to)!);

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

// Slack: at most 50 blocks per message, 3000 characters per section, 150 per header.
const SLACK_SECTIONS = 45;

/** Slack's mrkdwn treats only these three as markup; everything else is text. */
const slackText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function slackPayload(digest: Digest) {
  const heading = NOTIFY_TEXT.digestHeading(digest.changes.length, digest.site.title);
  const shown = digest.changes.slice(0, SLACK_SECTIONS);
  const rest = digest.changes.length - shown.length;
  return {
    text: heading,
    blocks: [
      { type: 'header', text: { type: 'plain_text', text: truncate(heading, 150) } },
      ...shown.map((change) => ({
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: truncate(
            `*<${change.url}|${slackText(change.title)}>*\n_${slackText(transition(change))}_\n${slackText(change.explanation)}`,
            3000,
          ),
        },
      })),
      ...(rest > 0
        ? [
            {
              type: 'section',
              text: { type: 'mrkdwn', text: `${NOTIFY_TEXT.more(rest)}: <${digest.site.feedbackUrl}|${NOTIFY_TEXT.allRequests}>` },
            },
          ]
        : []),
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: `<${digest.site.url}|${slackText(digest.site.title)}> · ${NOTIFY_TEXT.sentBy}` }],
      },
    ],
  };
}

// Discord: at most 10 embeds and 6000 characters in all of them, 2000 in `content`.
const DISCORD_EMBEDS = 10;
const discordText = (text: string) => text.replace(/[\\*_~`|[\]]/g, (char) => `\\${char}`);

function discordPayload(digest: Digest) {
  const shown = digest.changes.slice(0, DISCORD_EMBEDS);
  const rest = digest.changes.length - shown.length;
  const heading = NOTIFY_TEXT.digestHeading(digest.changes.length, digest.site.title);
  return {
    content: truncate(rest > 0 ? `${heading} (${NOTIFY_TEXT.more(rest)}: ${digest.site.feedbackUrl})` : heading, 2000),
    embeds: shown.map((change) => ({
      title: truncate(change.title, 200),
      url: change.url,
      description: truncate(`**${discordText(transition(change))}**\n${discordText(change.explanation)}`, 350),
    })),
    // Titles are customers' words: "@everyone" in one must not ping a whole server.
    allowed_mentions: { parse: [] },
  };
}

function jsonPayload(digest: Digest) {
  return {
    version: 1,
    kind: 'roadlog.notify',
    site: { title: digest.site.title, url: digest.site.url },
    previous: digest.previous,
    changes: digest.changes.map((change) => ({ from: change.from, to: change.to, request: change.record })),
  };
}

/** Posts one digest; an {@link HttpError} says why it did not arrive. */
export async function postWebhook(url: string, payload: unknown, options: { timeoutMs: number }): Promise<void> {
  const { response, body } = await fetchWithTimeout(
    url,
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'User-Agent': USER_AGENT },
      body: JSON.stringify(payload),
      // A redirect would re-send the digest somewhere the maintainer did not name.
      redirect: 'error',
    },
    options,
  );
  if (!response.ok) throw new HttpError(`${describeTarget(url)} answered ${describeStatus(response, body)}`, { status: response.status });
}
