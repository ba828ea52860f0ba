import { describe, expect, it } from 'vitest';
import { normalise, sharedRuns, windowsOf } from './originality';

const seed = '客户关系管理是一种以客户为中心的经营策略，它借助信息技术重新设计业务流程。';

describe('sharedRuns', () => {
	it('finds a copied sentence even when it is re-punctuated and spaced', () => {
		const text = '第一行\n我们说：客户关系管理是一种 以客户为中心的经营策略 它借助信息技术';
		const runs = sharedRuns(text, windowsOf([seed], 20), 20);
		expect(runs).toEqual([
			{ line: 2, text: '客户关系管理是一种以客户为中心的经营策略它借助信息技术' }
		]);
	});

	it('ignores runs shorter than the limit', () => {
		const text = '客户关系管理是一种以客户为中心的方法';
		expect(sharedRuns(text, windowsOf([seed], 20), 20)).toEqual([]);
	});

	it('skips a run that is an allowed fixed phrase with a few words around it', () => {
		const text = '即：客户关系管理是一种以客户为中心的经营策略。';
		const allowed = ['以客户为中心的经营策略'];
		expect(sharedRuns(text, windowsOf([seed], 20), 20, allowed)).toEqual([]);
	});

	it('still reports a run when what is left after the allowed phrase is long enough', () => {
		const text = '客户关系管理是一种以客户为中心的经营策略它借助信息技术重新设计业务流程';
		const allowed = ['客户关系管理'];
		expect(sharedRuns(text, windowsOf([seed], 20), 20, allowed)).toHaveLength(1);
	});

	it('reports two separate copies as two runs', () => {
		const copy = '以客户为中心的经营策略它借助信息技术重新设计';
		const runs = sharedRuns(
			`${copy}。这里是我们自己写的一段话。${copy}`,
			windowsOf([seed], 20),
			20
		);
		expect(runs).toHaveLength(2);
	});
});

describe('normalise', () => {
	it('keeps Han, letters and digits, lower-cased, with their lines', () => {
		expect(normalise('CRM，是\n2 个 字')).toEqual({
			chars: ['c', 'r', 'm', '是', '2', '个', '字'],
			lines: [1, 1, 1, 1, 2, 2, 2]
		});
	});
});
