/** `content/chapters/02-customer-lifecycle.md` → `customer-lifecycle`. */
export function slugFromPath(path: string): string {
	const name = path.split('/').pop() ?? path;
	return name.replace(/\.(md|ya?ml)$/, '').replace(/^\d+-/, '');
}
