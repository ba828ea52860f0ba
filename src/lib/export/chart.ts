/**
 * Charts as files: the SVG with the page's colour variables written out (a standalone file has
 * no stylesheet), plus any canvas layer underneath (the large scatter) embedded as an image.
 */

function standaloneSvg(
	container: HTMLElement
): { text: string; width: number; height: number } | null {
	const svg = container.querySelector('svg');
	if (!svg) return null;
	const { width, height } = svg.viewBox.baseVal;
	const style = getComputedStyle(svg);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	clone.setAttribute('width', String(width));
	clone.setAttribute('height', String(height));
	const canvas = container.querySelector('canvas');
	if (canvas) {
		const image = document.createElementNS('http://www.w3.org/2000/svg', 'image');
		image.setAttribute('href', canvas.toDataURL('image/png'));
		image.setAttribute('width', String(width));
		image.setAttribute('height', String(height));
		clone.insertBefore(image, clone.firstChild);
	}
	const text = new XMLSerializer()
		.serializeToString(clone)
		.replace(
			/var\((--[\w-]+)\)/g,
			(_, name: string) => style.getPropertyValue(name).trim() || '#888'
		)
		.replace(/currentColor/g, style.color);
	return { text, width, height };
}

function save(name: string, blob: Blob) {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.click();
	setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export function exportSvg(container: HTMLElement, name: string): void {
	const svg = standaloneSvg(container);
	if (svg) save(`${name}.svg`, new Blob([svg.text], { type: 'image/svg+xml' }));
}

/** Draws the standalone SVG at twice its size on a white background. */
export async function exportPng(container: HTMLElement, name: string): Promise<void> {
	const svg = standaloneSvg(container);
	if (!svg) return;
	const image = new Image();
	image.src = URL.createObjectURL(new Blob([svg.text], { type: 'image/svg+xml' }));
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = svg.width * 2;
	canvas.height = svg.height * 2;
	const context = canvas.getContext('2d');
	if (!context) return;
	context.fillStyle = '#fff';
	context.fillRect(0, 0, canvas.width, canvas.height);
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	URL.revokeObjectURL(image.src);
	canvas.toBlob((blob) => blob && save(`${name}.png`, blob), 'image/png');
}
