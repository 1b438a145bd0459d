// Finds and launches Debian's Chromium for the browser tests and screenshots. Nothing here
// downloads a browser: CHROME_PATH or /usr/bin/chromium must exist.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export function chromiumPath() {
	const path = process.env.CHROME_PATH || '/usr/bin/chromium';
	if (!existsSync(path)) {
		throw new Error(
			`No Chromium at ${path}. Install Debian's: \`apt-get update && apt-get install -y chromium\`, ` +
				'or set CHROME_PATH to a Chromium or Chrome binary.'
		);
	}
	return path;
}

export function launchChromium() {
	return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
