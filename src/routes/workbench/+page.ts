// The only page that runs the application in the browser: the workbench is a tool, not a
// document. Its shell is prerendered like every page; its code loads here alone.
export const csr = true;
export const trailingSlash = 'always';
