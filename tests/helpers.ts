import AxeBuilder from '@axe-core/playwright';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';

/** Every prerendered page, from the build folder: `/`, `/learn/`, `/learn/crm-basics/`, … */
export function builtRoutes(buildDir = 'build'): string[] {
	const routes: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_app') walk(full);
			} else if (name === 'index.html') {
				const folder = relative(buildDir, dir).split('\\').join('/');
				routes.push(folder ? `/${folder}/` : '/');
			}
		}
	};
	walk(buildDir);
	return routes.sort();
}

/** Collects console errors and failed requests of a page for later assertions. */
export function watchForProblems(page: Page): string[] {
	const problems: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
	page.on('requestfailed', (request) =>
		problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`)
	);
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return problems;
}

/** Opens a page and waits until it is interactive (event handlers attached). */
export async function openPage(page: Page, url: string): Promise<void> {
	await page.goto(url);
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

/**
 * Waits until the site has created its database. Pages open it lazily (at idle after
 * hydration); a test that opened it first would create an empty one without the site's tables.
 */
export async function siteDatabaseReady(page: Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () =>
				(await indexedDB.databases()).some(
					(database) => database.name === 'crm-workbench' && (database.version ?? 0) > 1
				)
			)
		)
		.toBe(true);
}

/** Waits until the page is controlled by the service worker, which has finished installing. */
export async function waitForServiceWorker(page: Page): Promise<void> {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((done) =>
				navigator.serviceWorker.addEventListener('controllerchange', done, { once: true })
			);
		}
	});
}

/** Opens a chapter note's preview (shown on request) and returns it. */
export async function notePreview(page: Page): Promise<Locator> {
	const toggle = page.getByRole('button', { name: '预览笔记' });
	if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
	return page.getByLabel('笔记预览');
}

/** Every record of one IndexedDB table of the site's database, read the way the browser holds it. */
export function storedRecords<T = Record<string, unknown>>(
	page: Page,
	table: string
): Promise<T[]> {
	return page.evaluate(
		(name) =>
			new Promise<T[]>((resolve, reject) => {
				const request = indexedDB.open('crm-workbench');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains(name)) {
						db.close();
						resolve([]);
						return;
					}
					const all = db.transaction(name, 'readonly').objectStore(name).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as T[]);
					};
					all.onerror = () => reject(all.error);
				};
			}),
		table
	);
}

/** Exports a backup from /me as a learner would; returns the file's text. */
export async function exportBackup(page: Page): Promise<string> {
	await openPage(page, '/me/');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: '导出备份' }).click();
	return readFileSync(await (await download).path(), 'utf8');
}

/** Imports a backup on /me, merging it into what is there. */
export async function mergeBackup(page: Page, backup: string): Promise<void> {
	await openPage(page, '/me/');
	await page.getByLabel('导入备份…').setInputFiles({
		name: 'backup.json',
		mimeType: 'application/json',
		buffer: Buffer.from(backup)
	});
	await page.getByRole('radio', { name: /合并/ }).check();
	await page.getByRole('button', { name: '确认导入' }).click();
	await expect(page.getByRole('status').filter({ hasText: '合并' })).toBeVisible();
}

/**
 * Makes every IndexedDB write on this page fail from now on (until the next load), as when the
 * page goes away before a transaction commits: what is not also journalled is lost.
 */
export async function failIndexedDbWrites(page: Page): Promise<void> {
	await page.evaluate(() => {
		const refuse = () => {
			throw new DOMException('writes held by the test', 'AbortError');
		};
		IDBObjectStore.prototype.put = refuse;
		IDBObjectStore.prototype.add = refuse;
		IDBCursor.prototype.update = refuse;
	});
}

/**
 * Lets a test hold every web worker's answer (any message but progress) between `hold()` and
 * `release()`, as on a phone that takes seconds per fit: the page stays busy for as long as the
 * test needs, so cancelling is not a race with a fast machine. A terminated worker's held
 * answers are dropped, as the browser drops the messages of a worker it stops. Call before the
 * page loads.
 */
export async function workerAnswerGate(
	page: Page
): Promise<{ hold: () => Promise<void>; release: () => Promise<void> }> {
	await page.addInitScript(() => {
		const held = new Map<Worker, (() => void)[]>();
		const flags = window as unknown as {
			__holdWorkerAnswers: boolean;
			__hold: () => void;
			__release: () => void;
		};
		flags.__holdWorkerAnswers = false;
		flags.__hold = () => {
			flags.__holdWorkerAnswers = true;
		};
		flags.__release = () => {
			flags.__holdWorkerAnswers = false;
			for (const answers of held.values()) for (const deliver of answers.splice(0)) deliver();
		};
		const NativeWorker = window.Worker;
		window.Worker = class extends NativeWorker {
			set onmessage(handler: ((event: MessageEvent) => void) | null) {
				super.onmessage = handler
					? (event: MessageEvent) => {
							const isProgress = (event.data as { kind?: string } | null)?.kind === 'progress';
							if (!flags.__holdWorkerAnswers || isProgress) return handler.call(this, event);
							held.set(this, [...(held.get(this) ?? []), () => handler.call(this, event)]);
						}
					: null;
			}
			get onmessage() {
				return super.onmessage;
			}
			terminate() {
				held.delete(this);
				super.terminate();
			}
		};
	});
	type Gate = { __hold: () => void; __release: () => void };
	return {
		hold: () => page.evaluate(() => (window as unknown as Gate).__hold()),
		release: () => page.evaluate(() => (window as unknown as Gate).__release())
	};
}

/**
 * What a phone user would find wrong with the layout: a page wider than the screen, a chart
 * drawing wider than its frame, or chart text outside it. Empty when all is well.
 */
export function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const found: string[] = [];
		const { scrollWidth } = document.documentElement;
		if (scrollWidth > innerWidth) found.push(`页面宽 ${scrollWidth}px，屏幕 ${innerWidth}px`);
		for (const art of document.querySelectorAll<HTMLElement>('.figure-art')) {
			const svg = art.querySelector('svg');
			if (!svg) continue;
			const title = art.closest('figure')?.querySelector('.figure-title')?.textContent ?? '';
			if (art.scrollWidth > art.clientWidth + 1) {
				found.push(`${title}：图宽 ${art.scrollWidth}px，框宽 ${art.clientWidth}px`);
			}
			const frame = art.getBoundingClientRect();
			for (const text of svg.querySelectorAll('text')) {
				const box = text.getBoundingClientRect();
				if (box.width && (box.left < frame.left - 1 || box.right > frame.right + 1)) {
					found.push(`${title}：「${text.textContent}」超出图框`);
				}
			}
		}
		return found;
	});
}

/** axe's WCAG 2.1 A/AA findings on the page as it is now, one line each; empty when clean. */
export async function axeViolations(page: Page): Promise<string[]> {
	const axe = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return axe.violations.map(
		(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`
	);
}

