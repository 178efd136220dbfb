import { defineCollection } from 'astro:content';
import { roadlogLoader } from './loader/index.ts';

/** Roadlog's loader reads every collection with the same reader as `npm run validate`. */
export const collections = {
  feedback: defineCollection({ loader: roadlogLoader('feedback') }),
  roadmap: defineCollection({ loader: roadlogLoader('roadmap') }),
  changelog: defineCollection({ loader: roadlogLoader('changelog') }),
};
