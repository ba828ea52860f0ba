/**
 * A sample Kano survey of a bank's mobile app: 30 respondents, five features, answer mixes
 * chosen so each feature shows a different category.
 */
const features: [string, [number, number, number][]][] = [
	// [functional, dysfunctional, how many respondents]
	[
		'登录时的安全验证',
		[
			[2, 5, 17],
			[3, 5, 6],
			[1, 5, 4],
			[3, 3, 3]
		]
	],
	[
		'转账实时到账',
		[
			[1, 5, 16],
			[2, 5, 6],
			[1, 4, 4],
			[1, 3, 4]
		]
	],
	[
		'生日当天的祝福和小礼品',
		[
			[1, 3, 15],
			[1, 4, 6],
			[3, 3, 7],
			[1, 5, 2]
		]
	],
	[
		'首页的理财产品推荐',
		[
			[3, 3, 14],
			[4, 3, 6],
			[5, 1, 4],
			[1, 3, 6]
		]
	],
	[
		'每次打开都弹出的广告',
		[
			[5, 1, 16],
			[5, 2, 6],
			[3, 3, 6],
			[4, 3, 2]
		]
	]
];

export const SAMPLE_SURVEY = [
	'功能,正向回答,反向回答',
	...features.flatMap(([name, mixes]) =>
		mixes.flatMap(([f, d, n]) => Array.from({ length: n }, () => `${name},${f},${d}`))
	)
].join('\n');
