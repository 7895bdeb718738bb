/** Alaska request handling: the CMS frameset and forms, and the EIS terminal's host API. */
import type { DemoState } from '../../data/state';
import type { AlaskaCase } from '../../data/types';
import type { DemoRequest, DemoResponse } from '../../http-types';
import { childcareScreen, clnoEntryScreen, clnoListScreen, cmsFrameset, cmsHeader, fsspScreen, supportiveScreen, workActivityScreen } from './cms-screens';
import { messageLogScreen, penaltyScreen } from './cms-logs';
import { familiesFirstScreen } from './cms-families';
import { nextView, notesGridScreen } from './cms-notes';
import { caseloadScreen, CASELOAD_ROWS } from './cms-caseload';
import { eisInquiry, eisNotices, eisPage, eisReferral, eisStatus, type TermScreen } from './eis-screens';

const US_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const fromUs = (v: string) => {
  const m = US_DATE.exec(v.trim());
  return m ? `${m[3]}-${m[1]}-${m[2]}` : undefined;
};

function saveFssp(c: AlaskaCase, form: URLSearchParams): string {
  const bad = ['planDate', 'goalDate', 'signedDate', 'mailedDate'].filter((n) => (form.get(n) ?? '').trim() && !fromUs(form.get(n)!));
  if (bad.length) return `Dates must be MM/DD/YYYY: ${bad.join(', ')}. Nothing saved.`;
  c.fssp = {
    planDate: fromUs(form.get('planDate') ?? ''),
    goal: (form.get('goal') ?? '').slice(0, 200),
    goalDate: fromUs(form.get('goalDate') ?? ''),
    signedDate: fromUs(form.get('signedDate') ?? ''),
    mailedDate: fromUs(form.get('mailedDate') ?? ''),
    reviewDates: [0, 1, 2, 3].map((i) => fromUs(form.get(`review${i}`) ?? '')).filter((d): d is string => !!d),
  };
  return 'FSSP saved.';
}

function saveClno(c: AlaskaCase, form: URLSearchParams, today: string): string {
  const title = (form.get('title') ?? '').trim().slice(0, 120);
  const body = (form.get('body') ?? '').slice(0, 4000);
  if (!title || !body.trim()) return 'Title and note are required. Nothing saved.';
  c.clnos.push({ date: fromUs(form.get('noteDate') ?? '') ?? today, title, body });
  return 'Client note saved.';
}

function cmsPage(p: string, c: AlaskaCase | undefined, state: DemoState, message = '', form?: URLSearchParams): DemoResponse {
  if (!c) return { html: '<!DOCTYPE html><html lang="en"><head><title>CMS</title></head><body><p>Select a case in the header.</p></body></html>' };
  switch (p) {
    case 'CLNO':
      return { html: clnoListScreen(c) };
    case 'CLNONEW':
      return { html: clnoEntryScreen(c, state.today, message) };
    case 'WORK':
      return { html: workActivityScreen(c) };
    case 'SUPP':
      return { html: supportiveScreen(c) };
    case 'CHILD':
      return { html: childcareScreen(c, state.today) };
    case 'PEN':
      return { html: penaltyScreen(c) };
    case 'MSG':
      return { html: messageLogScreen(c) };
    case 'FF':
      return { html: familiesFirstScreen(c) };
    case 'NOTES':
      return { html: notesGridScreen(c, form ? nextView(c, form) : undefined) };
    default:
      return { html: fsspScreen(c, message) };
  }
}

function eisReply(state: DemoState, q: URLSearchParams): { tx: string; case: string; screen: TermScreen } {
  const key = q.get('key') ?? 'ENTER';
  const typedTx = (q.get('tx') ?? '').trim().toUpperCase();
  const typedCase = (q.get('case') ?? '').trim();
  const caseNo = typedCase || (q.get('current') ?? '');
  let tx = key === 'PF3' ? 'INQ' : key === 'PF7' ? 'REFR' : key === 'PF8' ? 'STAT' : typedTx || (q.get('from') ?? 'INQ');
  const c = state.alaska(caseNo);
  if (tx !== 'INQ' && !c) return { tx: 'INQ', case: '', screen: eisInquiry(state.today, `CASE ${caseNo.slice(0, 8) || '(BLANK)'} NOT FOUND`) };
  if (tx === 'REFR') return { tx, case: c!.caseNo, screen: eisReferral(c!, state.today) };
  if (tx === 'STAT') return { tx, case: c!.caseNo, screen: eisStatus(c!, state.today) };
  if (tx === 'NOTC') return { tx, case: c!.caseNo, screen: eisNotices(c!, state.today) };
  tx = 'INQ';
  return { tx, case: '', screen: eisInquiry(state.today, typedTx ? `INVALID TX ${typedTx.slice(0, 4)}` : '') };
}

export function handleAlaska(req: DemoRequest, state: DemoState): DemoResponse | undefined {
  const c = state.alaska(req.cookies.cms_case);
  if (req.path === '/cms/' || req.path === '/cms') return { html: cmsFrameset() };
  if (req.path === '/cms/header') return { html: cmsHeader(c) };
  if (req.path === '/cms/select' && req.method === 'POST') {
    const next = state.alaska((req.form.get('case') ?? '').trim());
    return { redirect: '/cms/', setCookie: next ? { cms_case: next.caseNo } : {} };
  }
  if (req.path === '/cms/page') {
    const p = (req.query.get('p') ?? 'FSSP').toUpperCase();
    if (req.method === 'POST' && c) {
      if (p === 'NOTES') return cmsPage(p, c, state, '', req.form); // a postback: same page, another note
      const message = p === 'FSSP' ? saveFssp(c, req.form) : p === 'CLNONEW' ? saveClno(c, req.form, state.today) : '';
      return cmsPage(p, c, state, message);
    }
    return cmsPage(p, c, state);
  }
  if (req.path === '/cms/caseload') {
    const rows = Math.min(Math.max(Number(req.query.get('rows') ?? CASELOAD_ROWS) || CASELOAD_ROWS, 1), 5000);
    return { html: caseloadScreen(state.cases.filter((x): x is AlaskaCase => x.state === 'AK'), state.today, rows) };
  }
  if (req.path === '/eis/' || req.path === '/eis') {
    const start = state.alaska(req.query.get('case') ?? undefined);
    return { html: eisPage(start ? eisReferral(start, state.today) : eisInquiry(state.today)) };
  }
  if (req.path === '/eis/api/screen') return { json: eisReply(state, req.query) };
  return undefined;
}
