/**
 * Alaska DPAWS facts beyond CLNOs and contacts (003): supportive services that need a
 * supervisor's approval, last month's work-activity entry, the month a childcare request is for.
 */
import type { CaseFacts } from '../../facts/case-facts';
import { addBusinessDays } from '../../dates/business-days';
import { addDays, addMonths, monthKey, monthStart } from '../../dates/date-math';
import { formatUs, isIsoDate } from '../../dates/iso-date';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { clnoIsKind } from './classify';

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/**
 * `supportiveServices.needingApproval` {over, approvalKind, daysBefore, businessDaysAfter}:
 * services over the limit (strictly: "over $1500") with neither the approval flag on the
 * screen nor a supervisor-approval CLNO from `daysBefore` days before the service to
 * `businessDaysAfter` business days after it. Unknown when an amount, or the evidence that
 * would settle a service, is not on any screen seen.
 */
export function supportiveNeedingApproval(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const over = num(params.over);
  const kindId = typeof params.approvalKind === 'string' ? params.approvalKind : undefined;
  if (over === undefined || !kindId) return unknown('supportiveServices.needingApproval: params.over, params.approvalKind');
  const kind = ctx.settings.clnoKinds.find((k) => k.id === kindId);
  if (!kind) return unknown(`settings.clnoKinds: ${kindId}`);
  if (!facts.supportiveServices) return unknown('supportiveServices');
  const missing = new Set<string>();
  const out: Array<{ date: string; label: string }> = [];
  for (const s of facts.supportiveServices) {
    if (s.amount === undefined) {
      missing.add('supportiveServices[].amount');
      continue;
    }
    if (s.amount <= over || s.supervisorApproval === true) continue;
    if (!facts.clnos) {
      missing.add('clnos');
      continue;
    }
    const from = addDays(s.date, -(num(params.daysBefore) ?? 30));
    const to = addBusinessDays(ctx.calendar, s.date, num(params.businessDaysAfter) ?? 1);
    if (facts.clnos.some((c) => c.date >= from && c.date <= to && clnoIsKind(c, kind))) continue;
    out.push({ date: s.date, label: `${s.kind ?? 'service'} of $${s.amount.toFixed(2)} on ${formatUs(s.date)}` });
  }
  if (out.length === 0 && missing.size) return unknown(...missing);
  return known(out, out.length ? out.map((s) => s.label).join('; ') : 'none');
}

/**
 * `workActivity.enteredFor` {monthsBeforeAnchor}: the date the work activity of the month
 * before the duty's month was entered (003 §16: by the 20th "for the prior month's hours").
 * Empty when that month's row or its entry date is not on the screen.
 */
export function workActivityEnteredFor(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  if (!facts.workActivity) return unknown('workActivity');
  const anchor = isIsoDate(params.anchor) ? params.anchor : monthStart(ctx.asOf);
  const month = monthKey(addMonths(monthStart(anchor), -(num(params.monthsBeforeAnchor) ?? 1)));
  const row = facts.workActivity.find((w) => w.month === month);
  return row?.enteredDate ? known([row.enteredDate], `${month} hours entered ${formatUs(row.enteredDate)}`) : known([], `${month}: not entered`);
}

/** `childcare.forMonthStart`: the first day of the month a childcare request is for. */
export function childcareForMonthStart(facts: CaseFacts): FactResult {
  const m = facts.childcare?.forMonth;
  return m ? known(`${m}-01`) : unknown('childcare.forMonth');
}
