/**
 * A seeded sample satisfaction survey drawn from a known ACSI-style structural model (Fornell et
 * al. 1996), so a learner can see PLS recover the paths it was drawn from. Constructs are
 * standardised; each endogenous construct is its predecessors' weighted sum plus noise scaled so
 * its variance stays 1; each item is 0.85 × its construct plus noise, answered on a 1–10 scale.
 */
import { seededRandom } from '../random';
import type { PlsModel } from './pls';

export const ACSI_CONSTRUCTS = {
	顾客期望: ['期望1', '期望2', '期望3'],
	感知质量: ['质量1', '质量2', '质量3'],
	感知价值: ['价值1', '价值2', '价值3'],
	顾客满意: ['满意1', '满意2', '满意3'],
	顾客抱怨: ['抱怨1', '抱怨2'],
	顾客忠诚: ['忠诚1', '忠诚2', '忠诚3']
} as const;

type Construct = keyof typeof ACSI_CONSTRUCTS;

/** The true standardised paths of the sample, in causal order. */
export const SAMPLE_TRUE_PATHS: [Construct, Construct, number][] = [
	['顾客期望', '感知质量', 0.5],
	['顾客期望', '感知价值', 0.2],
	['感知质量', '感知价值', 0.55],
	['顾客期望', '顾客满意', 0.1],
	['感知质量', '顾客满意', 0.45],
	['感知价值', '顾客满意', 0.35],
	['顾客满意', '顾客抱怨', -0.45],
	['顾客满意', '顾客忠诚', 0.6],
	['顾客抱怨', '顾客忠诚', -0.15]
];

export const ACSI_MODEL: PlsModel = {
	constructs: Object.fromEntries(Object.entries(ACSI_CONSTRUCTS).map(([k, v]) => [k, [...v]])),
	paths: SAMPLE_TRUE_PATHS.map(([from, to]) => [from, to])
};

const LOADING = 0.85;

export interface SurveySample {
	columns: string[];
	rows: number[][];
}

export function surveySample(seed: number, respondents = 500): SurveySample {
	const random = seededRandom(seed);
	const normal = () => {
		const u = 1 - random();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
	};
	const constructs = Object.keys(ACSI_CONSTRUCTS) as Construct[];
	// Covariances of the constructs, built in causal order, give each one's noise variance.
	const index = new Map(constructs.map((c, i) => [c, i]));
	const cov = constructs.map(() => constructs.map(() => 0));
	const incoming = constructs.map((c) => SAMPLE_TRUE_PATHS.filter(([, to]) => to === c));
	constructs.forEach((c, j) => {
		const parents = incoming[j].map(([from, , beta]) => [index.get(from) as number, beta] as const);
		for (let k = 0; k < j; k++) {
			cov[j][k] = cov[k][j] = parents.reduce((sum, [p, beta]) => sum + beta * cov[p][k], 0);
		}
		cov[j][j] = 1;
	});
	const noiseSd = constructs.map((_, j) => {
		const parents = incoming[j].map(([from, , beta]) => [index.get(from) as number, beta] as const);
		let explained = 0;
		for (const [a, ba] of parents) for (const [b, bb] of parents) explained += ba * bb * cov[a][b];
		return Math.sqrt(1 - explained);
	});
	const columns = constructs.flatMap((c) => [...ACSI_CONSTRUCTS[c]]);
	const rows: number[][] = [];
	for (let r = 0; r < respondents; r++) {
		const scores: number[] = [];
		constructs.forEach((_, j) => {
			let value = noiseSd[j] * normal();
			for (const [from, , beta] of incoming[j]) value += beta * scores[index.get(from) as number];
			scores.push(value);
		});
		rows.push(
			constructs.flatMap((c, j) =>
				ACSI_CONSTRUCTS[c].map(() => {
					const item = LOADING * scores[j] + Math.sqrt(1 - LOADING ** 2) * normal();
					return Math.min(10, Math.max(1, Math.round(6 + 1.6 * item)));
				})
			)
		);
	}
	return { columns, rows };
}
