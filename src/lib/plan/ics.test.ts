import { describe, expect, it } from 'vitest';
import { planToIcs } from './ics';
import type { Plan } from './planner';

const plan: Plan = {
	days: [
		{
			date: '2026-12-02',
			off: false,
			minutes: 28,
			tasks: [
				{ kind: 'read', chapter: 'loyalty', title: '第六章 客户忠诚', minutes: 20 },
				{ kind: 'drill', topic: 'kano', title: 'Kano 模型; 五类需求, 以及反向需求', minutes: 8 }
			]
		},
		{ date: '2026-12-03', off: true, minutes: 0, tasks: [] },
		{
			date: '2026-12-04',
			off: false,
			minutes: 12,
			tasks: [{ kind: 'mock', number: 1, part: '单项选择题', minutes: 12 }]
		}
	],
	uncovered: [],
	notes: []
};
const ics = planToIcs(plan, '2026-12-20', Date.UTC(2026, 11, 2, 8, 30));
const unfolded = ics.replace(/\r\n /g, '');

describe('planToIcs', () => {
	it('is a VCALENDAR with one all-day VEVENT per study day', () => {
		expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
		expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
		expect(unfolded).toContain('DTSTART;VALUE=DATE:20261202\r\nDTEND;VALUE=DATE:20261203');
		expect(unfolded).toContain('DTSTAMP:20261202T083000Z');
	});

	it("lists the day's tasks in the description, escaping ; , and line breaks", () => {
		expect(unfolded).toContain(
			'DESCRIPTION:· 阅读第六章 客户忠诚（20 分钟）\\n· 知识点练习：Kano 模型\\; 五类需求\\, 以及反向需求（5 题）（8 分钟）'
		);
		expect(unfolded).toContain('SUMMARY:CRM 复习：2 项，约 28 分钟');
	});

	it('folds every line at 75 octets without splitting a Chinese character', () => {
		const encoder = new TextEncoder();
		for (const line of ics.split('\r\n'))
			expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
		expect(ics).not.toContain('\uFFFD');
		expect(unfolded).toContain('阅读第六章 客户忠诚');
	});
});
