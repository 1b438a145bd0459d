// The whole site is static: every page and endpoint is rendered at build time.
export const prerender = true;
