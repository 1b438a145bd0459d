// Scripts for the browser, bundled at build time (scripts/lib/browser-scripts.ts).
declare module '*?script' {
	const script: { code: string; file: string };
	export default script;
}
declare module '*?module' {
	const script: { code: string; file: string };
	export default script;
}
