/**
 * Unexpected errors in the browser: logged, and turned into a Chinese message for +error.svelte,
 * which offers a backup export. Nothing is sent anywhere (the site has no server).
 */
import type { HandleClientError } from '@sveltejs/kit';

export const handleError: HandleClientError = ({ error, status }) => {
	console.error('页面出错', error);
	return {
		message:
			status === 404
				? '没有找到这个页面。'
				: '页面出现了意外错误。你保存在本机的学习记录仍在浏览器中；为稳妥起见，可以先导出一份备份，再刷新页面。'
	};
};
