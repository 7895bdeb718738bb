/**
 * What the overlay marks beside the fields of this frame's screen: each finding about a field
 * it shows (saying so when the fix was typed but not saved yet), and, for a rule about a field
 * here that cannot be judged yet, a note naming the screen to open.
 */
import type { MarkFinding } from './messages';
import type { Evaluation } from './rules/evaluate';
import { describePending } from './rules/evidence';
import type { ScreenRead } from './screen/read-screen';
import type { ScreenProfile } from './screen/profile-schema';
import { screensShowing } from './checklist/where-to-look';

export function marksFor(read: ScreenRead, evaluation: Pick<Evaluation, 'findings' | 'unjudged'>, profiles: readonly ScreenProfile[] = []): MarkFinding[] {
  const out: MarkFinding[] = [];
  const fieldFor = (fact: string | undefined) => (fact ? read.fields.find((x) => x.fact === fact && x.status !== 'missing') : undefined);
  for (const f of evaluation.findings) {
    const field = fieldFor(f.mark);
    if (!field) continue;
    const pending = f.pending ? ` ${describePending(f.pending)}: save the screen to finish.` : '';
    out.push({ ruleId: f.ruleId, severity: f.severity, title: f.title, explanation: `${f.explanation}${pending}`, citationText: f.citationText, fieldKey: field.key });
  }
  for (const u of evaluation.unjudged) {
    // Only rules about a field this screen shows get a note here; the panel lists the rest.
    const field = fieldFor(u.mark);
    if (!field) continue;
    const screens = [...new Set(u.missing.flatMap((m) => screensShowing(m, profiles, read.jurisdiction)))];
    const open = screens.length ? `Open ${screens.join(' or ')} so CaseLens can check it.` : 'The screens CaseLens knows do not show what it needs; check the case file.';
    out.push({
      ruleId: u.ruleId,
      severity: 'info',
      title: `Not checked yet: ${u.title}`,
      explanation: `CaseLens has not seen ${u.missing.join(', ')} yet. ${open}`,
      citationText: '',
      fieldKey: field.key,
    });
  }
  return out;
}
