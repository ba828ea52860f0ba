import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './test';
import { sampleAssignment } from '../src/lib/teach/sample';
import { encodeAssignment } from '../src/lib/teach/link';
import { builtRoutes, openPage, waitForServiceWorker } from './helpers';

/** Every HTML file of the build, wherever it is. */
function builtHtmlFiles(dir = 'build'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return builtHtmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/** The policy a page's <meta> carries, as directive → sources. */
function policyOf(html: string): Map<string, string[]> | null {
	const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
	if (!meta) return null;
	const content = meta[1]
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
	return new Map(
		content.split(';').map((directive) => {
			const [name, ...sources] = directive.trim().split(/\s+/);
			return [name, sources] as const;
		})
	);
}

test('every built page carries the policy, and every inline script in it is allowed by hash', () => {
	const files = builtHtmlFiles();
	expect(files.length).toBeGreaterThan(40);
	for (const file of files) {
		const html = readFileSync(file, 'utf8');
		const policy = policyOf(html);
		expect(policy, `${file} has no CSP <meta>`).not.toBeNull();
		if (!policy) continue;
		expect(policy.get('default-src'), file).toEqual(["'self'"]);
		expect(policy.get('img-src'), file).toEqual(["'self'", 'data:', 'blob:']);
		expect(policy.get('worker-src'), file).toEqual(["'self'", 'blob:']);
		expect(policy.get('object-src'), file).toEqual(["'none'"]);
		expect(policy.get('base-uri'), file).toEqual(["'self'"]);
		const scripts = policy.get('script-src') ?? [];
		expect(scripts[0], file).toBe("'self'");
		expect(scripts.slice(1).every((source) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(source))).toBe(
			true
		);
		// The policy must come before anything it governs.
		expect(html.indexOf('content-security-policy'), file).toBeLessThan(html.indexOf('<script'));
		expect(html.indexOf('content-security-policy'), file).toBeLessThan(html.indexOf('<link'));
		for (const [, body] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
			const hash = `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
			expect(scripts, `${file}: an inline script is not in script-src`).toContain(hash);
		}
	}
});

test('no page reports a policy violation on load', async ({ page, cspViolations: violations }) => {
	test.setTimeout(240_000);
	const routes = builtRoutes();
	expect(routes.length).toBeGreaterThan(40);
	for (const route of routes) {
		await openPage(page, route);
		// The site's own start-up ran: the theme script and SvelteKit's hydration.
		await expect(page.locator('main').first()).toBeVisible();
		expect(violations, `on ${route}`).toEqual([]);
	}
});

test('formulas, a worker, chart downloads, an assignment link and a backup all work under the policy', async ({
	page,
	cspViolations: violations
}) => {
	test.setTimeout(120_000);

	// KaTeX: the formulas of a chapter are laid out with their fonts.
	await openPage(page, '/learn/customer-value/');
	await expect(page.locator('.katex').first()).toBeVisible();
	expect(
		await page.evaluate(async () => {
			await document.fonts.ready;
			return [...document.fonts].some(
				(font) => font.family.includes('KaTeX') && font.status === 'loaded'
			);
		})
	).toBe(true);

	// A Web Worker reads the sample data; d3 charts export as SVG and PNG downloads (blob: URLs).
	await openPage(page, '/lab/segmentation/');
	await page.getByRole('button', { name: '零售样例数据' }).click();
	await expect(page.getByRole('heading', { name: /读取结果：零售样例数据/ })).toBeVisible({
		timeout: 30_000
	});
	const svg = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 SVG：八类客户的人数' }).click();
	expect((await svg).suggestedFilename()).toMatch(/\.svg$/);
	const png = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出 PNG：洛伦兹曲线（客户价值的集中程度）' }).click();
	expect((await png).suggestedFilename()).toMatch(/\.png$/);

	// An assignment link is inflated and checked by zod, which must not reach for eval.
	await openPage(page, `/teach/assignment/#a=${await encodeAssignment(sampleAssignment)}`);
	await expect(page.getByLabel('姓名')).toBeVisible();

	// A backup is exported (a download) and read back (checked by zod).
	await openPage(page, '/me/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出备份' }).click();
	const backup = readFileSync(await (await download).path(), 'utf8');
	await page.getByLabel('导入备份…').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await expect(page.getByRole('button', { name: '确认导入' })).toBeVisible();

	expect(violations).toEqual([]);
});

test.describe('with the service worker', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the offline service worker installs and takes control under the policy', async ({
		page,
		cspViolations: violations
	}) => {
		await openPage(page, '/');
		await waitForServiceWorker(page);
		expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
			/\/service-worker\.js$/
		);
		// A page served from the worker's cache carries the same policy and runs as before.
		await openPage(page, '/learn/customer-value/');
		await expect(page.locator('.katex').first()).toBeVisible();
		expect(violations).toEqual([]);
	});
});
