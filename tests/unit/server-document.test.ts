// The last touches to a document page (src/lib/server/document.ts).
import { describe, expect, it } from 'vitest';
import { finishDocument } from '$lib/server/document';

const parts = { head: '<style>a{}</style>', body: '<script>go()</script>' };

describe('finishDocument', () => {
	it("takes out Svelte's hydration markers and the head's marker, and nothing else", () => {
		const html =
			'<head><!--f33bvh--><title>T</title></head><body><!--[--><p>a<!---->b</p><!--[!--><!--[-1--><i>c</i><!--]--></body>';
		expect(finishDocument(html, parts)).toBe(
			'<head><title>T</title><style>a{}</style>\n\t</head><body><p>ab</p><i>c</i>\t<script>go()</script>\n\t</body>'
		);
	});

	it('leaves text that only looks like a marker: escaped text from data has no comment in it', () => {
		const html = '<head></head><body><p>&lt;!--[--> and <!-- a note --></p></body>';
		expect(finishDocument(html, parts)).toContain('<p>&lt;!--[--> and <!-- a note --></p>');
	});

	it('drops the disabled stylesheet links SvelteKit leaves beside inlined styles', () => {
		const html = '<head>\n\t\t<link href="./_app/immutable/assets/0.x.css" rel="stylesheet" disabled media="(max-width: 0)"><link rel="icon" href="/f.svg"></head><body></body>';
		expect(finishDocument(html, parts)).toBe(
			'<head><link rel="icon" href="/f.svg"><style>a{}</style>\n\t</head><body>\t<script>go()</script>\n\t</body>'
		);
	});
});
