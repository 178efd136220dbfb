/**
 * The shape of a UI catalogue. A message is a string with `{name}`
 * placeholders, or, for words that follow a count, one string per plural
 * category of the language (`Intl.PluralRules`): English needs `one` and
 * `other`, German the same, Japanese only `other`.
 */
export type PluralForms = { other: string } & Partial<Record<Exclude<Intl.LDMLPluralRule, 'other'>, string>>;
export type Message = string | PluralForms;

/** A catalogue's type from the English one: every key, each a string or plural forms like English's. */
export type CatalogueOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : PluralForms };
