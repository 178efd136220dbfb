/// <reference types="astro/client" />

declare module 'virtual:roadlog/config' {
  const config: import('./core/schema/site.ts').SiteConfig;
  export default config;
}

declare module 'virtual:roadlog/user-css' {}
