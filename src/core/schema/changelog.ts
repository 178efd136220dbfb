import { z } from 'zod';
import { areaList, idList, isoDate, oneLine, title, visibility } from './fields.ts';

import { CHANGE_TYPES } from '../statuses.ts';

export { CHANGE_TYPES, type ChangeType } from '../statuses.ts';

export const changelogSchema = z.strictObject({
  title,
  date: isoDate,
  version: oneLine(40).optional(),
  changes: z.array(z.enum(CHANGE_TYPES)).default([]),
  ships: idList,
  closes: idList,
  areas: areaList,
  visibility,
});

export type ChangelogInput = z.input<typeof changelogSchema>;
export type ChangelogData = z.output<typeof changelogSchema>;
