/**
 * The loyalty types exercise: short scenarios to sort into the six types of the exam textbook
 * or the seven types of another textbook, and where each type sits on the attitude × behaviour
 * matrix.
 */

export type Scheme = 'six' | 'seven';

export const TYPES: Record<Scheme, string[]> = {
	six: ['垄断忠诚', '亲缘忠诚', '利益忠诚', '惰性忠诚', '信赖忠诚', '潜在忠诚'],
	seven: ['垄断忠诚', '惰性忠诚', '潜在忠诚', '方便忠诚', '价格忠诚', '激励忠诚', '超值忠诚']
};

export const SCHEME_NAMES: Record<Scheme, string> = {
	six: '六种类型（国家开放大学考试教材）',
	seven: '七种类型（另一教材）'
};

/** Attitude × behaviour: which kind of loyalty a type amounts to. */
export const MATRIX: Record<string, string> = {
	垄断忠诚: '虚假忠诚：没得选才重复购买，态度弱',
	亲缘忠诚: '真正忠诚（对企业的认同）：态度强、重复购买',
	利益忠诚: '虚假忠诚：为利益而来，利益消失就走',
	惰性忠诚: '虚假（惰性）忠诚：出于习惯，态度弱',
	信赖忠诚: '真正忠诚：态度强、重复购买',
	潜在忠诚: '潜在忠诚：态度强，购买受限',
	方便忠诚: '虚假忠诚：因为方便，态度弱',
	价格忠诚: '虚假忠诚：因为便宜，态度弱',
	激励忠诚: '虚假忠诚：为奖励而来，态度弱',
	超值忠诚: '真正忠诚：觉得物超所值，态度强、重复购买'
};

export interface Card {
	id: string;
	text: string;
	answer: Record<Scheme, string>;
	/** Why, shown after checking. */
	why: string;
}

export const CARDS: Card[] = [
	{
		id: 'water',
		text: '小区只有一家自来水公司，居民对水质常有抱怨，但仍每月按时缴费。',
		answer: { six: '垄断忠诚', seven: '垄断忠诚' },
		why: '别无选择，满意与否都只能接受。'
	},
	{
		id: 'employee',
		text: '某汽车厂的员工和他们的家人，买车时都只考虑本厂的品牌。',
		answer: { six: '亲缘忠诚', seven: '超值忠诚' },
		why: '六种类型中是亲缘忠诚；七种类型没有这一类，出于认同、觉得值得，最接近超值忠诚。'
	},
	{
		id: 'points',
		text: '王女士一直在同一家超市购物，因为那里的积分能换礼品，别家没有。',
		answer: { six: '利益忠诚', seven: '激励忠诚' },
		why: '为额外利益（奖励计划）而来：六种类型称利益忠诚，七种类型称激励忠诚。'
	},
	{
		id: 'cheap',
		text: '小李在一家网店买了两年纸巾，只因为它总比别家便宜几毛钱。',
		answer: { six: '利益忠诚', seven: '价格忠诚' },
		why: '因低价而留下：六种类型归利益忠诚，七种类型单列为价格忠诚。'
	},
	{
		id: 'habit',
		text: '张先生十年来一直用同一家银行的卡，他说“懒得换，反正都差不多”。',
		answer: { six: '惰性忠诚', seven: '惰性忠诚' },
		why: '出于习惯和懒得改变，态度并不强。'
	},
	{
		id: 'nearby',
		text: '楼下的便利店营业到深夜，大家常去，虽然并不特别喜欢它。',
		answer: { six: '惰性忠诚', seven: '方便忠诚' },
		why: '因为方便：七种类型称方便忠诚，六种类型中归惰性忠诚。'
	},
	{
		id: 'trust',
		text: '陈老师在一家书店买书多年，店员懂书、推荐准，她还常介绍朋友去。',
		answer: { six: '信赖忠诚', seven: '超值忠诚' },
		why: '满意并建立了信赖，态度和行为都强。'
	},
	{
		id: 'student',
		text: '大学生小赵很喜欢某品牌的高端笔记本电脑，但暂时买不起，只能先关注。',
		answer: { six: '潜在忠诚', seven: '潜在忠诚' },
		why: '内心有偏好，但条件限制了购买行为。'
	}
];

export interface CardResult {
	id: string;
	placed: string | null;
	correct: boolean;
}

/** Checks placements (card id → type) against the chosen scheme. */
export function checkPlacements(
	scheme: Scheme,
	placements: Record<string, string | undefined>
): { results: CardResult[]; score: number } {
	const results = CARDS.map((card) => {
		const placed = placements[card.id] ?? null;
		return { id: card.id, placed, correct: placed === card.answer[scheme] };
	});
	return { results, score: results.filter((r) => r.correct).length };
}
