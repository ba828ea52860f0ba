import { describe, expect, it } from 'vitest';
import { buildSyllabus, readingMinutes, sectionForTopic, sectionsOf } from './syllabus';

const body = [
	'## 为什么要细分客户',
	'正文。',
	'### 细分的四个目的',
	'## RFM 分析',
	'### 五分位打分',
	'## 按价值细分：客户金字塔与 80/20 法则'
].join('\n');

describe('syllabus', () => {
	it.each([
		[0, 10],
		[2_500, 10],
		[2_501, 15],
		[10_000, 40]
	])(
		'reads %i characters in %i minutes (250 a minute, rounded up to 5, at least 10)',
		(chars, minutes) => {
			expect(readingMinutes(chars)).toBe(minutes);
		}
	);

	it('lists the ## and ### headings with the ids the chapter page gives them', () => {
		expect(sectionsOf(body).map((s) => s.id)).toEqual([
			'为什么要细分客户',
			'细分的四个目的',
			'rfm-分析',
			'五分位打分',
			'按价值细分客户金字塔与-8020-法则'
		]);
	});

	it.each([
		['RFM 分析', 'RFM 分析'],
		['80/20 法则', '按价值细分：客户金字塔与 80/20 法则'],
		['客户细分的目的与依据', '细分的四个目的']
	])('finds the section for %s', (name, title) => {
		expect(sectionForTopic(name, sectionsOf(body))?.title).toBe(title);
	});

	it('finds no section when no heading shares two characters with the point', () => {
		expect(sectionForTopic('呼叫中心', sectionsOf(body))).toBeNull();
	});

	it('builds reading minutes per chapter and a section per point from the chapter files', () => {
		const text = `---\ntitle: 客户细分\n---\n${body}\n${'字'.repeat(5_000)}\n`;
		const syllabus = buildSyllabus(
			[{ path: 'content/chapters/04-segmentation.md', text }],
			[
				{ id: 'rfm', name: 'RFM 分析', chapter: 'segmentation' },
				{ id: 'call-center', name: '呼叫中心', chapter: 'crm-systems' }
			]
		);
		expect(syllabus.readMinutes).toEqual({ segmentation: 25 });
		expect(syllabus.topicSections).toEqual({ rfm: { id: 'rfm-分析', title: 'RFM 分析' } });
	});
});
