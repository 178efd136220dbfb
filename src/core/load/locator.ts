import type { LineCounter, Node } from 'yaml';
import type { Position } from '../problems.ts';
import { loadYamlPackage } from './yaml-package.ts';

/**
 * Finds where a field sits in a file, for messages. `part: 'key'` points at
 * the field name (unknown fields), `'value'` at its value (wrong values).
 * A path that does not exist resolves to the closest existing parent.
 */
export type Locator = (path: readonly PropertyKey[], part?: 'key' | 'value') => Position;

/**
 * Builds a locator for YAML text whose first line is line `firstLine` of the
 * file. Parsing with positions is slow next to the plain parse, so it only
 * happens when a message needs a position.
 */
export function createLocator(yamlText: string, firstLine: number, fallback: Position): Locator {
  let parsed: { contents: Node | null; lines: LineCounter } | undefined;
  const parse = () => {
    if (!parsed) {
      const { LineCounter, parseDocument } = loadYamlPackage();
      const lines = new LineCounter();
      const doc = parseDocument(yamlText, { schema: 'core', lineCounter: lines, uniqueKeys: false });
      parsed = { contents: doc.contents as Node | null, lines };
    }
    return parsed;
  };
  const toPosition = (offset: number): Position => {
    const { line, col } = parse().lines.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };

  return (path, part = 'value') => {
    const { isMap, isScalar, isSeq } = loadYamlPackage();
    const { contents } = parse();
    let node: Node | null = contents;
    let position: Position = node?.range ? toPosition(node.range[0]) : fallback;
    if (path.length === 0) return fallback;
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth];
      const last = depth === path.length - 1;
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return position;
        const key = pair.key as Node;
        const keyPosition = key.range ? toPosition(key.range[0]) : position;
        const value = pair.value as Node | null;
        if (last && part === 'key') return keyPosition;
        position = value?.range ? toPosition(value.range[0]) : keyPosition;
        node = value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (!item?.range) return position;
        position = toPosition(item.range[0]);
        node = item;
      } else {
        return position;
      }
    }
    return position;
  };
}
