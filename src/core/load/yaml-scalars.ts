import yaml from 'js-yaml';
import type { z } from 'zod';
import { loadYamlPackage } from './yaml-package.ts';

/**
 * A plain (unquoted) scalar that YAML would read as a number or a boolean,
 * with the text the maintainer wrote. Whether it is text or a value depends
 * on the field it sits in, which the parser cannot know: `title: 3.10` is
 * the title "3.10", `votes: 12` the number 12.
 */
class PlainScalar {
  readonly source: string;
  readonly value: unknown;

  constructor(source: string, value: unknown) {
    this.source = source;
    this.value = value;
  }

  // A mapping key is its text (`3.10: x` keys the field "3.10"): the parser keeps keys whose tag is not Object's.
  get [Symbol.toStringTag](): string {
    return 'PlainScalar';
  }

  toString(): string {
    return this.source;
  }
}

type ScalarType = yaml.Type & { tag: string };
/** YAML 1.2's scalar types as js-yaml defines them (its typings leave them out). */
const BUILT_IN = (yaml as unknown as { types: Record<'null' | 'bool' | 'int' | 'float', ScalarType> }).types;

function keepingSource(type: ScalarType): yaml.Type {
  return new yaml.Type(type.tag, {
    kind: 'scalar',
    resolve: type.resolve,
    construct: (data: string) => new PlainScalar(data, type.construct(data)),
  });
}

/**
 * YAML 1.2's core schema (dates stay text, so an impossible day is reported
 * rather than rolled over; `yes` and `no` stay words) except that numbers
 * and booleans keep the text they were written as until a field says what
 * it wants.
 */
const FIELDS_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [BUILT_IN.null, keepingSource(BUILT_IN.bool), keepingSource(BUILT_IN.int), keepingSource(BUILT_IN.float)],
});

/**
 * What each field of a schema wants from a plain scalar: `text` keeps it as
 * written, `value` takes what YAML reads it as (a number, a boolean).
 */
export type ScalarShape = 'text' | 'value' | { fields: Record<string, ScalarShape>; rest?: ScalarShape } | { items: ScalarShape };

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  values?: unknown[];
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The scalar shape of a zod schema: which plain scalars are text, which are values. */
export function scalarShape(schema: z.ZodType): ScalarShape {
  const def = defOf(schema);
  switch (def.type) {
    case 'string':
    case 'enum':
    case 'template_literal':
      return 'text';
    case 'literal':
      return def.values?.every((value) => typeof value === 'string') ? 'text' : 'value';
    case 'object':
      return { fields: Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, field]) => [key, scalarShape(field)])) };
    case 'record':
      return { fields: {}, rest: def.valueType ? scalarShape(def.valueType) : 'value' };
    case 'array':
      return def.element ? { items: scalarShape(def.element) } : 'value';
    case 'union':
      // Text wins when any option is text: a value the field could take as a string stays as written.
      return def.options?.some((option) => scalarShape(option) === 'text')
        ? 'text'
        : def.options?.[0]
          ? scalarShape(def.options[0])
          : 'value';
    case 'pipe':
      // A preprocess (a pipe from a transform) checks its output; any other pipe checks its input.
      return scalarShape(def.in && defOf(def.in).type !== 'transform' ? def.in : def.out!);
    default:
      return def.innerType ? scalarShape(def.innerType) : 'value';
  }
}

/** Puts every plain scalar in its place: text where the shape wants text, else its value. */
export function resolveScalars(value: unknown, shape: ScalarShape | undefined): unknown {
  if (value instanceof PlainScalar) return shape === 'text' ? value.source : value.value;
  if (Array.isArray(value)) {
    const items = shape !== undefined && typeof shape === 'object' && 'items' in shape ? shape.items : undefined;
    let changed: unknown[] | undefined;
    for (let index = 0; index < value.length; index++) {
      const resolved = resolveScalars(value[index], items);
      if (resolved !== value[index]) (changed ??= [...value])[index] = resolved;
    }
    return changed ?? value;
  }
  if (value !== null && typeof value === 'object') {
    const fields = shape !== undefined && typeof shape === 'object' && 'fields' in shape ? shape : undefined;
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      const resolved = resolveScalars(record[key], fields ? (fields.fields[key] ?? fields.rest) : undefined);
      if (resolved !== record[key]) record[key] = resolved;
    }
  }
  return value;
}

/**
 * A YAML alias (`*name`), refused: no field needs one, and nine nested lists of
 * aliases expand to billions of values (an "alias bomb") that would hang every command.
 */
export class YamlAliasError extends Error {
  /** 1-based line and column in the YAML source. */
  readonly line: number;
  readonly column: number;

  constructor(line: number, column: number) {
    super('YAML aliases are not allowed');
    this.line = line;
    this.column = column;
  }
}

/** Throws a YamlAliasError at the first alias of the source, if it has one. */
function refuseAliases(source: string): void {
  // Most sources have no `*` at all: the precise parser runs only when one might be an alias.
  if (!source.includes('*')) return;
  const YAML = loadYamlPackage();
  const lines = new YAML.LineCounter();
  const document = YAML.parseDocument(source, { lineCounter: lines, schema: 'core' });
  let at: number | undefined;
  YAML.visit(document, {
    Alias(_key, node) {
      at = node.range?.[0] ?? 0;
      return YAML.visit.BREAK;
    },
  });
  if (at !== undefined) {
    const { line, col } = lines.linePos(at);
    throw new YamlAliasError(line, col);
  }
}

/** Parses YAML with the fields schema; plain numbers and booleans stay unresolved until `resolveScalars`. */
export function loadFields(source: string): unknown {
  refuseAliases(source);
  return yaml.load(source, { schema: FIELDS_SCHEMA });
}

/** Parses YAML and puts every scalar in its place for a schema's shape in one step. */
export function parseYamlFields(source: string, shape: ScalarShape | undefined): unknown {
  return resolveScalars(loadFields(source), shape);
}
