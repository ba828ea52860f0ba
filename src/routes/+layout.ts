// Every page is prerendered to static HTML; trailing slashes make the files folder/index.html.
export const prerender = true;
export const trailingSlash = 'always';
