/** Tiny HTML helpers for the demo legacy system. Every interpolated value is escaped. */

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A page as a legacy front end would serve it: HTML 4 era markup, no framework. */
export function page(title: string, body: string, opts: { head?: string; bodyAttrs?: string } = {}): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title>
<link rel="stylesheet" href="/static/legacy.css">${opts.head ?? ''}</head>
<body ${opts.bodyAttrs ?? ''}>${body}</body></html>`;
}

/** A deterministic "generated" id like the ones ASP.NET WebForms and similar tools emit. */
export function genId(prefix: string, name: string): string {
  let h = 2166136261;
  for (const ch of `${prefix}:${name}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return `${prefix}_ctl00_${(h >>> 0).toString(36)}`;
}
