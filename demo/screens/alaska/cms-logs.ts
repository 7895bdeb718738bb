/**
 * Alaska CMS tracking screens: penalty tracking (003 All staff §3, §11: request at the time the
 * situation occurs after determining good cause; end back to the intent to comply or compliance)
 * and the message log (003 §29: respond the same day or within one working day).
 */
import type { AlaskaCase } from '../../data/types';
import { esc } from '../html';
import { mmddyyyy } from '../screen3270';
import { id, shell } from './cms-screens';

const cell = (v: string | undefined) => `<td>${esc(v ?? '')}</td>`;

export function penaltyScreen(c: AlaskaCase): string {
  const rows = (c.penalties ?? [])
    .map(
      (p, i) =>
        `<tr id="${id(`pen${i}`)}">${[mmddyyyy(p.date), p.reason, p.goodCause ?? '', mmddyyyy(p.goodCauseDate), mmddyyyy(p.requested), mmddyyyy(p.intent), mmddyyyy(p.complied), mmddyyyy(p.ended)].map(cell).join('')}</tr>`,
    )
    .join('');
  const head = ['Non-compliance Date', 'Reason', 'Good Cause', 'Good Cause Date', 'Requested', 'Intent to Comply', 'Complied', 'Ended Back To'];
  return shell(
    'Penalties',
    `<h2>Penalty Tracking</h2><table class="grid" id="${id('penGrid')}"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows}</tbody></table>
<p class="hint">Good Cause: Y good cause found, N none found, blank not yet determined.</p>`,
  );
}

export function messageLogScreen(c: AlaskaCase): string {
  const rows = (c.messages ?? [])
    .map((m, i) => `<tr id="${id(`msg${i}`)}">${[mmddyyyy(m.date), m.from, m.channel, m.subject, mmddyyyy(m.responded)].map(cell).join('')}</tr>`)
    .join('');
  return shell(
    'Message Log',
    `<h2>Message Log</h2><table class="grid" id="${id('msgGrid')}"><thead><tr><th>Received</th><th>From</th><th>Channel</th><th>Subject</th><th>Responded</th></tr></thead><tbody>${rows}</tbody></table>`,
  );
}
