// @ts-check
import { defineConfig } from 'astro/config';
import roadlog from './src/integration/index.ts';

// The demo site, built from content/ exactly as a team's own site is: one roadlog() call.
export default defineConfig({
  integrations: [roadlog()],
});
