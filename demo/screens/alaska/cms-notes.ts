/**
 * A CMS module rebuilt as an ASP.NET WebForms page: the case notes in a GridView, five per
 * page, newest first, and the selected note in full in a DetailsView below. "Select" and the
 * pager post the whole form back (__doPostBack, with __VIEWSTATE), and the page comes back with
 * another note in the detail panel: any one read shows a few titles and one note's text.
 */
import type { AlaskaCase } from '../../data/types';
import { esc, genId } from '../html';
import { mmddyyyy } from '../screen3270';
import { shell } from './cms-screens';

export const NOTES_PAGE_SIZE = 5;
const GRID = 'ctl00$cph$gvNotes';

export interface NotesView {
  page: number;
  /** Index of the selected note in the whole list (newest first). */
  selected: number;
}

const sorted = (c: AlaskaCase) => [...c.clnos].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));

export function encodeView(v: NotesView): string {
  return Buffer.from(JSON.stringify(v)).toString('base64');
}

/** The view state posted back, moved by the event the page raised (Select$n, Page$n). */
export function nextView(c: AlaskaCase, form: URLSearchParams): NotesView {
  let view: NotesView = { page: 0, selected: 0 };
  try {
    const v = JSON.parse(Buffer.from(form.get('__VIEWSTATE') ?? '', 'base64').toString('utf8')) as NotesView;
    if (Number.isInteger(v.page) && Number.isInteger(v.selected)) view = v;
  } catch {
    // a missing or broken view state starts from the first page, as WebForms would after a new GET
  }
  const count = c.clnos.length;
  const pages = Math.max(1, Math.ceil(count / NOTES_PAGE_SIZE));
  const [event, arg] = (form.get('__EVENTARGUMENT') ?? '').split('$');
  const n = Number(arg);
  if (form.get('__EVENTTARGET') === GRID && Number.isInteger(n)) {
    if (event === 'Select') view = { ...view, selected: view.page * NOTES_PAGE_SIZE + n };
    if (event === 'Page') view = { page: Math.min(Math.max(n - 1, 0), pages - 1), selected: Math.min(Math.max(n - 1, 0), pages - 1) * NOTES_PAGE_SIZE };
  }
  return { page: Math.min(Math.max(view.page, 0), pages - 1), selected: Math.min(Math.max(view.selected, 0), Math.max(count - 1, 0)) };
}

export function notesGridScreen(c: AlaskaCase, view: NotesView = { page: 0, selected: 0 }): string {
  const notes = sorted(c);
  const first = view.page * NOTES_PAGE_SIZE;
  const rows = notes
    .slice(first, first + NOTES_PAGE_SIZE)
    .map((n, i) => {
      const cls = first + i === view.selected ? 'selrow' : i % 2 ? 'altrow' : 'row';
      return `<tr class="${cls}"><td><a href="javascript:__doPostBack('${GRID}','Select$${i}')">Select</a></td><td>${esc(mmddyyyy(n.date))}</td><td>${esc(n.title)}</td></tr>`;
    })
    .join('');
  const pages = Math.ceil(notes.length / NOTES_PAGE_SIZE);
  const pager = Array.from({ length: pages }, (_, p) => (p === view.page ? `<span>${p + 1}</span>` : `<a href="javascript:__doPostBack('${GRID}','Page$${p + 1}')">${p + 1}</a>`)).join(' ');
  const sel = notes[view.selected];
  const detail = sel
    ? `<table class="detailsview" id="${genId('cph', 'dvNote')}" cellspacing="0"><tr><td class="dvh">Date</td><td>${esc(mmddyyyy(sel.date))}</td></tr><tr><td class="dvh">Title</td><td>${esc(sel.title)}</td></tr><tr><td class="dvh">Entered By</td><td>${esc(c.caseManager)}</td></tr><tr><td class="dvh">Note</td><td>${esc(sel.body)}</td></tr></table>`
    : '<p>No notes on file.</p>';
  return shell(
    'Case Notes',
    `<form method="post" action="/cms/page?p=NOTES" id="aspnetForm">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="${esc(encodeView(view))}">
<h2>Case Notes</h2>
<table class="gridview" id="${genId('cph', 'gvNotes')}" cellspacing="0"><tr><th scope="col">&nbsp;</th><th scope="col">Date</th><th scope="col">Title</th></tr>${rows}<tr class="pager"><td colspan="3">${pager}</td></tr></table>
<h3>Selected Note</h3>${detail}
</form><script src="/static/webforms.js"></script>`,
  );
}
