/**
 * Alaska CMS-like web screens: table-layout forms with generated ids, a header frame that
 * carries the case number and a content frame that does not (so one screen's data spans two
 * frames), and saves by full-page form POST.
 */
import type { AlaskaCase } from '../../data/types';
import { esc, genId, page } from '../html';
import { mmddyyyy } from '../screen3270';
import { addMonths, monthKey, monthStart } from '../../../lib/dates/date-math';

export const id = (name: string) => genId('cph', name);

function row(label: string, name: string, value: string, opts: { size?: number; textarea?: boolean } = {}): string {
  const fid = id(name);
  const control = opts.textarea
    ? `<textarea id="${fid}" name="${name}" rows="6" cols="80">${esc(value)}</textarea>`
    : `<input type="text" id="${fid}" name="${name}" value="${esc(value)}" size="${opts.size ?? 12}">`;
  return `<tr><td class="lbl"><label for="${fid}">${esc(label)}</label></td><td>${control}</td></tr>`;
}

export const shell = (title: string, body: string) => page(`CMS - ${title}`, `<div class="cms">${body}</div>`, { bodyAttrs: 'class="cms-body"' });

export function cmsFrameset(): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html><head><title>CMS - Alaska DPA Work Services (DEMO, synthetic data)</title></head>
<frameset rows="92,*">
<frame name="cmsheader" src="/cms/header" title="CMS case header">
<frame name="cmscontent" src="/cms/page?p=FSSP" title="CMS screen">
</frameset></html>`;
}

export function cmsHeader(c: AlaskaCase | undefined): string {
  const nav = ['FSSP', 'CLNO', 'CLNONEW', 'NOTES', 'WORK', 'SUPP', 'CHILD', 'PEN', 'MSG', 'FF']
    .map((p) => `<a href="/cms/page?p=${p}" target="cmscontent">${{ FSSP: 'FSSP', CLNO: 'Client Notes', CLNONEW: 'New CLNO', NOTES: 'Case Notes', WORK: 'Work Activity', SUPP: 'Supportive Services', CHILD: 'Childcare', PEN: 'Penalties', MSG: 'Message Log', FF: 'FF Documents' }[p]}</a>`)
    .join(' | ');
  const info = c
    ? `<td class="lbl">Case #:</td><td><span id="${id('hdrCase')}">${esc(c.caseNo)}</span></td>
<td class="lbl">Client:</td><td><span id="${id('hdrClient')}">${esc(`${c.client.last}, ${c.client.first}`)}</span></td>
<td class="lbl">Track:</td><td><span id="${id('hdrTrack')}">${c.track === 'WF' ? 'Work First' : 'Families First'}</span></td>
<td class="lbl">Case Manager:</td><td><span id="${id('hdrCm')}">${esc(c.caseManager)}</span></td>`
    : '<td colspan="8">No case selected</td>';
  return page(
    'CMS header',
    `<table class="cms-header" cellpadding="2"><tr><td colspan="8"><b>CMS</b> Case Management System</td></tr><tr>${info}</tr></table>
<form method="post" action="/cms/select" target="_top" class="cms-select"><label for="${id('selCase')}">Case:</label> <input id="${id('selCase')}" name="case" size="9"> <input type="submit" value="Go"></form>
<div class="cms-nav">${nav}</div>`,
    { bodyAttrs: 'class="cms-header-frame"' },
  );
}

export function fsspScreen(c: AlaskaCase, message = ''): string {
  const reviews = Array.from({ length: 4 }, (_, i) => c.fssp.reviewDates[i] ?? '')
    .map((d, i) => `<tr><td>Step ${i + 1}</td><td><input type="text" id="${id(`rev${i}`)}" name="review${i}" value="${esc(mmddyyyy(d) || d)}" size="10" aria-label="Review date step ${i + 1}"></td></tr>`)
    .join('');
  const plan = /^\d{4}-/.test(c.fssp.planDate ?? '') ? mmddyyyy(c.fssp.planDate) : (c.fssp.planDate ?? '');
  return shell(
    'FSSP',
    `<h2>Family Self-Sufficiency Plan (FSSP)</h2>${message ? `<p class="msg">${esc(message)}</p>` : ''}
