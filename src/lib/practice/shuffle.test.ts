import { describe, expect, it } from 'vitest';
import type { Question } from '../content/schema';
import { isCorrect } from './grade';
import {
	displayLetterOf,
	isPinnedLast,
	optionOrder,
	orderOrIdentity,
	refersToLetters,
	seedFromText,
	shownAnswer,
	shownLabel,
	shownOptions,
	shuffleOptions
} from './shuffle';
import { seededRandom } from '../random';

const base = { chapter: 'loyalty', topics: ['loyalty-types'], difficulty: 1, explanation: '解析' };
const single = {
	...base,
	id: 'loyalty-001',
	type: 'single',
	stem: '题',
	options: ['行为忠诚', '态度忠诚', '虚假忠诚', '潜在忠诚'],
	answer: 'B'
} as Question;
const multiple = {
	...base,
	id: 'loyalty-002',
	type: 'multiple',
	stem: '题',
	options: ['甲', '乙', '丙', '丁'],
	answer: ['A', 'C']
} as Question;
const judge = {
	...base,
	id: 'loyalty-003',
	type: 'truefalse',
	stem: '题',
	answer: false
} as Question;
const withAllOfAbove = {
	...single,
	id: 'loyalty-004',
	options: ['甲', '以上都是', '乙', '丙'],
	answer: 'B'
} as Question;

const seeds = Array.from({ length: 400 }, (_, i) => i + 1);
const isPermutation = (order: number[], count: number) =>
	[...order].sort((a, b) => a - b).join() === [...Array(count).keys()].join();

