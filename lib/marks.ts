/** Which findings can be marked on this screen, and beside which field. */
import type { MarkFinding } from './messages';
import type { Finding } from './rules/evaluate';
import type { ScreenRead } from './screen/read-screen';

export function marksFor(read: ScreenRead, findings: readonly Finding[]): MarkFinding[] {
  const out: MarkFinding[] = [];
  for (const f of findings) {
    if (!f.mark) continue;
    const field = read.fields.find((x) => x.fact === f.mark && x.status !== 'missing');
    if (!field) continue;
    out.push({
      ruleId: f.ruleId,
      severity: f.severity,
      title: f.title,
      explanation: f.explanation,
      citationText: f.citationText,
      fieldKey: field.key,
    });
  }
  return out;
}
