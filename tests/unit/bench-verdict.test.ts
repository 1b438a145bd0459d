// The verdict line of `npm run bench:extract` (scripts/lib/bench-verdict.ts).
import { describe, expect, it } from 'vitest';
import { isFast, isLinear, shown, verdictOn } from '../../scripts/lib/bench-verdict';

describe('shown', () => {
	it('writes the decimals asked for when they keep the value on its side of the line', () => {
		expect(shown(12.46, 1, isFast)).toBe('12.5');
		expect(shown(9.94, 1, isFast)).toBe('9.9');
		expect(shown(10.04, 1, isFast)).toBe('10.0');
		expect(shown(0.761, 2, isLinear)).toBe('0.76');
		expect(shown(1.2999, 2, isLinear)).toBe('1.30');
	});

	it('writes more where those would round it across the line', () => {
		expect(shown(9.97, 1, isFast)).toBe('9.97');
		expect(shown(9.951, 1, isFast)).toBe('9.95');
		expect(shown(9.9996, 1, isFast)).toBe('9.9996');
		expect(shown(1.304, 2, isLinear)).toBe('1.304');
	});
});

describe('verdictOn', () => {
	it('says too slow with the speed that is below the line, not one rounded up to it', () => {
		const verdict = verdictOn('varied', 9.97, 5, 1, [0.92, 0.69, 1.16]);
		expect(verdict).toEqual({
			fast: false,
			linear: true,
			line: 'varied: 9.97 MB/s at 5 MB (too slow: below 10); CPU time per MB at 5 MB / at 1 MB: 0.92, the median of 0.92, 0.69, 1.16 (linear)'
		});
	});

	it('judges the median slowdown of the rounds', () => {
		const verdict = verdictOn('repetitive', 12.5, 20, 1, [1.4, 1.31, 0.9]);
		expect(verdict.fast).toBe(true);
		expect(verdict.linear).toBe(false);
		expect(verdict.line).toBe(
			'repetitive: 12.5 MB/s at 20 MB (fast); CPU time per MB at 20 MB / at 1 MB: 1.31, the median of 1.40, 1.31, 0.90 (not linear: above 1.3)'
		);
	});
});
