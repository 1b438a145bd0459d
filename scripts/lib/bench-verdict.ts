/**
 * The verdict of `npm run bench:extract` on one kind of article, and the line that says it: kept
 * apart from the script, which times extractions in child processes, so that it can be tested.
 */

/** Megabytes a second of CPU time, at least, at a kind's largest size. */
export const MIN_SPEED = 10;
/** Time per megabyte at the largest size over that at 1 MB, at most. */
export const MAX_SLOWDOWN = 1.3;

export interface Verdict {
	fast: boolean;
	linear: boolean;
	line: string;
}

/** True when a speed passes. */
export const isFast = (speed: number): boolean => speed >= MIN_SPEED;
/** True when a slowdown passes. */
export const isLinear = (slowdown: number): boolean => slowdown <= MAX_SLOWDOWN;

/**
 * `value` with `digits` decimals, or more where those would round it across the line `passes`
 * judges it by: 9.96 MB/s written "10.0" beside "too slow: below 10" reads as a bug in the
 * script, and a slowdown of 1.304 written "1.30" beside "not linear" the same.
 */
export function shown(value: number, digits: number, passes: (value: number) => boolean): string {
	let text = value.toFixed(digits);
	for (let more = digits + 1; passes(Number(text)) !== passes(value) && more <= digits + 4; more++) text = value.toFixed(more);
	return text;
}

/**
 * `speed`: megabytes a second of CPU time at the largest size (`megabytes`); `slowdowns`: each
 * round's CPU time per MB there over that at `firstMegabytes`, judged by their median.
 */
export function verdictOn(kind: string, speed: number, megabytes: number, firstMegabytes: number, slowdowns: readonly number[]): Verdict {
	const slowdown = [...slowdowns].sort((a, b) => a - b)[Math.floor(slowdowns.length / 2)]!;
	const [fast, linear] = [isFast(speed), isLinear(slowdown)];
	const line =
		`${kind}: ${shown(speed, 1, isFast)} MB/s at ${megabytes} MB (${fast ? 'fast' : `too slow: below ${MIN_SPEED}`}); ` +
		`CPU time per MB at ${megabytes} MB / at ${firstMegabytes} MB: ${shown(slowdown, 2, isLinear)}, ` +
		`the median of ${slowdowns.map((r) => r.toFixed(2)).join(', ')} (${linear ? 'linear' : `not linear: above ${MAX_SLOWDOWN}`})`;
	return { fast, linear, line };
}
