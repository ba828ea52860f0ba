/**
 * Validates the whole of content/ given as file texts, so the CLI, the build and unit tests
 * share one implementation. Reports every problem with the file and the field it is in.
 */
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import {
	caseSchema,
	chapterSchema,
	glossaryTermSchema,
	questionSchema,
	topicSchema,
	type CaseMeta,
	type ChapterMeta,
	type GlossaryTerm,
	type Question,
	type Topic
} from './schema.ts';
import { qualityReport, type QualityReport } from './quality.ts';
import { slugFromPath } from './validate-path.ts';

/** A content file: its path relative to the project root and its text. */
export interface ContentFile {
	path: string;
	text: string;
}

export interface ContentProblem {
	file: string;
	/** Dotted path of the field, e.g. `questions.0.points`; empty when the whole file is wrong. */
	field: string;
	message: string;
}

export interface ContentReport {
	problems: ContentProblem[];
	counts: { chapters: number; cases: number; questions: number; glossary: number };
	/** Figures about how well the content teaches; its problems are not in `problems`. */
	quality: QualityReport;
}

/** Splits `---\nyaml\n---\nbody` into its parts; null when there is no front matter. */
export function splitFrontMatter(text: string): { data: string; body: string } | null {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text.replace(/^\uFEFF/, ''));
	return match ? { data: match[1], body: match[2] } : null;
}

export function validateContent(files: ContentFile[]): ContentReport {
	const problems: ContentProblem[] = [];
	const report = (file: string, field: string, message: string) =>
		problems.push({ file, field, message });

	function parseWith<T>(schema: z.ZodType<T>, value: unknown, file: string, prefix = ''): T | null {
		const result = schema.safeParse(value);
		if (result.success) return result.data;
		for (const issue of result.error.issues) {
			report(file, [prefix, ...issue.path.map(String)].filter(Boolean).join('.'), issue.message);
		}
		return null;
	}

	function readYaml(file: ContentFile, text: string): unknown {
		try {
			return parseYaml(text);
		} catch (error) {
			report(file.path, '', `YAML 无法解析：${(error as Error).message.split('\n')[0]}`);
			return undefined;
		}
	}

	function readMarkdown<T>(file: ContentFile, schema: z.ZodType<T>) {
		const parts = splitFrontMatter(file.text);
		if (!parts) {
			report(file.path, '', '缺少以 --- 包围的 front matter');
			return null;
		}
		const meta = parseWith(schema, readYaml(file, parts.data), file.path);
		if (meta && !parts.body.trim()) report(file.path, 'body', '正文为空');
		return meta ? { slug: slugFromPath(file.path), meta, body: parts.body } : null;
	}

	function readList<T extends { id: string }>(file: ContentFile, schema: z.ZodType<T>): T[] {
		const data = readYaml(file, file.text);
		if (!Array.isArray(data)) {
			if (data !== undefined) report(file.path, '', '文件应是一个列表（每项以 - 开头）');
			return [];
		}
		return data.flatMap((item, index) => {
			const parsed = parseWith(schema, item, file.path, String(index));
			return parsed ? [parsed] : [];
		});
	}

	const inFolder = (folder: string, ext: RegExp) =>
		files.filter((f) => f.path.startsWith(`content/${folder}`) && ext.test(f.path));

	const chapters = inFolder('chapters/', /\.md$/).flatMap((f) => {
		const read = readMarkdown<ChapterMeta>(f, chapterSchema);
		return read ? [{ file: f.path, ...read }] : [];
	});
	const cases = inFolder('cases/', /\.md$/).flatMap((f) => {
		const read = readMarkdown<CaseMeta>(f, caseSchema);
		return read ? [{ file: f.path, ...read }] : [];
	});
	const topicFiles = files.filter((f) => f.path === 'content/topics.yaml');
	const topics = topicFiles.flatMap((f) => readList<Topic>(f, topicSchema));
	const glossary = inFolder('glossary/', /\.ya?ml$/).flatMap((f) =>
		readList<GlossaryTerm>(f, glossaryTermSchema).map((term) => ({ file: f.path, term }))
	);
	const questions = inFolder('questions/', /\.ya?ml$/).flatMap((f) =>
		readList<Question>(f, questionSchema).map((question) => ({ file: f.path, question }))
	);

	const chapterSlugs = new Set(chapters.map((c) => c.slug));
	const caseSlugs = new Set(cases.map((c) => c.slug));
	const glossaryIds = new Set(glossary.map((g) => g.term.id));
	const topicsById = new Map(topics.map((t) => [t.id, t]));

	const checkUnique = (ids: { file: string; id: string }[], what: string) => {
		const seen = new Map<string, string>();
		for (const { file, id } of ids) {
			const first = seen.get(id);
			if (first) report(file, 'id', `${what} id「${id}」重复（已在 ${first} 使用）`);
			else seen.set(id, file);
		}
	};
	checkUnique(
		glossary.map((g) => ({ file: g.file, id: g.term.id })),
		'术语'
	);
	checkUnique(
		questions.map((q) => ({ file: q.file, id: q.question.id })),
		'题目'
	);
	checkUnique(
		topics.map((t) => ({ file: 'content/topics.yaml', id: t.id })),
		'知识点'
	);

	const resolve = (file: string, field: string, id: string, known: Set<string>, what: string) => {
		if (!known.has(id)) report(file, field, `${what}「${id}」不存在`);
	};

	for (const topic of topics) {
		resolve('content/topics.yaml', `${topic.id}.chapter`, topic.chapter, chapterSlugs, '章节');
	}
	for (const { file, term } of glossary) {
		resolve(file, `${term.id}.chapter`, term.chapter, chapterSlugs, '章节');
	}
	for (const chapter of chapters) {
		chapter.meta.related.cases.forEach((id, i) =>
			resolve(chapter.file, `related.cases.${i}`, id, caseSlugs, '案例')
		);
		for (const match of chapter.body.matchAll(/<Term\s+id="([^"]*)"/g)) {
			resolve(chapter.file, 'body <Term>', match[1], glossaryIds, '术语');
		}
		const formulaNames = new Set(Object.keys(chapter.meta.formulas));
		for (const match of chapter.body.matchAll(/<Formula\s+name="([^"]*)"/g)) {
			resolve(chapter.file, 'body <Formula>', match[1], formulaNames, '公式');
		}
	}
	for (const item of cases) {
		item.meta.chapters.forEach((id, i) =>
			resolve(item.file, `chapters.${i}`, id, chapterSlugs, '章节')
		);
		item.meta.glossary.forEach((id, i) =>
			resolve(item.file, `glossary.${i}`, id, glossaryIds, '术语')
		);
		checkUnique(
			item.meta.questions.map((q) => ({ file: item.file, id: q.id })),
			'案例小题'
		);
	}
	for (const { file, question } of questions) {
		const at = question.id;
		resolve(file, `${at}.chapter`, question.chapter, chapterSlugs, '章节');
		question.topics.forEach((topicId, i) => {
			const topic = topicsById.get(topicId);
			if (!topic) report(file, `${at}.topics.${i}`, `知识点「${topicId}」不存在`);
		});
		if (question.case) resolve(file, `${at}.case`, question.case, caseSlugs, '案例');
	}

	return {
		problems,
		counts: {
			chapters: chapters.length,
			cases: cases.length,
			questions: questions.length,
			glossary: glossary.length
		},
		quality: qualityReport(questions, chapters)
	};
}

export function summaryLine(counts: ContentReport['counts']): string {
	return `content: chapters=${counts.chapters} cases=${counts.cases} questions=${counts.questions} glossary=${counts.glossary}`;
}
