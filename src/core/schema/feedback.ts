import { z } from 'zod';
import { FEEDBACK_STATUSES } from '../statuses.ts';
import { areaList, entryId, fieldsAreValid, httpUrl, isoDate, oneLine, title, visibility } from './fields.ts';

export { FEEDBACK_STATUSES, type FeedbackStatus } from '../statuses.ts';

/**
 * The fields of a request, without the rules that tie them together, so other
 * schemas (the JSON API's records) can pick from them: zod 4 refuses
 * `.pick()` on an object that carries refinements.
 */
export const feedbackFields = z.strictObject({
  title,
  submitted: isoDate,
  votes: z.number().int().min(0).default(0),
  areas: areaList,
  status: z.enum(FEEDBACK_STATUSES).optional(),
  roadmap: entryId.optional(),
  duplicateOf: entryId.optional(),
  reason: z.string().trim().min(1, { error: 'a reason cannot be empty' }).optional(),
  source: httpUrl.optional(),
  author: oneLine(80).optional(),
  visibility,
});

export const feedbackSchema = feedbackFields.superRefine(
  (data, ctx) => {
    if (data.status === 'duplicate' && data.duplicateOf === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'a duplicate needs `duplicateOf: <feedback id>` naming the request it duplicates',
        params: { rule: 'duplicate-needs-target' },
      });
    }
    if (data.duplicateOf !== undefined && data.status !== 'duplicate') {
      ctx.addIssue({
        code: 'custom',
        path: ['duplicateOf'],
        message: '`duplicateOf` is only allowed with `status: duplicate`',
        params: { rule: 'duplicate-of-without-status' },
      });
    }
    if (data.status === 'declined' && data.reason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'a declined request needs a public `reason`',
        params: { rule: 'declined-needs-reason' },
      });
    }
  },
  { when: (payload) => fieldsAreValid(payload.issues, ['status', 'duplicateOf', 'reason']) },
);

export type FeedbackInput = z.input<typeof feedbackSchema>;
export type FeedbackData = z.output<typeof feedbackSchema>;
