import { downloadResponse } from '$lib/server/downloads';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => downloadResponse('/data/sources.csv');
