import type { z } from 'zod';

type AnyDef = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
};

function defOf(schema: z.ZodType): AnyDef {
  return (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
}

/** Removes wrappers (optional, default, preprocess...) to reach the schema that holds the data. */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def.innerType) current = def.innerType;
    else if (def.type === 'pipe' && def.out) current = defOf(def.out).type === 'transform' ? def.in! : def.out;
    else return current;
  }
}

/**
 * The field names a schema allows at a path of the data (`[]` for the top,
 * `['updates', 0]` for one update), used for did-you-mean on unknown fields.
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const at = schemaAt(schema, path);
  const def = at && defOf(unwrap(at));
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/** The schema of the value at a path of the data, with its wrappers (optional, default...), if the path exists. */
export function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
  let current = schema;
  for (const segment of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'object' && def.shape && typeof segment === 'string' && def.shape[segment]) {
      current = def.shape[segment];
    } else if (def.type === 'array' && def.element && typeof segment === 'number') {
      current = def.element;
    } else {
      return undefined;
    }
  }
  return current;
}
