/**
 * Oregon TRACS-like screens: 24x80 green screens in a <pre>, input fields placed by row and
 * column, MMDDYY dates, upper case, a COMMAND line and PF keys, navigation by form POST.
 */
import type { OregonCase } from '../../data/types';
import { esc, page } from '../html';
import { mmddyy, Screen3270 } from '../screen3270';

const PROGRAM_CODES: Record<OregonCase['program'], string> = {
  JOBS: 'JOBS', 'PRE-TANF': 'PTNF', 'POST-TANF': 'POST', REF: 'REF', SFPSS: 'SFPS', 'TA-DVS': 'TADV',
};

function header(s: Screen3270, title: string, code: string, today: string, worker: string): void {
  s.text(1, 1, 'TRACS').text(1, 40 - Math.floor(title.length / 2), title).text(1, 66, code).text(1, 73, `${today.slice(5, 7)}/${today.slice(8, 10)}/${today.slice(2, 4)}`);
  s.text(2, 1, `WORKER: ${worker}`).text(2, 66, 'PAGE 01');
}

function footer(s: Screen3270, message: string, keys: string): void {
  s.text(22, 1, 'COMMAND ===>').input(22, 14, 4, 'COMMAND', '', { label: 'Command' });
  if (message) s.text(23, 1, message);
  s.text(24, 1, keys);
}

function form(screen: Screen3270, code: string, caseNo: string): string {
  return `<form method="post" action="/tracs/screen" autocomplete="off">
<input type="hidden" name="SCREEN" value="${esc(code)}"><input type="hidden" name="CASE" value="${esc(caseNo)}">
${screen.render()}
<div class="pfkeys"><input type="submit" name="PFKEY" value="ENTER"> <input type="submit" name="PFKEY" value="PF3"> <input type="submit" name="PFKEY" value="PF5"> <input type="submit" name="PFKEY" value="PF6"> <input type="submit" name="PFKEY" value="PF7"></div>
</form>`;
}

const shell = (title: string, body: string) => page(`TRACS - ${title}`, body, { bodyAttrs: 'class="green"' });

export function signOnScreen(today: string, message = ''): string {
  const s = new Screen3270();
  header(s, 'CASE SELECTION', 'SELC', today, 'FC0417');
  s.text(6, 10, 'ENTER CASE NUMBER AND SCREEN, THEN PRESS ENTER');
  s.text(8, 10, 'CASE NO:').input(8, 19, 7, 'CASENO', '', { label: 'Case number' });
  s.text(9, 10, 'SCREEN :').input(9, 19, 4, 'GOTO', 'CSUM', { label: 'Screen' });
  s.text(11, 10, 'SCREENS: CSUM CASE SUMMARY  CPLN CASE PLAN  NARR NARRATION');
  footer(s, message, 'PF3=EXIT  ENTER=SELECT');
  return shell('Case selection', form(s, 'SELC', ''));
}

export function caseSummaryScreen(c: OregonCase, today: string, message = ''): string {
  const s = new Screen3270();
  header(s, 'CASE SUMMARY', 'CSUM', today, c.worker);
  s.text(4, 1, 'CASE NO:').text(4, 10, c.caseNo).text(4, 22, 'PROGRAM:').text(4, 31, PROGRAM_CODES[c.program]).text(4, 44, 'BRANCH: 9901');
  s.text(5, 1, 'TANF CLOSED:').text(5, 14, mmddyy(c.closureDate));
  s.text(6, 1, 'HOUSEHOLD MEMBERS');
  s.text(7, 1, 'MBR  LAST NAME        FIRST NAME     DOB     REL');
  c.members.slice(0, 8).forEach((m, i) => {
    const dob = /^\d{4}-\d{2}-\d{2}$/.test(m.dob) ? mmddyy(m.dob) : m.dob;
    s.text(8 + i, 1, m.no).text(8 + i, 6, m.last.slice(0, 15)).text(8 + i, 23, m.first.slice(0, 13)).text(8 + i, 38, dob).text(8 + i, 46, m.rel);
  });
  footer(s, message, 'PF3=EXIT  PF5=CPLN  PF6=NARR  ENTER=REFRESH');
  return shell('Case summary', form(s, 'CSUM', c.caseNo));
}