<form method="post" action="/cms/page?p=FSSP"><table class="form" id="${id('fsspTable')}">
${row('Plan Date', 'planDate', plan, { size: 10 })}
${row('Goal', 'goal', c.fssp.goal ?? '', { size: 60 })}
${row('Goal Date', 'goalDate', mmddyyyy(c.fssp.goalDate), { size: 10 })}
${row('Date Signed', 'signedDate', mmddyyyy(c.fssp.signedDate), { size: 10 })}
${row('Date Mailed', 'mailedDate', mmddyyyy(c.fssp.mailedDate), { size: 10 })}
</table>
<h3>Review dates</h3><table class="grid" id="${id('reviewTable')}"><tr><th>Step</th><th>Review Date</th></tr>${reviews}</table>
<p><input type="submit" value="Save FSSP"></p></form>${releasesTable(c)}`,
  );
}

/** Releases of information signed beyond the FSSP's own (003 §18); not a "grid" table, so the review-date list never reads it. */
function releasesTable(c: AlaskaCase): string {
  const rows = (c.releases ?? [])
    .map((r, i) => `<tr id="${id(`roi${i}`)}"><td>${esc(mmddyyyy(r.date))}</td><td>${esc(r.party)}</td><td>${esc(r.type)}</td></tr>`)
    .join('');
  return `<h3>Releases of Information</h3><table class="releases" id="${id('roiTable')}"><thead><tr><th>Date Signed</th><th>Release To</th><th>Type</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function clnoListScreen(c: AlaskaCase): string {
  const rows = [...c.clnos]
    .sort((a, b) => (a.date < b.date ? 1 : -1))
    .map((n, i) => `<tr id="${id(`clno${i}`)}"><td>${esc(mmddyyyy(n.date))}</td><td>${esc(n.title)}</td><td>${esc(n.body.slice(0, 200))}</td></tr>`)
    .join('');
  return shell(
    'Client Notes',
    `<h2>Client Notes (CLNO)</h2><table class="grid" id="${id('clnoGrid')}"><thead><tr><th>Date</th><th>Title</th><th>Note</th></tr></thead><tbody>${rows || ''}</tbody></table>
<p><a href="/cms/page?p=CLNONEW">New client note</a></p>`,
  );
}

export function clnoEntryScreen(c: AlaskaCase, today: string, message = ''): string {
  return shell(
    'New CLNO',
    `<h2>New Client Note (CLNO)</h2>${message ? `<p class="msg">${esc(message)}</p>` : ''}
<form method="post" action="/cms/page?p=CLNONEW"><table class="form">
${row('Note Date', 'noteDate', mmddyyyy(today), { size: 10 })}
${row('Title', 'title', '', { size: 70 })}
${row('Note', 'body', '', { textarea: true })}
</table><p><input type="submit" value="Save note"></p></form>
<p class="hint">Case ${esc(c.caseNo)}</p>`,
  );
}

export function workActivityScreen(c: AlaskaCase): string {
  const rows = c.work
    .map((w, i) => `<tr id="${id(`work${i}`)}"><td>${esc(w.month.slice(5))}/${esc(w.month.slice(0, 4))}</td><td>${w.hours}</td><td>${esc(mmddyyyy(w.entered))}</td></tr>`)
    .join('');
  return shell('Work Activity', `<h2>Monthly Work Activity</h2><table class="grid" id="${id('workGrid')}"><thead><tr><th>Month</th><th>Hours</th><th>Entered</th></tr></thead><tbody>${rows}</tbody></table>`);
}

export function supportiveScreen(c: AlaskaCase): string {
  const rows = c.supportive
    .map((s, i) => `<tr id="${id(`supp${i}`)}"><td>${esc(mmddyyyy(s.date))}</td><td>${esc(s.kind)}</td><td>$${s.amount.toFixed(2)}</td><td>${s.approval}</td></tr>`)
    .join('');
  return shell('Supportive Services', `<h2>Supportive Services</h2><table class="grid" id="${id('suppGrid')}"><thead><tr><th>Date</th><th>Service</th><th>Amount</th><th>Supervisor Approval</th></tr></thead><tbody>${rows}</tbody></table>`);
}

/**
 * A CMS screen no built-in profile knows (an agency adds a profile for it by import): the latest
 * request on top, every request below (003 §22). A case without requests on file shows a
 * request being made today for next month.
 */
export function childcareScreen(c: AlaskaCase, today: string): string {
  const requests = [...(c.childcare ?? [])].sort((a, b) => a.date.localeCompare(b.date));
  // Without requests on file: one made today for next month (the screen used to show this month, a request already late).
  const latest = requests.at(-1) ?? { date: today, forMonth: monthKey(addMonths(monthStart(today), 1)) };
  const month = (m: string) => `${esc(m.slice(5, 7))}/${esc(m.slice(0, 4))}`;
  const history = [...requests]
    .reverse()
    .map((r, i) => `<tr id="${id(`cc${i}`)}"><td>${esc(mmddyyyy(r.date))}</td><td>${month(r.forMonth)}</td><td>${esc(r.status)}</td></tr>`)
    .join('');
  return shell(
    'Childcare Authorization',
    `<h2>Childcare Authorization Request</h2><table class="form" id="${id('ccTable')}">
<tr><td class="lbl">Request Date</td><td><span id="${id('ccReq')}">${esc(mmddyyyy(latest.date))}</span></td></tr>
<tr><td class="lbl">Authorization For</td><td><span id="${id('ccMonth')}">${month(latest.forMonth)}</span></td></tr>
<tr><td class="lbl">Provider</td><td>THREAD REFERRAL PENDING</td></tr>
</table><p class="hint">Case ${esc(c.caseNo)}</p>
<h3>Request History</h3><table class="grid" id="${id('ccHistory')}"><thead><tr><th>Request Date</th><th>Authorization For</th><th>Status</th></tr></thead><tbody>${history}</tbody></table>`,
  );
}
