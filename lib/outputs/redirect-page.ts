import { t } from "../i18n";
import { site } from "../site/config";
import { escapeMarkup } from "../site/text";
import { absoluteUrl, basePath } from "../site/urls";

/** A page at an old address that sends the browser to the new one: it needs no server rules, so any host serves it. */
export function redirectPage(to: string, title: string): string {
  const href = escapeMarkup(`${basePath}${to}`);
  const canonical = escapeMarkup(absoluteUrl(to));
  return `<!doctype html>
<html lang="${site.language}" dir="${t.dir}">
<head>
<meta charset="utf-8">
<title>${escapeMarkup(t.redirect.moved(title))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<link rel="canonical" href="${canonical}">
<meta http-equiv="refresh" content="0; url=${href}">
<script>location.replace(${JSON.stringify(`${basePath}${to}`).replace(/</g, "\\u003c")} + location.hash)</script>
</head>
<body>
<main>
<h1 dir="auto">${escapeMarkup(title)}</h1>
<p>${escapeMarkup(t.redirect.newPage)} <a href="${href}" dir="auto">${escapeMarkup(title)}</a></p>
</main>
</body>
</html>
`;
}
