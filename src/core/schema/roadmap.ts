import { z } from 'zod';
import { areaList, isoDate, oneLine, title, visibility } from './fields.ts';

import { ROADMAP_WRITTEN_STATUSES } from '../statuses.ts';

export { ROADMAP_STATUSES, ROADMAP_WRITTEN_STATUSES, type RoadmapStatus, type RoadmapWrittenStatus } from '../statuses.ts';

export const roadmapUpdateSchema = z.strictObject({
  date: isoDate,
  status: z.enum(ROADMAP_WRITTEN_STATUSES).optional(),
  note: z.string().trim().min(1, { error: 'an update needs a note' }),
});

export const roadmapSchema = z.strictObject({
  title,
  status: z.enum(ROADMAP_WRITTEN_STATUSES).optional(),
  areas: areaList,
  target: oneLine(40).optional(),
  updates: z.array(roadmapUpdateSchema).default([]),
  visibility,
});

export type RoadmapUpdate = z.output<typeof roadmapUpdateSchema>;
export type RoadmapInput = z.input<typeof roadmapSchema>;
export type RoadmapData = z.output<typeof roadmapSchema>;
