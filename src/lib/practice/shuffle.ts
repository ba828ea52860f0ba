/**
 * Choice options shown in a shuffled order, so a key's position in the file (often B) tells the
 * learner nothing. The order is drawn per attempt from a seed and stored with the attempt, so
 * review pages show what the learner saw.
 *
 * Two kinds of letters: the *file letter* is an option's position in the bank (the key, stored
 * responses, exports and an instructor's item analysis all use it); the *display letter* is its
 * position on screen. Marking compares file letters only; display letters exist for reading.
 */
import type { Question } from '../content/schema';
import { seededRandom } from '../random';
import { letter, type Response } from './grade';
import { shuffle } from './select';

/** Entry i is the file index of the option shown at display position i. */
export type OptionOrder = number[];

/**
 * Options that speak about the other options ("以上都是", "以上均不正确", "都不对",
 * "None of the above"): they only make sense after the others, so they stay last.
 */
const PINNED_LAST = [
	// 以上都是 / 以上都不是 / 以上均正确 / 上述说法都对 / 前述各项 …: "the above" at the start
	/^(以上|上述|前述)/,
	// 都对 / 均不正确 / 全部正确 / 全都不是 / 皆非
	/^(全部|全都|都|均|皆|全)(不|没有|非)?(是|对|错|正确|错误|不对|符合|属于|成立|可以|非)?$/,
	// 其余都对 / 其他选项均不正确
	/^(其余|其他|其它)(选项|各项|说法|答案)?(都|均|全|皆)/,
	// 无正确答案 / 没有正确选项
	/^(无|没有)(正确|合适)?的?(答案|选项)/,
	/^(all|none|both|neither)\b.*\b(above|these|options|answers)\b/i,
	/^(all|none) (is|are) (correct|true|right|wrong)$/i
];

export function isPinnedLast(option: string): boolean {
	const text = option.trim().replace(/[。．.!！]+$/, '');
	return text.length >= 2 && PINNED_LAST.some((pattern) => pattern.test(text));
}

/**
 * An option that names others by letter ("A 和 B 都对", "AB 均可") stops making sense once the
 * letters move, so such a question keeps its file order.
 */
export function refersToLetters(option: string): boolean {
	const text = option.trim();
	return (
		/(^|[^A-Za-z])[A-H]\s*(和|与|及|、|或|,|，|\+|&|and|or)\s*[A-H]([^A-Za-z]|$)/.test(text) ||
		/^[A-H]{2,8}\s*(都|均|皆|全)/.test(text) ||
		/(选项|答案)\s*[A-H]([^A-Za-z]|$)/.test(text)
	);
}

/** Options in the file order: 0, 1, 2, … */
export const identityOrder = (count: number): OptionOrder =>
	Array.from({ length: count }, (_, i) => i);

/**
 * A fresh display order: the ordinary options shuffled, then the pinned ones in file order.
 * Options that name others by letter keep the whole question in file order.
 */
export function shuffleOptions(options: readonly string[], random: () => number): OptionOrder {
	if (options.some(refersToLetters)) return identityOrder(options.length);
	const free: number[] = [];
	const pinned: number[] = [];
	options.forEach((option, i) => (isPinnedLast(option) ? pinned : free).push(i));
	return [...shuffle(free, random), ...pinned];
}

/** FNV-1a: a 32-bit number from text, to turn ids into seeds. */
export function seedFromText(text: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

const isChoice = (question: Question) =>
	(question.type === 'single' || question.type === 'multiple') && Boolean(question.options);

/**
 * The display order of a choice question for one attempt: the same seed and question always
 * give the same order; each question of a drill gets its own. Undefined for other kinds.
 */
export function optionOrder(question: Question, seed: number): OptionOrder | undefined {
	if (!isChoice(question)) return undefined;
	const random = seededRandom(seedFromText(`${seed}/${question.id}`));
	return shuffleOptions(question.options ?? [], random);
}

/**
 * A stored order if it still fits the question (a permutation of its options), otherwise the
 * file order: attempts saved before shuffling existed carry none, and an order saved before the
 * question gained or lost an option no longer applies.
 */
export function orderOrIdentity(order: readonly number[] | undefined, count: number): OptionOrder {
	const fits =
		order !== undefined &&
		order.length === count &&
		[...order].sort((a, b) => a - b).every((value, i) => value === i);
	return fits ? [...order] : identityOrder(count);
}

/** The display letter of a file letter under an order: with order [2, 0, 1], 'C' → 'A'. */
export function displayLetterOf(fileLetter: string, order: OptionOrder): string {
	const position = order.indexOf(fileLetter.charCodeAt(0) - 65);
	return position < 0 ? fileLetter : letter(position);
}

/** File letters as the learner read them: display letters in display order. */
export function displayLetters(fileLetters: readonly string[], order: OptionOrder): string[] {
	return fileLetters.map((l) => displayLetterOf(l, order)).sort();
}

/** One option as shown: its display letter, text and file letter (its identity). */
export interface ShownOption {
	displayLetter: string;
	fileLetter: string;
	text: string;
}

/** The options of a choice question in the order shown (file order when none was stored). */
export function shownOptions(question: Question, order?: readonly number[]): ShownOption[] {
	const options = question.options ?? [];
	return orderOrIdentity(order, options.length).map((fileIndex, position) => ({
		displayLetter: letter(position),
		fileLetter: letter(fileIndex),
		text: options[fileIndex]
	}));
}

/**
 * A response or the key as the learner read it, in display letters: 「B」, 「A、C」, 「对」;
 * 「未作答」 when there is none.
 */
export function shownLabel(
	question: Question,
	value: Response | undefined,
	order?: readonly number[]
): string {
	if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
		return '未作答';
	}
	if (typeof value === 'boolean') return value ? '对' : '错';
	if (!isChoice(question)) return String(value);
	const shown = orderOrIdentity(order, question.options?.length ?? 0);
	return displayLetters(Array.isArray(value) ? value : [value], shown).join('、');
}

/** The key in display letters. */
export const shownAnswer = (question: Question, order?: readonly number[]) =>
	shownLabel(question, question.answer, order);
