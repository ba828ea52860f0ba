/**
 * Measures whether the question bank can be gamed and whether chapters teach enough:
 * where single-choice keys sit, how many multiple-choice items have every option right, how
 * often the key is the longest option, repeated stems, and each chapter's length in Chinese
 * characters. `npm run content:check` prints the figures and fails on the stated limits.
 */
import type { Question } from './schema.ts';

/** Each of A–D must be the key of this share of a chapter's single-choice items. */
export const KEY_SHARE_RANGE = { min: 0.15, max: 0.35 } as const;
/** At most this share of multiple-choice items may have every option correct. */
export const MAX_ALL_CORRECT_MULTIPLE = 0.1;
/** The key may be the longest option in at most this share of single-choice items (random ≈ 25%). */
export const MAX_LONGEST_KEY = 0.35;
/** A chapter is a complete lesson from this many Chinese characters of teaching text. */
export const MIN_CHAPTER_CHARACTERS = 6000;

const LETTERS = ['A', 'B', 'C', 'D'] as const;
type Letter = (typeof LETTERS)[number];

export interface QualityProblem {
	file: string;
	field: string;
	message: string;
}

export interface ChapterQuality {
	slug: string;
	file: string;
	/** Chinese characters of teaching text in the chapter body (scripts left out). */
	characters: number;
	/** Share of the chapter's single-choice items keyed at each letter. */
	keyShares: Record<Letter, number>;
}

export interface QualityReport {
	keyShares: Record<Letter, number>;
	allCorrectMultiple: number;
	/** Share of single-choice items whose key is strictly the longest option. */
	longestKeyShare: number;
	chapters: ChapterQuality[];
	problems: QualityProblem[];
}

interface QuestionIn {
	file: string;
	question: Question;
}
interface ChapterIn {
	file: string;
	slug: string;
	body: string;
}

const HAN = /\p{Script=Han}/gu;

export function chapterCharacters(body: string): number {
	const prose = body.replace(/<script[\s\S]*?<\/script>/g, '');
	return prose.match(HAN)?.length ?? 0;
}

function keyShares(items: Question[]): Record<Letter, number> {
	const singles = items.filter((q) => q.type === 'single');
	const shares = {} as Record<Letter, number>;
	for (const letter of LETTERS) {
		const count = singles.filter((q) => q.answer === letter).length;
		shares[letter] = singles.length ? count / singles.length : 0;
	}
	return shares;
}

const isAllCorrect = (q: Question) =>
	q.type === 'multiple' && Array.isArray(q.answer) && q.answer.length === q.options?.length;

function keyIsLongest(q: Question): boolean {
	const options = q.options ?? [];
	const keyIndex = (q.answer as string).charCodeAt(0) - 65;
	const keyLength = [...(options[keyIndex] ?? '')].length;
	return options.every((option, i) => i === keyIndex || [...option].length < keyLength);
}

/** A stem reduced to its words, so re-punctuated copies compare equal. */
const stemKey = (q: Question) =>
	`${q.type}:${q.stem.replace(/[\s\p{P}（）()]/gu, '').toLowerCase()}`;

const percent = (share: number) => `${Math.round(share * 100)}%`;

export function qualityReport(questions: QuestionIn[], chapters: ChapterIn[]): QualityReport {
	const problems: QualityProblem[] = [];
	const all = questions.map((q) => q.question);

	const chapterReports = chapters.map((chapter): ChapterQuality => {
		const own = questions.filter((q) => q.question.chapter === chapter.slug);
		const shares = keyShares(own.map((q) => q.question));
		const singleCount = own.filter((q) => q.question.type === 'single').length;
		const file = own[0]?.file ?? chapter.file;
		for (const letter of LETTERS) {
			const share = shares[letter];
			if (singleCount && (share < KEY_SHARE_RANGE.min || share > KEY_SHARE_RANGE.max)) {
				problems.push({
					file,
					field: `answer=${letter}`,
					message: `本章单选题中答案为 ${letter} 的占 ${percent(share)}，应在 ${percent(KEY_SHARE_RANGE.min)}–${percent(KEY_SHARE_RANGE.max)} 之间`
				});
			}
		}
		const characters = chapterCharacters(chapter.body);
		if (characters < MIN_CHAPTER_CHARACTERS) {
			problems.push({
				file: chapter.file,
				field: 'body',
				message: `正文只有 ${characters} 个汉字，一章至少 ${MIN_CHAPTER_CHARACTERS} 字`
			});
		}
		return { slug: chapter.slug, file: chapter.file, characters, keyShares: shares };
	});

	const multiples = all.filter((q) => q.type === 'multiple');
	const allCorrect = multiples.filter(isAllCorrect);
	if (multiples.length && allCorrect.length > MAX_ALL_CORRECT_MULTIPLE * multiples.length) {
		problems.push({
			file: 'content/questions/',
			field: 'answer',
			message: `${allCorrect.length} 道多选题的选项全部正确（${allCorrect.map((q) => q.id).join('、')}），最多 ${Math.floor(MAX_ALL_CORRECT_MULTIPLE * multiples.length)} 道`
		});
	}

	const seenStems = new Map<string, string>();
	for (const { file, question } of questions) {
		const key = stemKey(question);
		const first = seenStems.get(key);
		if (first) {
			problems.push({ file, field: `${question.id}.stem`, message: `题干与 ${first} 重复` });
		} else seenStems.set(key, question.id);
	}

	const singles = all.filter((q) => q.type === 'single');
	const longestKeyShare = singles.length ? singles.filter(keyIsLongest).length / singles.length : 0;
	if (longestKeyShare > MAX_LONGEST_KEY) {
		problems.push({
			file: 'content/questions/',
			field: 'options',
			message: `${percent(longestKeyShare)} 的单选题答案恰是最长的选项，最多 ${percent(MAX_LONGEST_KEY)}`
		});
	}
	return {
		keyShares: keyShares(all),
		allCorrectMultiple: allCorrect.length,
		longestKeyShare,
		chapters: chapterReports,
		problems
	};
}

/** The contract line `npm run content:check` prints after the content line. */
export function qualityLine(report: QualityReport): string {
	const keys = LETTERS.map((letter) => `${letter}=${percent(report.keyShares[letter])}`);
	return `quality: keys ${keys.join(' ')} all-correct-multiple=${report.allCorrectMultiple} longest-key=${percent(report.longestKeyShare)}`;
}