/** Pairs of texts in a chart that are drawn over each other ("a / b"), by their boxes on screen. */
export async function overlappingTexts(chart: Locator): Promise<string[]> {
	return chart.evaluate((svg) => {
		const boxes = [...svg.querySelectorAll('text')]
			.filter((text) => text.textContent?.trim())
			.map((text) => ({ name: text.textContent!.trim(), rect: text.getBoundingClientRect() }));
		const pairs: string[] = [];
		for (const [i, a] of boxes.entries())
			for (const b of boxes.slice(i + 1)) {
				const across = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
				const down = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
				if (across > 1 && down > 1) pairs.push(`${a.name} / ${b.name}`);
			}
		return pairs;
	});
}

/**
 * A heatmap's colours as drawn: for each cell (a `rect` followed by its number), the contrast
 * ratio of the cell against the card behind the chart and of the number against the cell.
 */
export async function heatmapContrasts(
	chart: Locator
): Promise<{ cell: string; againstCard: number; number: number }[]> {
	return chart.evaluate((svg) => {
		// The browser resolves any CSS colour (color-mix, oklab, var) to pixels on a canvas.
		const context = document.createElement('canvas').getContext('2d', {
			willReadFrequently: true
		})!;
		const luminance = (css: string) => {
			context.clearRect(0, 0, 1, 1);
			context.fillStyle = css;
			context.fillRect(0, 0, 1, 1);
			const [r, g, b] = [...context.getImageData(0, 0, 1, 1).data].map((v) => {
				const c = v / 255;
				return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * r + 0.7152 * g + 0.0722 * b;
		};
		const ratio = (a: string, b: string) => {
			const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
			return (light + 0.05) / (dark + 0.05);
		};
		let card: Element | null = svg;
		while (card && getComputedStyle(card).backgroundColor === 'rgba(0, 0, 0, 0)')
			card = card.parentElement;
		const cardColour = card ? getComputedStyle(card).backgroundColor : 'white';
		return [...svg.querySelectorAll('rect')].flatMap((rect) => {
			const label = rect.nextElementSibling;
			if (label?.tagName !== 'text') return [];
			const fill = getComputedStyle(rect).fill;
			return [
				{
					cell: label.textContent ?? '',
					againstCard: ratio(fill, cardColour),
					number: ratio(getComputedStyle(label).fill, fill)
				}
			];
		});
	});
}