describe('option order per attempt', () => {
	it('gives the same order for the same seed and question, every time', () => {
		for (const seed of [1, 42, 1_767_225_600_000]) {
			expect(optionOrder(single, seed)).toEqual(optionOrder(single, seed));
		}
	});

	it('is a permutation of the options, and different seeds show different orders', () => {
		const orders = seeds.map((seed) => optionOrder(single, seed) as number[]);
		for (const order of orders) expect(isPermutation(order, 4)).toBe(true);
		// All 24 orders of four options turn up in 400 attempts.
		expect(new Set(orders.map((order) => order.join())).size).toBe(24);
	});

	it('gives each question of one drill its own order', () => {
		const other = { ...single, id: 'loyalty-099' } as Question;
		const differing = seeds.filter(
			(seed) => optionOrder(single, seed)?.join() !== optionOrder(other, seed)?.join()
		);
		expect(differing.length).toBeGreaterThan(300);
	});

	it('spreads the key over all four display letters (a file key of B no longer shows as B)', () => {
		const counts = new Map<string, number>();
		for (const seed of seeds) {
			const key = displayLetterOf('B', optionOrder(single, seed) as number[]);
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
		expect([...counts.keys()].sort()).toEqual(['A', 'B', 'C', 'D']);
		// Each letter near 25% of 400: well inside 15–35%.
		for (const count of counts.values()) expect(count / seeds.length).toBeGreaterThan(0.15);
		for (const count of counts.values()) expect(count / seeds.length).toBeLessThan(0.35);
	});

	it('never reorders the question itself (exports keep the file order)', () => {
		const before = structuredClone(withAllOfAbove);
		for (const seed of seeds.slice(0, 20))
			shownOptions(withAllOfAbove, optionOrder(withAllOfAbove, seed));
		expect(withAllOfAbove).toEqual(before);
	});

	it('leaves true/false and written questions alone', () => {
		expect(optionOrder(judge, 7)).toBeUndefined();
	});
});

describe('options that must stay last', () => {
	it('keeps 以上都是 last whatever the seed, and still shuffles the others', () => {
		const orders = seeds.map((seed) => optionOrder(withAllOfAbove, seed) as number[]);
		for (const order of orders) expect(order.at(-1)).toBe(1);
		expect(new Set(orders.map((order) => order.join())).size).toBe(6);
	});

	it('keeps several pinned options last, in their file order', () => {
		const options = ['以上都不是', '甲', '乙', '以上都是'];
		for (const seed of seeds.slice(0, 50)) {
			expect(shuffleOptions(options, seededRandom(seed)).slice(2)).toEqual([0, 3]);
		}
	});

	it.each([
		'以上都是',
		'以上都不是',
		'以上均正确',
		'以上均不正确。',
		'以上说法都对',
		'上述各项都是',
		'都对',
		'都不对',
		'均不正确',
		'全部正确',
		'其余选项都正确',
		'没有正确答案',
		'All of the above',
		'None of the above'
	])('pins 「%s」', (option) => {
		expect(isPinnedLast(option)).toBe(true);
	});

	it.each([
		'两个方向都不属于',
		'保证每位客户都带来利润',
		'销售额在 50% 以上',
		'全面质量管理',
		'均值',
		'都市白领',
		'CRM',
		'以'
	])('does not pin 「%s」', (option) => {
		expect(isPinnedLast(option)).toBe(false);
	});

	it('keeps file order for a question whose options name others by letter', () => {
		const options = ['甲', '乙', '丙', 'A 和 B 都对'];
		expect(refersToLetters('A 和 B 都对')).toBe(true);
		expect(refersToLetters('AB 均可')).toBe(true);
		expect(refersToLetters('B2B 电子商务')).toBe(false);
		expect(refersToLetters('CRM 与 ERP')).toBe(false);
		for (const seed of seeds.slice(0, 20)) {
			expect(shuffleOptions(options, seededRandom(seed))).toEqual([0, 1, 2, 3]);
		}
	});
});

describe('marking and showing what the learner saw', () => {
	it('marks the option the learner picked by its identity, whatever letter it showed', () => {
		let movedKeys = 0;
		for (const seed of seeds) {
			const shown = shownOptions(single, optionOrder(single, seed));
			const picked = shown.find((option) => option.text === '态度忠诚');
			expect(isCorrect(single, picked?.fileLetter as string)).toBe(true);
			if (picked?.displayLetter !== 'B') {
				movedKeys += 1;
				// The letter on screen is not the key: marking by it would be wrong.
				expect(isCorrect(single, picked?.displayLetter as string)).toBe(false);
			}
		}
		expect(movedKeys).toBeGreaterThan(250);
	});

	it('labels keys and responses in display letters (hand-worked order 2, 0, 1, 3)', () => {
		// Shown: A = 丙 (file C), B = 甲 (file A), C = 乙 (file B), D = 丁 (file D).
		const order = [2, 0, 1, 3];
		expect(shownOptions(multiple, order).map((o) => `${o.displayLetter}${o.text}`)).toEqual([
			'A丙',
			'B甲',
			'C乙',
			'D丁'
		]);
		expect(shownAnswer(multiple, order)).toBe('A、B');
		expect(shownLabel(multiple, ['B'], order)).toBe('C');
		expect(shownLabel(single, 'D', order)).toBe('D');
		expect(shownLabel(single, undefined, order)).toBe('未作答');
		expect(shownAnswer(judge)).toBe('错');
	});

	it('shows an old attempt stored without an order in the file order', () => {
		const shown = shownOptions(single, undefined);
		expect(shown.map((o) => [o.displayLetter, o.fileLetter, o.text])).toEqual([
			['A', 'A', '行为忠诚'],
			['B', 'B', '态度忠诚'],
			['C', 'C', '虚假忠诚'],
			['D', 'D', '潜在忠诚']
		]);
		expect(shownAnswer(single, undefined)).toBe('B');
		expect(shownLabel(multiple, ['A', 'C'])).toBe('A、C');
	});

	it('falls back to the file order when a stored order no longer fits the question', () => {
		expect(orderOrIdentity([1, 0, 2], 4)).toEqual([0, 1, 2, 3]);
		expect(orderOrIdentity([0, 0, 1, 2], 4)).toEqual([0, 1, 2, 3]);
		expect(orderOrIdentity([3, 2, 1, 0], 4)).toEqual([3, 2, 1, 0]);
	});
});

describe('seedFromText', () => {
	it('is 32-bit FNV-1a (published values for "" and "a")', () => {
		expect(seedFromText('')).toBe(0x811c9dc5);
		expect(seedFromText('a')).toBe(0xe40c292c);
		expect(seedFromText('foobar')).toBe(0xbf9cf968);
	});
});
