/**
 * Alaska EIS-like terminal screens for a web terminal emulator: one <span> per cell in 24 row
 * elements, input fields at their positions. Enter and PF keys repaint the screen in place
 * (no page load), as browser-based 3270 emulators do.
 */
import type { AlaskaCase } from '../../data/types';
import { esc, page } from '../html';
import { mmddyy } from '../screen3270';

export interface TermField {
  row: number;
  col: number;
  len: number;
  name: string;
  value: string;
  label: string;
}

export interface TermScreen {
  rows: string[];
  fields: TermField[];
}

class TermBuilder {
  rows = Array.from({ length: 24 }, () => ' '.repeat(80));
  fields: TermField[] = [];
  text(row: number, col: number, text: string): this {
    const line = this.rows[row - 1]!;
    this.rows[row - 1] = (line.slice(0, col - 1) + text.toUpperCase() + line.slice(col - 1 + text.length)).slice(0, 80);
    return this;
  }
  field(row: number, col: number, len: number, name: string, value: string, label: string): this {
    this.fields.push({ row, col, len, name, value: value.toUpperCase().slice(0, len), label });
    return this;
  }
  build(): TermScreen {
    return { rows: this.rows, fields: this.fields };
  }
}

function top(b: TermBuilder, title: string, tx: string, today: string): void {
  b.text(1, 1, 'EIS').text(1, 40 - Math.floor(title.length / 2), title).text(1, 68, tx).text(1, 73, `${today.slice(5, 7)}/${today.slice(8, 10)}/${today.slice(2, 4)}`);
}

function bottom(b: TermBuilder, message: string): void {
  b.text(22, 1, 'NEXT TX:').field(22, 10, 4, 'tx', '', 'Next transaction').text(22, 16, 'CASE:').field(22, 22, 7, 'case', '', 'Case number');
  if (message) b.text(23, 1, message);
  b.text(24, 1, 'ENTER=GO  PF3=SIGN OFF  PF7=REFR  PF8=STAT');
}

export function eisInquiry(today: string, message = ''): TermScreen {
  const b = new TermBuilder();
  top(b, 'CASE INQUIRY', 'INQ', today);
  b.text(6, 10, 'ENTER A TRANSACTION AND A CASE NUMBER, THEN PRESS ENTER');
  b.text(8, 10, 'REFR  DPAWS REFERRAL');
  b.text(9, 10, 'STAT  TA CASE STATUS');
  b.text(10, 10, 'NOTC  NOTICE HISTORY');
  bottom(b, message);
  return b.build();
}

export function eisReferral(c: AlaskaCase, today: string): TermScreen {
  const b = new TermBuilder();
  top(b, 'DPAWS REFERRAL', 'REFR', today);
  b.text(3, 1, `CASE NUMBER: ${c.caseNo}`).text(3, 30, `CLIENT: ${c.client.last}, ${c.client.first}`.slice(0, 40));
  b.text(4, 1, `DOB: ${mmddyy(c.client.dob)}`);
  b.text(6, 1, `REFERRAL DATE: ${mmddyy(c.referral.date)}`).text(6, 30, `TRACK: ${c.track}`);
  b.text(7, 1, `CASE MANAGER: ${c.caseManager}`);
  b.text(8, 1, `CM CHANGE DATE: ${mmddyy(c.referral.cmChangeDate)}`).text(8, 30, `TRACK CHANGE DATE: ${mmddyy(c.referral.trackChangeDate)}`);
  b.text(10, 1, `EA DATE: ${mmddyy(c.eaDate)}`).text(10, 30, `EPI DATE: ${mmddyy(c.epiDate)}`);
  bottom(b, '');
  return b.build();
}

export function eisStatus(c: AlaskaCase, today: string): TermScreen {
  const b = new TermBuilder();
  top(b, 'TA CASE STATUS', 'STAT', today);
  b.text(3, 1, `CASE NUMBER: ${c.caseNo}`);
  b.text(5, 1, `TA STATUS: ${c.taClosure ? 'CLOSED' : 'OPEN'}`);
  b.text(6, 1, `CLOSURE DATE: ${mmddyy(c.taClosure?.date)}`).text(6, 30, `CLOSED WITH WORK: ${c.taClosure?.withWork ?? ' '}`);
  bottom(b, '');
  return b.build();
}

/** Notices generated for the case, newest first, with their free-form text (003 §2: J016 with an EA appointment time). */
export function eisNotices(c: AlaskaCase, today: string): TermScreen {
  const b = new TermBuilder();
  top(b, 'NOTICE HISTORY', 'NOTC', today);
  b.text(3, 1, `CASE NUMBER: ${c.caseNo}`).text(3, 30, `CLIENT: ${c.client.last}, ${c.client.first}`.slice(0, 40));
  b.text(5, 1, 'DATE    CODE  FREE-FORM TEXT');
  [...(c.notices ?? [])]
    .sort((x, y) => y.date.localeCompare(x.date))
    .slice(0, 12)
    .forEach((n, i) => b.text(6 + i, 1, mmddyy(n.date)).text(6 + i, 9, n.code.slice(0, 5)).text(6 + i, 15, n.text.slice(0, 66)));
  bottom(b, '');
  return b.build();
}

/** Server-side first paint; the emulator script repaints from then on. */
export function renderTermRows(screen: TermScreen): string {
  return screen.rows
    .map((line, r) => {
      let html = '';
      for (let c = 1; c <= 80; c++) {
        const f = screen.fields.find((x) => x.row === r + 1 && x.col === c);
        if (f) {
          html += `<input class="tf" name="${esc(f.name)}" value="${esc(f.value)}" size="${f.len}" maxlength="${f.len}" style="width:${f.len}ch" aria-label="${esc(f.label)}">`;
          c += f.len - 1;
        } else html += `<span>${esc(line[c - 1] === ' ' ? '\u00a0' : line[c - 1])}</span>`;
      }
      return `<div class="trow">${html}</div>`;
    })
    .join('');
}

export function eisPage(screen: TermScreen): string {
  return page(
    'EIS - Alaska DPA (DEMO, synthetic data)',
    `<div class="emulator" role="application" aria-label="EIS terminal session">
<div class="term" id="term">${renderTermRows(screen)}</div>
<div class="keys"><button type="button" data-key="ENTER">Enter</button> <button type="button" data-key="PF3">PF3</button> <button type="button" data-key="PF7">PF7</button> <button type="button" data-key="PF8">PF8</button></div>
<p class="status" id="termStatus" aria-live="polite">CONNECTED</p></div>
<script src="/static/eis-terminal.js"></script>`,
    { bodyAttrs: 'class="term-body"' },
  );
}
