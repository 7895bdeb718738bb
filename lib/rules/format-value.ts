/** How fact values read in explanations: dates as on screen, flags as Y/N. */
import { formatUs, isIsoDate } from '../dates/iso-date';

export function formatValue(value: unknown): string {
  if (value === undefined || value === null) return 'not on any screen seen';
  if (typeof value === 'boolean') return value ? 'Y' : 'N';
  if (typeof value === 'string') return isIsoDate(value) ? formatUs(value) : value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.length ? value.map(formatValue).join(', ') : 'none';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.label === 'string') return o.label;
    if (typeof o.title === 'string') return o.title;
    if (typeof o.action === 'string') return typeof o.date === 'string' ? `${formatValue(o.date)} ${o.action}` : o.action;
    if (typeof o.date === 'string') return formatValue(o.date);
  }
  return JSON.stringify(value);
}

/** Fills {{name}} placeholders. Values are inserted as plain text; nothing is evaluated. */
export function fillPlaceholders(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*([\w.[\]-]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole);
}
