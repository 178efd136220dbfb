// Roadlog's collections, read by the same reader as `roadlog validate`: the same file a team's site has.
export { collections } from './loader/index.ts';
