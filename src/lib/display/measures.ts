/** How each measure is named on the page, so stocks and flows are never read as alike. */
import type { Measure } from '../figures/schema';

export const MEASURE_TITLE: Record<Measure, string> = {
	stock: 'Stocks: how many were displaced on the date reported',
	flow: 'Flow: how many fled during a period',
	share: 'Shares: a part of another figure'
};
