// The whole site is static: every page and endpoint is rendered at build time.
export const prerender = true;
// Pages are documents: no framework runs in the browser and no hydration data is sent. What needs
// a script is one small inline script ($lib/enhance/page.ts), written in by hooks.server.ts.
export const csr = false;
