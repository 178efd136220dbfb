import { escapeMarkup } from '../html/escape.ts';
import type { Problem } from '../problems.ts';
import { summarize } from './format.ts';

/**
 * The problems as an HTML panel for `astro dev`: the same facts as the text
 * format (where, what, expected, found, hint), readable in the browser while
 * a maintainer edits. Styles are inline: the panel must not depend on the site's CSS.
 */
export function formatHtmlPanel(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const { errors, warnings } = summarize(problems);
  const title = `Roadlog: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in the content`;
  return (
    '<aside id="roadlog-dev-problems" role="alert" aria-label="Content problems" ' +
    'style="position:fixed;inset:auto 1rem 1rem 1rem;max-height:45vh;overflow:auto;z-index:2147483647;' +
    'background:#fff;color:#111827;border:2px solid #b91c1c;border-radius:.5rem;padding:1rem;' +
    'font:14px/1.45 system-ui,sans-serif;box-shadow:0 10px 30px rgba(0,0,0,.25)">' +
    `<details open><summary style="cursor:pointer;font-weight:bold">${escapeMarkup(title)}</summary>` +
    '<p style="margin:.5em 0">Only in <code>astro dev</code>: pages show the last valid version of each file. ' +
    '<code>npm run build</code> stops on errors.</p>' +
    `${problemList(problems)}</details></aside>`
  );
}

/**
 * The page of an entry that has never been valid while `astro dev` runs:
 * there is nothing true to show of it, so it shows its problems. The dev
 * server reloads it once the file is fixed.
 */
export function formatHtmlProblemPage(file: string, problems: readonly Problem[]): string {
  return (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>This entry has errors: ${escapeMarkup(file)}</title></head>` +
    '<body style="margin:0;padding:2rem 1rem;background:#fff;color:#111827;font:16px/1.5 system-ui,sans-serif">' +
    '<main style="max-width:48rem;margin:0 auto"><h1 style="font-size:1.5rem;margin:0 0 .5rem">This entry has errors</h1>' +
    `<p><code>${escapeMarkup(file)}</code> has not been valid since the dev server started, so there is no version of it to show. ` +
    'Fix the problems below; this page reloads when the file is valid.</p>' +
    `${problemList(problems)}</main></body></html>`
  );
}

function problemList(problems: readonly Problem[]): string {
  const items = problems
    .map((problem) => {
      const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
      const details = [
        problem.expected !== undefined ? `expected: ${problem.expected}` : undefined,
        problem.found !== undefined ? `found: ${problem.found}` : undefined,
        problem.hint !== undefined ? `hint: ${problem.hint}` : undefined,
      ].filter((line) => line !== undefined);
      const color = problem.severity === 'error' ? '#b91c1c' : '#92400e';
      return (
        `<li style="margin:0 0 .75em"><code style="font-weight:bold">${escapeMarkup(where)}</code> ` +
        `<strong style="color:${color}">${problem.severity}</strong> ${escapeMarkup(problem.message)} <small>(${escapeMarkup(problem.code)})</small>` +
        (details.length ? `<br><span style="white-space:pre-wrap;color:#374151">${details.map(escapeMarkup).join('\n')}</span>` : '') +
        '</li>'
      );
    })
    .join('');
  return `<ul style="margin:0;padding-left:1.25em">${items}</ul>`;
}
