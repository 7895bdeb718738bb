/**
 * Client contacts (003 All staff §2-3): from the contact list a screen shows (facts.contacts)
 * and from CLNOs, since "all attempts to contact must be documented in Client Notes". A CLNO
 * is a contact when one of its kinds says so (Settings.clnoKinds[].contact); it failed when one
 * of its kinds is an attempt; its methods come from its words (Settings.contactMethods).
 */
import type { CaseFacts } from '../../facts/case-facts';
import { monthEnd, monthStart } from '../../dates/date-math';
import { formatUs, isIsoDate } from '../../dates/iso-date';
import { known, unknown, type EvalContext, type FactResult } from '../context';
import { getFact } from '../fact-access';
import { clnoKindsOf, contactMethodsIn } from './classify';

export interface ContactRecord {
  date: string;
  methods: string[];
  /** The client was reached (false: an attempt that failed). */
  successful: boolean;
  fsspReviewed: boolean;
  /** CLNO kinds, for rules that accept e.g. a J016 notice. */
  kinds: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Every contact or attempt the screens show, one record per attempt; undefined when neither list was seen. */
export function contactRecords(facts: CaseFacts, ctx: EvalContext, fsspReviewKind?: string): ContactRecord[] | undefined {
  if (!facts.contacts && !facts.clnos) return undefined;
  const records: ContactRecord[] = [];
  for (const c of facts.contacts ?? []) {
    // A row of the contact list without an outcome is a contact made (lists of attempts say so).
    records.push({ date: c.date, methods: c.method ? [c.method] : [], successful: c.successful !== false, fsspReviewed: c.fsspReviewed === true, kinds: [] });
  }
  for (const n of facts.clnos ?? []) {
    const ids = clnoKindsOf(n, ctx.settings.clnoKinds);
    const kinds = ctx.settings.clnoKinds.filter((k) => ids.includes(k.id));
    if (!kinds.some((k) => k.contact)) continue;
    const record: ContactRecord = {
      date: n.date,
      methods: contactMethodsIn(`${n.title} ${n.body ?? ''}`, ctx.settings.contactMethods),
      successful: !kinds.some((k) => k.contact === 'attempt'),
      fsspReviewed: fsspReviewKind !== undefined && ids.includes(fsspReviewKind),
      kinds: ids,
    };
    // The same contact on the contact list and in its CLNO is one attempt, not two.
    const twin = records.find(
      (r) => r.date === record.date && (r.methods.length === 0 || record.methods.length === 0 || r.methods.some((m) => record.methods.includes(m))),
    );
    if (twin) {
      twin.successful ||= record.successful;
      twin.fsspReviewed ||= record.fsspReviewed;
      twin.methods = [...new Set([...twin.methods, ...record.methods])];
      twin.kinds = [...new Set([...twin.kinds, ...record.kinds])];
    } else records.push(record);
  }
  return records.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * `contacts.dates` {successful?, fsspReviewKind?, orKinds?, orMethods?, alsoFacts?}: dates of
 * contacts that reached the client (and reviewed the FSSP, when fsspReviewKind is given), or
 * of CLNOs of `orKinds` / contacts by `orMethods` (the J016 notice sent when a client cannot
 * be reached), plus the dates of `alsoFacts` (an FSSP developed with the client).
 */
export function contactDates(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const fsspKind = typeof params.fsspReviewKind === 'string' ? params.fsspReviewKind : undefined;
  if (fsspKind && !ctx.settings.clnoKinds.some((k) => k.id === fsspKind)) return unknown(`settings.clnoKinds: ${fsspKind}`);
  const records = contactRecords(facts, ctx, fsspKind);
  if (!records) return unknown('clnos');
  const orKinds = strings(params.orKinds);
  const orMethods = strings(params.orMethods);
  const dates = records
    .filter(
      (r) =>
        ((params.successful !== true || r.successful) && (!fsspKind || r.fsspReviewed)) ||
        r.kinds.some((k) => orKinds.includes(k)) ||
        r.methods.some((m) => orMethods.includes(m)),
    )
    .map((r) => r.date);
  for (const name of strings(params.alsoFacts)) {
    const f = getFact(facts, name, undefined, ctx);
    if (f.known && isIsoDate(f.value)) dates.push(f.value);
  }
  const sorted = [...new Set(dates)].sort();
  return known(sorted, sorted.length ? sorted.map(formatUs).join(', ') : 'none');
}

/**
 * `contacts.outreach` {minAttempts, minMethods}: for a client not engaged in the period, the
 * date the outreach duty was met (003 §3: "attempting to contact the client twice per month
 * (as a minimum) using multiple methods"). A client reached in the period is engaged, so the
 * first successful contact meets it too. Unknown when enough attempts exist but their methods
 * cannot be read from the notes.
 */
export function contactOutreach(facts: CaseFacts, params: Record<string, unknown>, ctx: EvalContext): FactResult {
  const records = contactRecords(facts, ctx);
  if (!records) return unknown('clnos');
  const from = isIsoDate(params.anchor) ? params.anchor : monthStart(ctx.asOf);
  const end = isIsoDate(params.periodEnd) ? params.periodEnd : monthEnd(from);
  const minAttempts = typeof params.minAttempts === 'number' ? params.minAttempts : 2;
  const minMethods = typeof params.minMethods === 'number' ? params.minMethods : 2;
  let attempts = 0;
  let unreadable = false;
  const methods = new Set<string>();
  for (const r of records.filter((x) => x.date >= from && x.date <= end && x.date <= ctx.asOf)) {
    if (r.successful) return known([r.date], `client reached ${formatUs(r.date)}`);
    attempts++;
    if (!r.methods.length) unreadable = true;
    r.methods.forEach((m) => methods.add(m));
    if (attempts >= minAttempts && methods.size >= minMethods) {
      return known([r.date], `${attempts} attempts by ${[...methods].join(', ')} by ${formatUs(r.date)}`);
    }
  }
  if (attempts >= minAttempts && unreadable) return unknown('contact method in CLNO title or body');
  return known([], `${attempts} attempt(s) by ${methods.size ? [...methods].join(', ') : 'no recognised method'}`);
}
