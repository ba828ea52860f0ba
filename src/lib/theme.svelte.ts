/**
 * Light / dark / follow-system. Kept in localStorage rather than IndexedDB because app.html
 * must read it synchronously before first paint.
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

const STORAGE_KEY = 'crm-theme';

function readChoice(): ThemeChoice {
	try {
		const saved = localStorage.getItem(STORAGE_KEY);
		return saved === 'light' || saved === 'dark' ? saved : 'system';
	} catch {
		return 'system';
	}
}

class Theme {
	choice = $state<ThemeChoice>('system');

	/** Reads the saved choice; call once in the browser. */
	load() {
		this.choice = readChoice();
	}

	set(choice: ThemeChoice) {
		this.choice = choice;
		const root = document.documentElement;
		if (choice === 'system') delete root.dataset.theme;
		else root.dataset.theme = choice;
		try {
			if (choice === 'system') localStorage.removeItem(STORAGE_KEY);
			else localStorage.setItem(STORAGE_KEY, choice);
		} catch {
			// Storage blocked: the choice lasts for this visit only.
		}
	}
}

export const theme = new Theme();
