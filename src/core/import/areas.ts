import { slugify } from '../ids.ts';
import type { SiteConfig } from '../schema/site.ts';

/**
 * Maps an issue label, Canny board, category or tag to an area: first the
 * site's `import.labels` settings, then a label equal to an area's id or
 * label, letter case ignored ("Exports", "exports").
 */
export function createAreaMapper(config: SiteConfig): (label: string) => string | undefined {
  const explicit = new Map(Object.entries(config.import?.labels ?? {}).map(([label, area]) => [label.trim().toLowerCase(), area]));
  const byName = new Map<string, string>();
  for (const area of config.areas) {
    byName.set(area.id, area.id);
    byName.set(area.label.trim().toLowerCase(), area.id);
  }
  return (label) => {
    const key = label.trim().toLowerCase();
    return explicit.get(key) ?? byName.get(key) ?? byName.get(slugify(label));
  };
}

export function areasFor(labels: readonly string[], mapArea: (label: string) => string | undefined): string[] {
  const areas: string[] = [];
  for (const label of labels) {
    const area = mapArea(label);
    if (area !== undefined && !areas.includes(area)) areas.push(area);
  }
  return areas;
}
