import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { createUi } from '../../src/core/i18n/index.ts';
import { gzipSize, WIDGET_TEXT_MARKER, widgetScript, widgetText } from '../../src/core/widget.ts';

describe('the widget', () => {
  it('takes every word from the site’s catalogue and its overrides', () => {
    expect(widgetText(createUi('en'))).toEqual({
      whatsNew: 'What’s new',
      markAll: 'Mark all as read',
      allReleases: 'All releases',
      marked: 'All releases marked as read.',
      unread: 'unread',
      unreadPrefix: 'Unread:',
      changeTypes: 'Change types',
    });
    expect(widgetText(createUi('de', { 'widget.unread': 'neu' }))).toMatchObject({ whatsNew: 'Was ist neu', unread: 'neu' });
  });

  it('is served with its words in place of the marker, so no word can close the script', () => {
    const source = `const text = ${WIDGET_TEXT_MARKER};\nrender(text);`;
    const script = widgetScript(source, createUi('en', { 'widget.whatsNew': '</script><b>New' }));
    expect(script).not.toContain(WIDGET_TEXT_MARKER);
    expect(script).not.toContain('</script>');
    const json = script.slice('const text = '.length, script.indexOf(';\n'));
    expect(JSON.parse(json)).toEqual({ ...widgetText(createUi('en')), whatsNew: '</script><b>New' });
    expect(script.endsWith(';\nrender(text);')).toBe(true);
  });

  it('refuses a source that lost its marker, rather than serve a widget without words', () => {
    expect(() => widgetScript('render({});', createUi('en'))).toThrow('the widget source has lost its text marker');
  });

  it('is measured compressed as servers send it, at gzip’s best level', () => {
    const text = Array.from({ length: 400 }, (_, i) => `release ${i % 37} fixes ${(i * 7919) % 113};`).join('\n');
    expect(gzipSize(text)).toBe(gzipSync(text, { level: 9 }).length);
    expect(gzipSize(text)).toBeLessThan(gzipSync(text).length);
  });
});
