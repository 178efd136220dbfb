export * from './fields.ts';
export * from './feedback.ts';
export * from './roadmap.ts';
export * from './changelog.ts';
export * from './site.ts';
