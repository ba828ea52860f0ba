import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };

/**
 * Records every Content-Security-Policy violation in a browser context, from the first script
 * on: the browser's own event, and its console message for what is blocked before scripts run.
 */
async function watchViolations(context: BrowserContext): Promise<string[]> {
	const violations: string[] = [];
	await context.exposeFunction('__reportCspViolation', (text: string) => violations.push(text));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const report = (window as unknown as { __reportCspViolation: (text: string) => void })
				.__reportCspViolation;
			void report(
				`${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`
			);
		});
	});
	context.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text()))
			violations.push(`console: ${message.text().slice(0, 300)}`);
	});
	return violations;
}

/**
 * Playwright's `test`, with every test run under the site's Content-Security-Policy watched:
 * a test whose page reports a violation fails, so the whole suite proves the policy breaks
 * nothing (issue 24). Pages a test opens in a context of its own are not watched.
 */
export const test = base.extend<{ cspViolations: string[] }>({
	cspViolations: [
		async ({ context }, use) => {
			const violations = await watchViolations(context);
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
});
