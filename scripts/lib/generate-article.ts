/**
 * A long synthetic news article for benchmarks: paragraphs of displacement-report sentences with
 * varied places, numbers (digits, scale words, words, ranges, percents, shares, vague amounts),
 * dates and durations, so the text reads like many articles and not one sentence repeated.
 * As in real reporting, most sentences state no number: one in three does.
 * Deterministic: the same size gives the same text.
 */

const PLACES = ['Idlib', 'Aleppo', 'Homs', 'Hama', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Latakia', 'Tartus', 'Qamishli', 'Afrin', 'Manbij'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const QUALIFIERS = ['at least', 'more than', 'around', 'nearly', 'up to', 'some', 'an estimated', 'about', 'as many as', 'over'];
const WORD_NUMBERS = ['twelve', 'a dozen', 'two hundred', 'one million', 'fifty', 'three thousand'];
const SHARES = ['Half', 'Two-thirds', 'One in five', 'A third'];
const VAGUE = ['Tens of thousands', 'Hundreds', 'Thousands', 'Dozens'];

/** Mulberry32: a tiny seeded generator, so the text is the same on every run. */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function generateArticle(bytes: number, seed = 1): string {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
	const grouped = (n: number) => n.toLocaleString('en-US');
	const sentences: ReadonlyArray<() => string> = [
		() => `${pick(QUALIFIERS)} ${grouped(int(1000, 999_999))} people fled ${pick(PLACES)} in ${pick(MONTHS)} ${int(2011, 2024)}, the UN said.`.replace(/^./, (c) => c.toUpperCase()),
		() => `Airstrikes on ${pick(PLACES)} killed ${pick(QUALIFIERS)} ${int(2, 90)} civilians on ${int(1, 28)} ${pick(MONTHS)}, a monitor said.`,
		() => `The camps near ${pick(PLACES)} now shelter ${int(1, 9)}.${int(1, 9)} million displaced people, up from ${grouped(int(10, 900) * 1000)} ${int(2, 9)} years ago.`,
		() => `${pick(SHARES)} of the ${grouped(int(100, 9000))} families surveyed in ${pick(PLACES)} had no income, and ${int(10, 90)} percent relied on aid.`,
		() => `Between ${grouped(int(1, 8) * 1000)} and ${grouped(int(9, 20) * 1000)} fighters remain in the ${pick(PLACES)} countryside, according to local officials.`,
		() => `${pick(VAGUE)} of people have returned to ${pick(PLACES)} since the ceasefire, while ${pick(WORD_NUMBERS)} schools reopened at ${int(7, 9)}:${int(10, 59)} on Monday.`,
		() => `Donors pledged $${int(1, 9)}.${int(1, 9)}bn for the ${pick(PLACES)} response, ${int(10, 60)}% short of the appeal launched on ${pick(MONTHS)} ${int(1, 28)}.`
	];
	const prose: ReadonlyArray<() => string> = [
		() => `Residents of ${pick(PLACES)} described the conditions in the camps as desperate, with little shelter from the cold.`,
		() => `Aid agencies warned that the situation in ${pick(PLACES)} could deteriorate further if access is not restored.`,
		() => `The government in Damascus did not respond to a request for comment on the reports from ${pick(PLACES)}.`,
		() => `Families who fled ${pick(PLACES)} said they had left everything behind and did not know when they could return.`,
		() => `Humanitarian officials called on all parties to protect civilians and allow safe passage out of ${pick(PLACES)}.`
	];
	const sentence = () => (next() < 1 / 3 ? pick(sentences) : pick(prose))();
	const paragraphs: string[] = [];
	let length = 0;
	while (length < bytes) {
		const paragraph = Array.from({ length: int(3, 6) }, sentence).join(' ');
		paragraphs.push(paragraph);
		length += paragraph.length + 2;
	}
	return paragraphs.join('\n\n');
}

/**
 * A repetitive article: one paragraph of the generator (seed 2: 446 characters, four quantities)
 * over and over, as in a scrape that caught a page's repeated blocks. Every quote then occurs
 * thousands of times, which is what could make extraction quadratic.
 */
export function repetitiveArticle(bytes: number, seed = 2): string {
	const paragraph = generateArticle(1, seed);
	return Array.from({ length: Math.ceil(bytes / (paragraph.length + 2)) }, () => paragraph).join('\n\n');
}
