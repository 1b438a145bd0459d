// The plugin that bundles the pages' scripts (scripts/lib/browser-scripts.ts), on the real ones.
import { describe, expect, it } from 'vitest';
import { bundleScript } from '../../scripts/lib/browser-scripts';
import chartExportModule from '$lib/enhance/chart-export?module';
import pageScript from '$lib/enhance/page?script';

describe('bundleScript', () => {
	it('makes the page script one classic script: no import or export of its own, minified', async () => {
		const { code, file, inputs } = await bundleScript('src/lib/enhance/page.ts', 'script');
		expect(code).toMatch(/^("use strict";)?\(\(\)=>\{[\s\S]*\}\)\(\);$/u);
		expect(code).not.toMatch(/^\s*(import|export)\b/mu);
		// It loads the chart export only when asked, from the address its element carries.
		expect(code).toContain('import(');
		expect(code).toContain('chartExport');
		// 1,495 characters before Escape dismissed a timeline's quote box (about 250 more).
		expect(code.length).toBeLessThan(1800);
		expect(file).toMatch(/^page\.[0-9a-f]{10}\.js$/u);
		expect(inputs.map((input) => input.replace(/^.*\/src\//u, 'src/'))).toEqual(['src/lib/enhance/page.ts']);
	});

	it('makes the chart export one ES module with the export code bundled in', async () => {
		const { code, file, inputs } = await bundleScript('src/lib/enhance/chart-export.ts', 'module');
		expect(code).toMatch(/export\s*\{[^}]*as downloadChart\s*\}|export\s*\{\s*downloadChart\s*\}/u);
		expect(code).not.toMatch(/^import\b/mu);
		expect(file).toMatch(/^chart-export\.[0-9a-f]{10}\.js$/u);
		expect(inputs.map((input) => input.replace(/^.*\/src\//u, 'src/')).sort()).toEqual([
			'src/lib/enhance/chart-export.ts',
			'src/lib/enhance/export-image.ts'
		]);
	});

	it('is what `?script` and `?module` imports give, named after a hash of the code', async () => {
		expect(pageScript).toEqual({ code: (await bundleScript('src/lib/enhance/page.ts', 'script')).code, file: expect.any(String) });
		const chart = await bundleScript('src/lib/enhance/chart-export.ts', 'module');
		expect(chartExportModule).toEqual({ code: chart.code, file: chart.file });
	});
});
