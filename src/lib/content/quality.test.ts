import { describe, expect, it } from 'vitest';
import { chapterCharacters, qualityLine, qualityReport } from './quality';
import type { Question } from './schema';

const single = (id: string, answer: string, options = ['甲甲', '乙乙', '丙丙', '丁丁']): Question => ({
	id,
	type: 'single',
	chapter: 'loyalty',
	topics: ['t'],
	difficulty: 1,
	stem: `题干 ${id}`,
	options,
	answer,
	explanation: '解析'
});
const multiple = (id: string, answer: string[]): Question => ({
	...single(id, 'A'),
	type: 'multiple',
	answer
});
const file = 'content/questions/06-loyalty.yaml';
const longChapter = { file: 'content/chapters/06-loyalty.md', slug: 'loyalty', body: '忠'.repeat(6000) };
const report = (questions: Question[], body = longChapter.body) =>
	qualityReport(
		questions.map((question) => ({ file, question })),
		[{ ...longChapter, body }]
	);
const balanced = ['A', 'B', 'C', 'D'].map((letter, i) => single(`q${i}`, letter));

describe('qualityReport', () => {
	it('accepts keys spread over A–D and a long chapter', () => {
		const result = report(balanced);
		expect(result.problems).toEqual([]);
		expect(qualityLine(result)).toBe(
			'quality: keys A=25% B=25% C=25% D=25% all-correct-multiple=0 longest-key=0%'
		);
	});

	it('flags a chapter whose keys pile up on one letter, naming the letter and share', () => {
		const result = report([...balanced, single('q4', 'B'), single('q5', 'B')]);
		expect(result.problems.map((p) => p.field)).toEqual(['answer=B']);
		expect(result.problems[0].message).toContain('答案为 B 的占 50%');
	});

	it('counts multiple-choice items with every option correct and flags more than 10%', () => {
		const result = report([...balanced, multiple('m1', ['A', 'B', 'C', 'D']), multiple('m2', ['A', 'C'])]);
		expect(result.allCorrectMultiple).toBe(1);
		expect(result.problems.some((p) => p.message.includes('m1'))).toBe(true);
	});

	it('measures how often the key is strictly the longest option', () => {
		const long = ['短', '短', '短', '很长的正确选项'];
		const result = report([
			single('a', 'D', long),
			single('b', 'D', long),
			single('c', 'A'),
			single('d', 'B')
		]);
		expect(result.longestKeyShare).toBe(0.5);
		expect(result.problems.some((p) => p.field === 'options')).toBe(true);
	});

	it('flags a stem that repeats another after punctuation is ignored', () => {
		const copy = { ...single('q9', 'A'), stem: '题干，q0' };
		const result = report([...balanced, copy]);
		expect(result.problems.find((p) => p.field === 'q9.stem')?.message).toBe('题干与 q0 重复');
	});

	it('flags a chapter under 6,000 Chinese characters', () => {
		expect(report(balanced, '短文').problems[0].message).toContain('只有 2 个汉字');
	});
});

describe('chapterCharacters', () => {
	it('counts Chinese characters of the prose and leaves scripts out', () => {
		expect(chapterCharacters('<script>const 变量 = 1;</script>\n## 标题\n\n正文 CRM。')).toBe(4);
	});
});
