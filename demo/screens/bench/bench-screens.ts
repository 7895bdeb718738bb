/**
 * Large pages for `npm run bench` (synthetic data): a 1000-row unit caseload report that no
 * screen profile describes (CaseLens must cost next to nothing there), and the CMS frameset
 * with a 1000-row Client Notes list (the largest screen CaseLens reads).
 */
import type { DemoState } from '../../data/state';
import type { AlaskaCase } from '../../data/types';
import type { DemoRequest, DemoResponse } from '../../http-types';
import { clnoListScreen, cmsHeader } from '../alaska/cms-screens';
import { esc, page } from '../html';

export const BENCH_ROWS = 1000;

/** A plain report page of the agency's own web app: a table, a filter form, nothing CaseLens reads. */
export function caseloadReport(rows = BENCH_ROWS): string {
  const body = Array.from({ length: rows }, (_, i) => {
    const day = String((i % 28) + 1).padStart(2, '0');
    return `<tr><td>${7000000 + i}</td><td>Household ${i + 1}</td><td>Unit ${(i % 12) + 1}</td><td>11/${day}/2026</td><td>${i % 3 ? 'Open' : 'Pending review'}</td></tr>`;
  }).join('');
  return page(
    'Unit caseload report (DEMO, synthetic data)',
    `<main class="index"><h1>Unit caseload report</h1>
<form class="report-filter"><label for="unit">Unit</label> <input id="unit" name="unit" size="4"> <input type="submit" value="Filter"></form>
<table class="grid"><caption>${rows} households, synthetic</caption><thead><tr><th scope="col">Number</th><th scope="col">Household</th><th scope="col">Unit</th><th scope="col">Updated</th><th scope="col">Status</th></tr></thead><tbody>${body}</tbody></table></main>`,
  );
}

/** The case's notes, repeated to `rows` notes (dates spread over the last months). */
function withNotes(c: AlaskaCase, rows: number): AlaskaCase {
  const clnos = Array.from({ length: rows }, (_, i) => {
    const month = String(11 - (i % 10)).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    return { date: `2026-${month}-${day}`, title: `Monthly contact - FSSP reviewed ${i + 1}`, body: 'Met client; reviewed FSSP steps and next appointment.' };
  });
  return { ...c, clnos };
}

function clnoFrameset(caseNo: string, rows: number): string {
  const q = `case=${encodeURIComponent(caseNo)}&rows=${rows}`;
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html><head><title>CMS - Client Notes, ${rows} rows (DEMO, synthetic data)</title></head>
<frameset rows="92,*">
<frame name="cmsheader" src="/bench/clno/header?${esc(q)}" title="CMS case header">
<frame name="cmscontent" src="/bench/clno/list?${esc(q)}" title="CMS screen">
</frameset></html>`;
}

export function handleBench(req: DemoRequest, state: DemoState): DemoResponse | undefined {
  if (!req.path.startsWith('/bench/')) return undefined;
  const rows = Math.min(Math.max(Number(req.query.get('rows') ?? BENCH_ROWS) || BENCH_ROWS, 1), 5000);
  if (req.path === '/bench/caseload-report') return { html: caseloadReport(rows) };
  const c = state.alaska(req.query.get('case') ?? '2000201');
  if (!c) return { status: 404, html: 'Not found' };
  if (req.path === '/bench/clno/' || req.path === '/bench/clno') return { html: clnoFrameset(c.caseNo, rows) };
  if (req.path === '/bench/clno/header') return { html: cmsHeader(c) };
  if (req.path === '/bench/clno/list') return { html: clnoListScreen(withNotes(c, rows)) };
  return undefined;
}
