import { z } from 'zod';
import { areaList, isoDate, title } from './fields.ts';

/**
 * Statuses a maintainer writes on a roadmap item. `shipped` is accepted only
 * so that validation can explain that a release ships an item, not a status.
 */
export const ROADMAP_STATUSES = ['later', 'next', 'now', 'paused', 'cancelled'] as const;
export type RoadmapStatus = (typeof ROADMAP_STATUSES)[number];
export const ROADMAP_WRITTEN_STATUSES = [...ROADMAP_STATUSES, 'shipped'] as const;
export type RoadmapWrittenStatus = (typeof ROADMAP_WRITTEN_STATUSES)[number];

export const roadmapUpdateSchema = z.strictObject({
  date: isoDate,
  status: z.enum(ROADMAP_WRITTEN_STATUSES).optional(),
  note: z.string().trim().min(1, { error: 'an update needs a note' }),
});

export const roadmapSchema = z.strictObject({
  title,
  status: z.enum(ROADMAP_WRITTEN_STATUSES).optional(),
  areas: areaList,
  target: z.string().trim().min(1).max(40).optional(),
  updates: z.array(roadmapUpdateSchema).default([]),
});

export type RoadmapUpdate = z.output<typeof roadmapUpdateSchema>;
export type RoadmapInput = z.input<typeof roadmapSchema>;
export type RoadmapData = z.output<typeof roadmapSchema>;
