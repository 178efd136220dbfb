import { z } from 'zod';
import { areaList, idList, isoDate, title } from './fields.ts';

export const CHANGE_TYPES = ['new', 'improved', 'fixed', 'deprecated', 'removed', 'security'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

export const changelogSchema = z.strictObject({
  title,
  date: isoDate,
  version: z.string().trim().min(1).max(40).optional(),
  changes: z.array(z.enum(CHANGE_TYPES)).default([]),
  ships: idList,
  closes: idList,
  areas: areaList,
});

export type ChangelogInput = z.input<typeof changelogSchema>;
export type ChangelogData = z.output<typeof changelogSchema>;
