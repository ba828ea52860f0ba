/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per study day with the day's tasks
 * in its description, so a phone's calendar reminds the learner.
 */
import { describeTask, type Plan } from './planner';

/** Text values escape backslash, semicolon, comma and line breaks. */
function escapeText(text: string): string {
	return text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** Lines longer than 75 octets are folded with CRLF + space, never inside a UTF-8 character. */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		if (octets + size > (parts.length ? 74 : 75)) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compact = (date: string) => date.replaceAll('-', '');

export function planToIcs(plan: Plan, examDate: string, now: number): string {
	const stamp = new Date(now)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//CRM Workbench//学习计划//ZH',
		'CALSCALE:GREGORIAN'
	];
	for (const day of plan.days) {
		if (!day.tasks.length) continue;
		const next = new Date(Date.parse(`${day.date}T00:00:00Z`) + 86_400_000)
			.toISOString()
			.slice(0, 10);
		lines.push(
			'BEGIN:VEVENT',
			`UID:${compact(day.date)}-${compact(examDate)}@crm-workbench`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compact(day.date)}`,
			`DTEND;VALUE=DATE:${compact(next)}`,
			`SUMMARY:${escapeText(`CRM 复习：${day.tasks.length} 项，约 ${Math.round(day.minutes)} 分钟`)}`,
			`DESCRIPTION:${escapeText(day.tasks.map((t) => `· ${describeTask(t)}（${Math.round(t.minutes)} 分钟）`).join('\n'))}`,
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
