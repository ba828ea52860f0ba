/**
 * `npm run content:check`: validates all of content/ and ends with the lines
 * `content: chapters=N cases=N questions=N glossary=N` and
 * `quality: keys A=N% B=N% C=N% D=N% all-correct-multiple=N longest-key=N%`.
 * Exits 1 on any problem.
 */
import { readContentFiles } from '../src/lib/content/read-files.server';
import { summaryLine, validateContent } from '../src/lib/content/validate';
import { qualityLine } from '../src/lib/content/quality';

const { problems, counts, quality } = validateContent(readContentFiles(process.cwd()));
const all = [...problems, ...quality.problems];
for (const p of all) console.error(`${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
if (all.length) console.error(`内容检查发现 ${all.length} 个问题`);
for (const chapter of quality.chapters) {
	const keys = Object.entries(chapter.keyShares)
		.map(([letter, share]) => `${letter}=${Math.round(share * 100)}%`)
		.join(' ');
	console.log(`chapter ${chapter.slug}: characters=${chapter.characters} keys ${keys}`);
}
console.log(summaryLine(counts));
console.log(qualityLine(quality));
process.exit(all.length ? 1 : 0);
