/**
 * Finds runs of text our content shares with the source material. Both sides are compared with
 * spaces and punctuation removed, so a copied sentence is found however it was re-punctuated.
 */

/** Characters that count: Han, Latin letters and digits. Everything else is punctuation or space. */
const COUNTED = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Text reduced to its counted characters, with each one's line in the original. */
export interface NormalisedText {
	chars: string[];
	lines: number[];
}

export function normalise(text: string): NormalisedText {
	const chars: string[] = [];
	const lines: number[] = [];
	let line = 1;
	for (const char of text) {
		if (char === '\n') line++;
		else if (COUNTED.test(char)) {
			chars.push(char.toLowerCase());
			lines.push(line);
		}
	}
	return { chars, lines };
}

/** Every window of `length` counted characters in the sources, for O(1) lookup. */
export function windowsOf(sources: string[], length: number): Set<string> {
	const windows = new Set<string>();
	for (const source of sources) {
		const { chars } = normalise(source);
		for (let i = 0; i + length <= chars.length; i++)
			windows.add(chars.slice(i, i + length).join(''));
	}
	return windows;
}

export interface SharedRun {
	/** Line of the run's first character in the checked text. */
	line: number;
	text: string;
}

/**
 * The maximal runs of at least `length` counted characters that `text` shares with the sources
 * (as given by their windows). Allowed phrases (names, fixed term lists) are cut out of a run
 * first; the run counts only if a piece of at least `length` characters is left.
 */
export function sharedRuns(
	text: string,
	windows: Set<string>,
	length: number,
	allowed: string[] = []
): SharedRun[] {
	const { chars, lines } = normalise(text);
	const allowedNormal = allowed.map((phrase) => normalise(phrase).chars.join(''));
	const runs: SharedRun[] = [];
	let runStart = -1;
	let runEnd = -1;
	const close = () => {
		if (runStart < 0) return;
		const run = chars.slice(runStart, runEnd).join('');
		const pieces = allowedNormal.reduce(
			(parts, phrase) => parts.flatMap((part) => part.split(phrase)),
			[run]
		);
		if (pieces.some((piece) => piece.length >= length)) {
			runs.push({ line: lines[runStart], text: run });
		}
		runStart = -1;
	};
	for (let i = 0; i + length <= chars.length; i++) {
		if (!windows.has(chars.slice(i, i + length).join(''))) continue;
		if (runStart >= 0 && i <= runEnd) runEnd = i + length;
		else {
			close();
			runStart = i;
			runEnd = i + length;
		}
	}
	close();
	return runs;
}
