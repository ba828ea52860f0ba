/** Named lab settings ("scenarios"), saved per lab and reopened later. */
import { database, type CrmDatabase } from './database';
import type { LabScenario } from './schema';

/** Scenarios hold settings and aggregates, never raw files; this keeps them small. */
export const SCENARIO_LIMIT_BYTES = 2_000_000;

export class ScenarioError extends Error {}

/** Saves under a name; saving again with the same name replaces that scenario. */
export async function saveScenario(
	lab: string,
	name: string,
	data: unknown,
	now = Date.now()
): Promise<number> {
	const trimmed = name.trim();
	if (!trimmed) throw new ScenarioError('请给方案起一个名字。');
	const size = new TextEncoder().encode(JSON.stringify(data)).length;
	if (size > SCENARIO_LIMIT_BYTES) {
		throw new ScenarioError(
			`方案太大（${(size / 1e6).toFixed(1)} MB），超过 ${SCENARIO_LIMIT_BYTES / 1e6} MB 的上限，没有保存。`
		);
	}
	const db = await database();
	return db.transaction('rw', db.labScenarios, async () => {
		const existing = await db.labScenarios
			.where('lab')
			.equals(lab)
			.filter((s) => s.name === trimmed)
			.first();
		if (existing?.id !== undefined) {
			await db.labScenarios.update(existing.id, { data, updatedAt: now });
			return existing.id;
		}
		return (await db.labScenarios.add({
			lab,
			name: trimmed,
			createdAt: now,
			updatedAt: now,
			data
		})) as number;
	});
}

/** A lab's scenarios, most recently saved first. For `live()`. */
/** Every lab's scenarios, most recently changed first (for live queries). */
export const allScenarios = (db: CrmDatabase): Promise<LabScenario[]> =>
	db.labScenarios.orderBy('updatedAt').reverse().toArray();

export async function scenariosFor(db: CrmDatabase, lab: string): Promise<LabScenario[]> {
	const list = await db.labScenarios.where('lab').equals(lab).toArray();
	return list.sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function deleteScenario(id: number): Promise<void> {
	const db = await database();
	await db.labScenarios.delete(id);
}
