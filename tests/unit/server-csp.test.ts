// A page's Content Security Policy (src/lib/server/csp.ts): every inline style and script the
// page holds is allowed by its hash, and nothing else is.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANNOUNCER_STYLE, contentSecurityPolicy, withContentSecurityPolicy } from '$lib/server/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
/** The sources of one directive of a policy. */
const sources = (policy: string, name: string) =>
	policy
		.split('; ')
		.find((directive) => directive.startsWith(`${name} `))!
		.split(' ')
		.slice(1);

describe('contentSecurityPolicy', () => {
	it('allows nothing inline on a page that has nothing inline', () => {
		const policy = contentSecurityPolicy('<html><head><link rel="icon" href="/f.svg"></head><body><p>x</p></body></html>');
		expect(policy).toBe(
			"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"
		);
	});

	it('allows each inline style and running script by the hash of its exact text, once', () => {
		const style = 'a{color:red}\n';
		const html = `<head><style>${style}</style><style>${style}</style><style media="print">b{}</style></head><body><script>go("é")</script><script type="module">m()</script></body>`;
		const policy = contentSecurityPolicy(html);
		expect(sources(policy, 'style-src')).toEqual(["'self'", sha(style), sha('b{}')]);
		expect(sources(policy, 'script-src')).toEqual(["'self'", sha('go("é")'), sha('m()')]);
	});

	it('gives no hash to data (JSON-LD) or to a script loaded from a file', () => {
		const html = '<script type="application/ld+json">{"a":1}</script><script src="/x.js"></script><script data-x="1">y()</script>';
		expect(sources(contentSecurityPolicy(html), 'script-src')).toEqual(["'self'", sha('y()')]);
	});

	it('allows, on a page that runs the application, SvelteKit’s announcer’s style attribute and no other', () => {
		const app = '<head></head><body><script>\n\t{\n\t\t__sveltekit_abc = {};\n\t}</script></body>';
		expect(sources(contentSecurityPolicy(app), 'style-src-attr')).toEqual(["'unsafe-hashes'", sha(ANNOUNCER_STYLE)]);
		expect(contentSecurityPolicy('<head></head><body><script>go()</script></body>')).not.toContain('style-src-attr');
		// The style SvelteKit writes, from its own source: an upgrade that changes it fails here.
		const root = readFileSync('node_modules/@sveltejs/kit/src/core/sync/write_root.js', 'utf8');
		expect(/id="svelte-announcer"[^>]*style="([^"]*)"/u.exec(root)?.[1]).toBe(ANNOUNCER_STYLE);
	});

	it('puts the policy first in the head, and refuses a page without a head', () => {
		const html = withContentSecurityPolicy('<html><head><style>p{}</style></head></html>');
		expect(html).toMatch(/^<html><head>\n\t\t<meta http-equiv="content-security-policy" content="default-src 'self'; [^"]+"><style>/u);
		expect(() => withContentSecurityPolicy('<p>no head</p>')).toThrow('the page has no <head> to put its policy in');
	});
});
