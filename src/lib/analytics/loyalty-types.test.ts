import { describe, expect, it } from 'vitest';
import { CARDS, checkPlacements, MATRIX, TYPES } from './loyalty-types';

describe('loyalty types exercise', () => {
	it('answers every card with a type that exists in each scheme', () => {
		for (const card of CARDS) {
			expect(TYPES.six).toContain(card.answer.six);
			expect(TYPES.seven).toContain(card.answer.seven);
		}
	});

	it('places every type on the attitude × behaviour matrix', () => {
		for (const type of [...TYPES.six, ...TYPES.seven]) expect(MATRIX[type]).toBeTruthy();
	});

	it('scores placements against the chosen scheme', () => {
		const allSix = Object.fromEntries(CARDS.map((c) => [c.id, c.answer.six]));
		expect(checkPlacements('six', allSix).score).toBe(CARDS.length);
		const { results, score } = checkPlacements('seven', { ...allSix });
		// Cards whose type differs between the schemes are wrong under the other scheme.
		const differing = CARDS.filter((c) => c.answer.six !== c.answer.seven).length;
		expect(score).toBe(CARDS.length - differing);
		expect(results.find((r) => r.id === 'points')).toEqual({
			id: 'points',
			placed: '利益忠诚',
			correct: false
		});
		expect(checkPlacements('six', {}).results[0]).toEqual({
			id: 'water',
			placed: null,
			correct: false
		});
	});
});
