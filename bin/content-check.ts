/**
 * `npm run content:check`: validates all of content/ and ends with the line
 * `content: chapters=N cases=N questions=N glossary=N`. Exits 1 on any problem.
 */
import { readContentFiles } from './content-files';
import { summaryLine, validateContent } from '../src/lib/content/validate';

const { problems, counts } = validateContent(readContentFiles(process.cwd()));
for (const p of problems) console.error(`${p.file}${p.field ? ` [${p.field}]` : ''}: ${p.message}`);
if (problems.length) console.error(`内容检查发现 ${problems.length} 个问题`);
console.log(summaryLine(counts));
process.exit(problems.length ? 1 : 0);
