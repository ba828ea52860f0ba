/** The seeded sample shop (lifecycle-sample.ts) as the CSV a learner's shop system would export. */
import { formatDay } from '$lib/analytics/import/values';
import { lifecycleSample } from '$lib/analytics/lifecycle-sample';

export function sampleCsv(seed: number): string {
	const { rows } = lifecycleSample(seed);
	const lines = ['客户编号,日期,金额,渠道'];
	for (const row of rows)
		lines.push(`${row.id},${formatDay(row.day)},${row.amount.toFixed(2)},${row.channel ?? ''}`);
	return lines.join('\n');
}
