// Runs the Playwright suite against the built site. Uses the system Chromium when present
// (browser downloads are impossible on some machines); otherwise installs Playwright's own first,
// so `npm test` works on a fresh laptop too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const systemChromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].some(
	(path) => path && existsSync(path)
);
/** @param {string[]} args */
const run = (args) =>
	spawnSync('npx', args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (!systemChromium) {
	console.log('未找到系统 Chromium，正在安装 Playwright 自带的 Chromium…');
	const install = run(['playwright', 'install', 'chromium']);
	if (install.status !== 0) process.exit(install.status ?? 1);
}
const result = run(['playwright', 'test', ...process.argv.slice(2)]);
process.exit(result.status ?? 1);
