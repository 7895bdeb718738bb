/** TRACS request handling: which screen a GET or a form POST (ENTER / PF key) leads to. */
import type { DemoState } from '../../data/state';
import type { OregonCase } from '../../data/types';
import type { DemoRequest, DemoResponse } from '../../http-types';
import { caseSummaryScreen, casePlanScreen, frameset, menuFrame, narrationScreen, signOnScreen } from './tracs-screens';

const SCREENS = ['SELC', 'CSUM', 'CPLN', 'NARR'] as const;
type ScreenCode = (typeof SCREENS)[number];
const PF_TARGET: Record<string, Partial<Record<ScreenCode, ScreenCode>>> = {
  PF3: { CSUM: 'SELC', CPLN: 'SELC', NARR: 'SELC' },
  PF5: { CPLN: 'CSUM', NARR: 'CSUM', CSUM: 'CPLN' },
  PF6: { CSUM: 'NARR', CPLN: 'NARR' },
  PF7: { NARR: 'CPLN' },
};

const isMmddyy = (v: string) => /^\d{6}$/.test(v);
const fromMmddyy = (v: string) => (v === '000000' ? undefined : `20${v.slice(4, 6)}-${v.slice(0, 2)}-${v.slice(2, 4)}`);

function render(code: ScreenCode, c: OregonCase | undefined, state: DemoState, message = ''): string {
  if (code === 'SELC' || !c) return signOnScreen(state.today, c || code === 'SELC' ? message : 'CASE NOT FOUND - ENTER A CASE NUMBER');
  if (code === 'CSUM') return caseSummaryScreen(c, state.today, message);
  if (code === 'CPLN') return casePlanScreen(c, state.today, message);
  return narrationScreen(c, state.today, message);
}

function updatePlan(c: OregonCase, form: URLSearchParams): string {
  const errors: string[] = [];
  const date = (name: string) => (form.get(name) ?? '').trim();
  for (const name of ['PLANDT', 'REVWDT', 'MSADT']) if (date(name) && !isMmddyy(date(name))) errors.push(name);
  const yn = (name: string) => (form.get(name) ?? '').trim().toUpperCase();
  for (const name of ['SIGNED', 'CMFLAG', 'F7819', 'ROI']) if (!['Y', 'N'].includes(yn(name))) errors.push(name);
  if (errors.length) return `INVALID DATA IN ${errors.join(', ')} - NOTHING UPDATED`;
  const reviewBefore = c.plan.reviewDate;
  c.plan = {
    planDate: fromMmddyy(date('PLANDT') || '000000'),
    reviewDate: fromMmddyy(date('REVWDT') || '000000'),
    signed: yn('SIGNED') as 'Y' | 'N',
    cmFlag: yn('CMFLAG') as 'Y' | 'N',
    msaDate: fromMmddyy(date('MSADT') || '000000'),
    form7819: yn('F7819') as 'Y' | 'N',
    roi: yn('ROI') as 'Y' | 'N',
  };
  // TRACS sets the flag itself when a worker updates the plan review date (policy 000, TCM 1.a).
  if (c.plan.reviewDate !== reviewBefore && c.plan.cmFlag !== 'Y') {
    c.plan.cmFlag = 'Y';
    return 'CASE PLAN UPDATED - CM FLAG SET TO Y (REVIEW DATE CHANGED)';
  }
  return 'CASE PLAN UPDATED';
}

function saveNarration(c: OregonCase, form: URLSearchParams, today: string): string {
  const lines: string[] = [];
  for (let i = 1; i <= 12; i++) lines.push((form.get(`NARR${String(i).padStart(2, '0')}`) ?? '').slice(0, 72).trimEnd());
  const text = lines.filter(Boolean).join(' ').toUpperCase();
  if (!text) return 'NOTHING TO SAVE';
  c.narrations.push({ date: today, text });
  return 'NARRATION SAVED';
}

export function handleTracs(req: DemoRequest, state: DemoState): DemoResponse | undefined {
  const caseFromCookie = req.cookies.tracs_case;
  if (req.path === '/tracs/' || req.path === '/tracs') return { html: frameset() };
  if (req.path === '/tracs/menu') return { html: menuFrame() };
  if (req.path !== '/tracs/screen') return undefined;
  if (req.method === 'GET') {
    const code = (req.query.get('GOTO') ?? 'SELC').toUpperCase() as ScreenCode;
    return { html: render(SCREENS.includes(code) ? code : 'SELC', state.oregon(caseFromCookie), state) };
  }
  const form = req.form;
  const current = (form.get('SCREEN') ?? 'SELC') as ScreenCode;
  const command = (form.get('COMMAND') ?? '').trim().toUpperCase();
  const pf = form.get('PFKEY') ?? 'ENTER';
  if (current === 'SELC' && pf === 'ENTER' && !command) {
    const caseNo = (form.get('CASENO') ?? '').trim();
    const c = state.oregon(caseNo);
    const next = ((form.get('GOTO') ?? 'CSUM').trim().toUpperCase() || 'CSUM') as ScreenCode;
    if (!c) return { html: signOnScreen(state.today, `CASE ${caseNo.slice(0, 10).toUpperCase() || '(BLANK)'} NOT FOUND`) };
    return { html: render(SCREENS.includes(next) && next !== 'SELC' ? next : 'CSUM', c, state), setCookie: { tracs_case: c.caseNo } };
  }
  const c = state.oregon(form.get('CASE') ?? caseFromCookie);
  if (command) {
    const code = command as ScreenCode;
    return { html: SCREENS.includes(code) ? render(code, c, state) : render(current, c, state, `INVALID COMMAND ${command.slice(0, 4)}`) };
  }
  if (pf !== 'ENTER') return { html: render(PF_TARGET[pf]?.[current] ?? current, c, state) };
  if (!c) return { html: render('SELC', undefined, state) };
  if (current === 'CPLN') return { html: render('CPLN', c, state, updatePlan(c, form)) };
  if (current === 'NARR') return { html: render('NARR', c, state, saveNarration(c, form, state.today)) };
  return { html: render(current, c, state) };
}
