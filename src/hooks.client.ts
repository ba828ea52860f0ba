/**
 * Unexpected errors in the browser: logged, and turned into a Chinese message for +error.svelte,
 * which offers a backup export. Nothing is sent anywhere (the site has no server).
 */
import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { afterFirstPaint } from '$lib/idle';
import { reportProblem } from '$lib/problems.svelte';
import { makeZodJitless } from '$lib/zod-settings';

// No eval for zod (see src/lib/zod-settings.ts). It must be set before any schema is built: this
// module is evaluated by SvelteKit's start-up code before any route's code is loaded.
makeZodJitless();

// Hydration waits for the first paint, so the reader sees the page as soon as its HTML and CSS
// are in (the Lighthouse goals of issue 18 weigh first and largest paint).
export const init: ClientInit = afterFirstPaint;

export const handleError: HandleClientError = ({ error, status }) => {
	console.error('页面出错', error);
	return {
		message:
			status === 404
				? '没有找到这个页面。'
				: '页面出现了意外错误。你保存在本机的学习记录仍在浏览器中；为稳妥起见，可以先导出一份备份，再刷新页面。'
	};
};

// A promise no code caught (a save started by a click, say) is said on the page, not only in the
// console: the site-wide banner shows it with the offer to export a backup.
const unexpected = reportProblem(
	'有一项操作没有完成（读写本机数据或加载内容时出错）。请刷新页面后重试；若一直出现，请在“我的”页面导出备份。'
);
addEventListener('unhandledrejection', (event) => unexpected(event.reason));
