import type { Loader, LoaderContext } from 'astro/loaders';
import type { Kind } from '../core/collections.ts';
import { salvageEntryData } from '../core/load/salvage.ts';

interface EntryType {
  getEntryInfo: (params: { contents: string; fileUrl: URL }) => Promise<{ data: Record<string, unknown>; body: string }>;
}

/**
 * For `astro dev` only: a loader that never fails on a content mistake.
 * Astro's glob loader throws on unreadable frontmatter or data that fails
 * the schema, which stops the dev server at startup; Roadlog's own
 * validation already reports the problem (terminal and page panel), so here
 * the entry keeps what is valid of its data instead.
 */
export function devTolerant(loader: Loader, kind: Kind): Loader {
  return {
    name: loader.name,
    load: (context: LoaderContext) => {
      // `entryTypes` is how the glob loader parses files; it is not in Astro's public types.
      const internal = context as LoaderContext & { entryTypes?: Map<string, EntryType> };
      const entryTypes = internal.entryTypes && new Map(
        [...internal.entryTypes].map(([extension, type]) => [
          extension,
          new Proxy(type, {
            get: (target, property, receiver) =>
              property === 'getEntryInfo'
                ? async (params: { contents: string; fileUrl: URL }) => {
                    try {
                      return await target.getEntryInfo(params);
                    } catch {
                      return { data: {}, body: '', slug: '', rawData: '' };
                    }
                  }
                : Reflect.get(target, property, receiver),
          }),
        ]),
      );
      return loader.load({
        ...context,
        ...(entryTypes ? { entryTypes } : {}),
        parseData: async (props) => {
          try {
            return await context.parseData(props);
          } catch {
            return (await context.parseData({ ...props, data: salvageEntryData(kind, props.id, props.data) as unknown as typeof props.data }));
          }
        },
      } as LoaderContext);
    },
  };
}
