import { describe, expect, it } from 'vitest';
import type { Change } from '../../../src/core/notify/changes.ts';
import { digestPayload, inferWebhookFormat, webhookEnvProblem, webhookTargets } from '../../../src/core/notify/webhooks.ts';
import { siteConfig } from '../../helpers/corpus.ts';

function change(n: number, overrides: Partial<Change> = {}): Change {
  return {
    id: `request-${n}`,
    title: `Request ${n}`,
    from: n % 2 ? 'planned' : null,
    to: n % 2 ? 'shipped' : 'declined',
    explanation: `Explanation ${n} with *stars*, _under_ & <tags>`,
    explanationParts: [],
    url: `https://roadmap.example.com/feedback/request-${n}/`,
    feedUrl: `https://roadmap.example.com/feedback/request-${n}/feed.xml`,
    record: { id: `request-${n}` } as unknown as Change['record'],
    ...overrides,
  };
}

const digest = (count: number, title = 'Acme <Roadmap> & *more*') => ({
  site: { title, url: 'https://roadmap.example.com/', feedbackUrl: 'https://roadmap.example.com/feedback/' },
  previous: 'https://roadmap.example.com/api/v1/feedback.json',
  changes: Array.from({ length: count }, (_, index) => change(index + 1)),
});

describe('webhook digests', () => {
  it('Slack, Discord and JSON for a short run', () => {
    expect({
      slack: digestPayload('slack', digest(2)),
      discord: digestPayload('discord', digest(2)),
      json: digestPayload('json', digest(2)),
    }).toMatchSnapshot();
  });

  it('Slack and Discord for a long run: within their limits, the rest linked', () => {
    const long = digest(60);
    long.changes[0] = change(1, { title: 'T'.repeat(300), explanation: 'E'.repeat(5_000) });
    expect({ slack: digestPayload('slack', long), discord: digestPayload('discord', long) }).toMatchSnapshot();
  });

  it('Slack for exactly as many requests as it shows, with nothing left to link', () => {
    const blocks = (digestPayload('slack', digest(45)) as { blocks: { type: string }[] }).blocks;
    expect(blocks.map((block) => block.type)).toEqual(['header', ...Array(45).fill('section'), 'context']);
    const more = (digestPayload('slack', digest(46)) as { blocks: { type: string }[] }).blocks;
    expect(more.map((block) => block.type)).toEqual(['header', ...Array(46).fill('section'), 'context']);
  });
});

describe('webhook addresses', () => {
  it('are Slack’s, Discord’s, or get JSON', () => {
    expect(inferWebhookFormat('https://hooks.slack.com/services/T/B/x')).toBe('slack');
    expect(inferWebhookFormat('https://discord.com/api/webhooks/1/x')).toBe('discord');
    expect(inferWebhookFormat('https://ptb.discordapp.com/api/webhooks/1/x')).toBe('discord');
    expect(inferWebhookFormat('https://discord.com/channels/1')).toBe('json');
    expect(inferWebhookFormat('https://evil-discord.com/api/webhooks/1')).toBe('json');
    expect(inferWebhookFormat('https://discord.com.evil.net/api/webhooks/1')).toBe('json');
    expect(inferWebhookFormat('https://example.com/api/webhooks/1')).toBe('json');
    expect(inferWebhookFormat('not a url')).toBe('json');
  });

  it('come from site.yaml and the environment, each with what is wrong with it', () => {
    const config = siteConfig({
      notify: {
        webhooks: [
          { url: 'https://hooks.slack.com/services/T/B/secret' },
          { env: 'TEAM_HOOK', format: 'discord' },
          { env: 'UNSET_HOOK' },
          { env: 'FTP_HOOK' },
          { env: 'BAD_HOOK' },
        ],
      },
    });
    expect(
      webhookTargets(config, {
        TEAM_HOOK: '  https://example.com/team/secret  ',
        FTP_HOOK: 'ftp://example.com/x',
        BAD_HOOK: 'not a url',
        ROADLOG_WEBHOOK_URL: ' http://127.0.0.1:9/hook ',
        ROADLOG_WEBHOOK_FORMAT: ' slack ',
      }),
    ).toEqual([
      {
        label: 'https://hooks.slack.com (notify.webhooks[0])',
        format: 'slack',
        url: 'https://hooks.slack.com/services/T/B/secret',
        problem: undefined,
      },
      { label: 'https://example.com ($TEAM_HOOK)', format: 'discord', url: 'https://example.com/team/secret', problem: undefined },
      { label: '$UNSET_HOOK', format: 'json', problem: 'the environment variable UNSET_HOOK is not set' },
      { label: 'ftp://example.com ($FTP_HOOK)', format: 'json', url: 'ftp://example.com/x', problem: 'not an http(s) address' },
      { label: 'an address that is not a URL ($BAD_HOOK)', format: 'json', url: 'not a url', problem: 'not a URL' },
      { label: 'http://127.0.0.1:9 ($ROADLOG_WEBHOOK_URL)', format: 'slack', url: 'http://127.0.0.1:9/hook', problem: undefined },
    ]);
    expect(webhookTargets(siteConfig(), { ROADLOG_WEBHOOK_URL: '   ' })).toEqual([]);
    expect(
      webhookTargets(siteConfig(), { ROADLOG_WEBHOOK_URL: 'https://discord.com/api/webhooks/1/x', ROADLOG_WEBHOOK_FORMAT: 'xml' }),
    ).toEqual([
      {
        label: 'https://discord.com ($ROADLOG_WEBHOOK_URL)',
        format: 'discord',
        url: 'https://discord.com/api/webhooks/1/x',
        problem: undefined,
      },
    ]);
  });

  it('refuse a format variable that names no format', () => {
    expect(webhookEnvProblem({ ROADLOG_WEBHOOK_FORMAT: ' xml ' })).toBe('ROADLOG_WEBHOOK_FORMAT is "xml": use slack, discord, json');
    expect(webhookEnvProblem({ ROADLOG_WEBHOOK_FORMAT: 'json' })).toBeUndefined();
    expect(webhookEnvProblem({ ROADLOG_WEBHOOK_FORMAT: '  ' })).toBeUndefined();
    expect(webhookEnvProblem({})).toBeUndefined();
  });
});