export function casePlanScreen(c: OregonCase, today: string, message = ''): string {
  const s = new Screen3270();
  header(s, 'CASE PLAN', 'CPLN', today, c.worker);
  s.text(4, 1, 'CASE NO:').text(4, 10, c.caseNo).text(4, 22, 'PROGRAM:').text(4, 31, PROGRAM_CODES[c.program]);
  s.text(6, 1, 'PLAN DATE:').input(6, 12, 6, 'PLANDT', mmddyy(c.plan.planDate), { label: 'Plan date' });
  s.text(6, 30, 'PLAN REVIEW DATE:').input(6, 48, 6, 'REVWDT', mmddyy(c.plan.reviewDate), { label: 'Plan review date' });
  s.text(7, 1, 'PLAN SIGNED (Y/N):').input(7, 20, 1, 'SIGNED', c.plan.signed, { label: 'Plan signed' });
  s.text(7, 30, 'CASE MGMT FLAG (Y/N):').input(7, 52, 1, 'CMFLAG', c.plan.cmFlag, { label: 'Case management flag' });
  s.text(8, 1, 'MSA DHS 7823 DATE:').input(8, 20, 6, 'MSADT', mmddyy(c.plan.msaDate), { label: 'My Self Assessment date' });
  s.text(8, 30, 'DHS 7819 ON FILE:').input(8, 48, 1, 'F7819', c.plan.form7819, { label: 'DHS 7819 on file' });
  s.text(8, 56, 'ROI ON FILE:').input(8, 69, 1, 'ROI', c.plan.roi, { label: 'Release of information on file' });
  s.text(10, 1, 'SERVICE ACTIVITY');
  s.text(11, 1, 'DATE    SVC    STAFF  MBR');
  c.services.slice(0, 8).forEach((v, i) => {
    s.text(12 + i, 1, mmddyy(v.date)).text(12 + i, 9, v.code).text(12 + i, 16, v.staff).text(12 + i, 23, v.member);
  });
  // Barriers and the plan activities that address them (000 Retention services), beside the services.
  s.text(10, 30, 'BARRIERS').text(10, 50, 'PLAN ACTIVITIES');
  s.text(11, 30, 'CODE  IDENT').text(11, 50, 'ACTV   BARR  START');
  (c.barriers ?? []).slice(0, 8).forEach((b, i) => s.text(12 + i, 30, b.code.slice(0, 4)).text(12 + i, 36, mmddyy(b.date)));
  (c.activities ?? []).slice(0, 8).forEach((a, i) => {
    s.text(12 + i, 50, a.code.slice(0, 6)).text(12 + i, 57, (a.barrier ?? '').slice(0, 4)).text(12 + i, 63, mmddyy(a.date));
  });
  footer(s, message, 'PF3=EXIT  PF5=CSUM  PF6=NARR  ENTER=UPDATE');
  return shell('Case plan', form(s, 'CPLN', c.caseNo));
}

export function narrationScreen(c: OregonCase, today: string, message = ''): string {
  const s = new Screen3270();
  header(s, 'NARRATION', 'NARR', today, c.worker);
  s.text(3, 1, 'CASE NO:').text(3, 10, c.caseNo).text(3, 22, 'PROGRAM:').text(3, 31, PROGRAM_CODES[c.program]);
  s.text(4, 1, 'PRIOR NARRATION');
  [...c.narrations].reverse().slice(0, 4).forEach((n, i) => {
    s.text(5 + i, 1, `${n.date.slice(5, 7)}/${n.date.slice(8, 10)}/${n.date.slice(2, 4)}`).text(5 + i, 11, n.text.slice(0, 70));
  });
  s.text(9, 1, 'NEW NARRATION (12 LINES OF 72 CHARACTERS)');
  for (let i = 0; i < 12; i++) s.text(10 + i, 1, String(i + 1).padStart(2, '0')).input(10 + i, 5, 72, `NARR${String(i + 1).padStart(2, '0')}`, '', { label: `Narration line ${i + 1}` });
  footer(s, message, 'PF3=EXIT  PF5=CSUM  PF7=CPLN  ENTER=SAVE');
  return shell('Narration', form(s, 'NARR', c.caseNo));
}

export function menuFrame(): string {
  const link = (code: string, label: string) =>
    `<tr><td><a href="/tracs/screen?GOTO=${code}" target="main">${code}</a></td><td>${esc(label)}</td></tr>`;
  return page(
    'TRACS menu',
    `<table class="menu" summary="TRACS menu"><tr><th colspan="2">TRACS MENU</th></tr>
${link('SELC', 'Case selection')}${link('CSUM', 'Case summary')}${link('CPLN', 'Case plan')}${link('NARR', 'Narration')}
<tr><td colspan="2"><a href="/" target="_top">Demo index</a></td></tr></table>`,
    { bodyAttrs: 'class="menu-frame"' },
  );
}

export function frameset(): string {
  return `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN">
<html><head><title>TRACS - Oregon DHS (DEMO, synthetic data)</title></head>
<frameset cols="170,*">
<frame name="menu" src="/tracs/menu" title="TRACS menu">
<frame name="main" src="/tracs/screen?GOTO=SELC" title="TRACS screen">
</frameset></html>`;
}
