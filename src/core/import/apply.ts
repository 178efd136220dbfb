import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { countActions, type ImportAction } from './types.ts';

/**
 * Writes a plan: new files with exclusive create (a file that appeared in
 * the meantime is never replaced), updates only when the file still holds
 * exactly what was planned from. Returns the actions as they turned out.
 */
export function applyImport(actions: readonly ImportAction[], root: string, collectionDir: string): ImportAction[] {
  return actions.map((action) => {
    const path = resolve(root, action.type === 'create' || action.type === 'update' ? action.file : '.');
    // Whatever the export held, a file is written directly in the collection folder, or not at all.
    if ((action.type === 'create' || action.type === 'update') && dirname(path) !== resolve(collectionDir)) {
      return { type: 'skipped', ref: action.ref, reason: `${action.file} is not directly in the collection folder; nothing was written` };
    }
    if (action.type === 'create') {
      mkdirSync(dirname(path), { recursive: true });
      try {
        writeFileSync(path, action.text, { flag: 'wx' });
      } catch (cause) {
        if ((cause as NodeJS.ErrnoException).code !== 'EEXIST') throw cause;
        return {
          type: 'skipped',
          ref: action.ref,
          title: action.title,
          reason: `${action.file} appeared during the import; nothing was overwritten`,
        };
      }
    } else if (action.type === 'update') {
      if (readFileSync(path, 'utf8') !== action.before) {
        return { type: 'skipped', ref: action.ref, reason: `${action.file} changed during the import; run it again` };
      }
      writeFileSync(path, action.text);
    }
    return action;
  });
}

/** One line per file created or updated and per record skipped, then the counts. */
export function formatImportReport(label: string, actions: readonly ImportAction[], options: { dryRun?: boolean } = {}): string {
  const lines: string[] = [];
  const quoted = (title: string | undefined) => (title ? ` ${JSON.stringify(title)}` : '');
  for (const action of actions) {
    if (action.type === 'create')
      lines.push(`created    ${action.file}  (${action.ref})${action.notes?.length ? `: ${action.notes.join('; ')}` : ''}`);
    else if (action.type === 'update') lines.push(`updated    ${action.file}  ${action.change}  (${action.ref})`);
    else if (action.type === 'skipped') lines.push(`skipped    ${action.ref}${quoted(action.title)}: ${action.reason}`);
  }
  const counts = countActions(actions);
  const summary = `${label}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped.`;
  lines.push(options.dryRun ? `${summary} (dry run: nothing was written)` : summary);
  return `${lines.join('\n')}\n`;
}
