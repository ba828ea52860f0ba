/** Number formats every page shares, so a share reads the same in each lab and table. */

/** 0.8 → "80.0%" (digits = decimals of the percentage). */
export const percent = (share: number, digits = 1): string => `${(share * 100).toFixed(digits)}%`;

const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', {
	hour12: false,
	dateStyle: 'short',
	timeStyle: 'short'
});

/** A moment in the reader's time zone: 2026/12/1 09:30. */
export const dateTime = (ms: number): string => dateTimeFormat.format(ms);
