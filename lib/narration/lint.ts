/**
 * Live lint of a narration: what the worker still has to fill, what the policy wants in the
 * note, and whether the text fits the legacy screen and keeps the client's privacy. Runs on the
 * rendered text, or on the text after the worker edited it (pass `text`/`title`).
 *
 * Severity says what the policy says (error: must, warning: should or might). `blocks` is a
 * separate, narrower question: would inserting now write a broken or forbidden note (a "[Label]"
 * hole, an unreadable value, text the screen cannot take, an SSN, a required value such as a
 * supportive-service amount missing). Errors auto-wrap fixes never block.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { Settings, TcmService } from '../config/settings-schema';
import type { ScreenProfile } from '../screen/profile-schema';
import { CLNO_HEADINGS_CITATION, CLNO_TITLE_CITATION, TCM_NARRATION_CITATION } from './lint-citations';
import { fitIssues, privacyIssues, type LintIssue, type LintTarget } from './lint-text';
import type { RenderResult } from './render';
import { TARGET_PROFILE_IDS, type NarrationTemplate } from './template-schema';
import { holds } from './values';
import { statesServiceProvided } from './service-statement';

export type { LintIssue, LintRule, LintTarget } from './lint-text';
export { medicalReleaseOnFile } from './lint-text';

export interface LintContext {
  settings: Pick<Settings, 'vagueClnoTitles' | 'tcmServices'>;
  /** The field the note goes into; without it the fit checks are skipped. */
  target?: LintTarget;
  /** Replaces DEFAULT_MEDICAL_TERMS. */
  medicalTerms?: readonly string[];
}

/** Whether any issue stops the insert button. */
export function blocksInsert(issues: readonly LintIssue[]): boolean {
  return issues.some((i) => i.blocks);
}

/** The narration target of the screen a template writes to, from the profiles in force. */
export function targetFor(template: NarrationTemplate, profiles: readonly ScreenProfile[]): LintTarget | undefined {
  const id = TARGET_PROFILE_IDS[template.target.kind];
  const p = profiles.find((x) => x.id === id && x.narrationTarget);
  return p?.narrationTarget ? { narrationTarget: p.narrationTarget, citation: p.citation, name: p.title } : undefined;
}

/** TCM-eligible services a text says were provided (by their keywords in settings.tcmServices), as 000 step 1.b asks. */
export function tcmServicesNamed(text: string, services: readonly TcmService[]): TcmService[] {
  return services.filter((s) => statesServiceProvided(text, s.keywords).provided);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/** Words that say nothing about what a note is about. */
const FILLER = new Set(['a', 'an', 'the', 'with', 'to', 'for', 'on', 're', 'regarding', 'about', 'of', 'and', 'client', 'cm', 'today', 'call', 'called', 'general', 'info', 'information', 'notes', 'other']);

export function titleIssues(title: string, vagueTitles: readonly string[]): LintIssue[] {
  const words = (title.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase());
  const phrase = words.join(' ');
  const vague = vagueTitles.map((v) => (v.match(/\p{L}+/gu) ?? []).join(' ').toLowerCase());
  const generic = new Set([...FILLER, ...vague.flatMap((v) => v.split(' '))]);
  const base = { citation: CLNO_TITLE_CITATION, in: 'title' as const, start: 0, end: title.length, blocks: false };
  if (!words.length || vague.includes(phrase) || words.every((w) => generic.has(w))) {
    return [{ ...base, id: 'title-vague', rule: 'title-vague', severity: 'error', message: `"${title.trim() || '(empty)'}" is too vague for a CLNO title. Say what the note is about, e.g. "Contacted regarding childcare issue".` }];
  }
  if (words.length < 3) {
    return [{ ...base, id: 'title-short', rule: 'title-short', severity: 'warning', message: 'CLNO titles are to be very specific: use at least three words that say what the note is about.' }];
  }
  return [];
}

function firstSpan(rendered: RenderResult, key: string) {
  const s = rendered.spans.find((x) => x.key === key && x.in === 'text') ?? rendered.spans.find((x) => x.key === key);
  return s ? { in: s.in, start: s.start, end: s.end } : {};
}

export function lintNarration(
  template: NarrationTemplate,
  rendered: RenderResult,
  input: { facts?: CaseFacts; text?: string; title?: string },
  ctx: LintContext,
): LintIssue[] {
  const text = input.text ?? rendered.text;
  const title = input.title ?? rendered.title;
  const edited = input.text !== undefined && input.text !== rendered.text;
  const out: LintIssue[] = [];
  const fieldByKey = new Map(template.fields.map((f) => [f.key, f]));

  for (const m of rendered.missing) {
    out.push({
      id: `required-field:${m.key}`, rule: 'required-field', severity: 'error', blocks: true, field: m.key,
      citation: fieldByKey.get(m.key)?.citation ?? template.citation, ...(edited ? {} : firstSpan(rendered, m.key)),
      message: `${m.label} is required.`,
    });
  }
  for (const v of rendered.invalid) {
    out.push({
      id: `invalid-value:${v.key}`, rule: 'invalid-value', severity: 'error', blocks: true, field: v.key,
      citation: fieldByKey.get(v.key)?.citation ?? template.citation, message: `${v.message}.`,
    });
  }

  const headingCitation = template.target.kind === 'clno' ? CLNO_HEADINGS_CITATION : template.citation;
  for (const h of template.requiredHeadings) {
    if (new RegExp(`^[ \\t]*${escape(h).replace(/\s+/g, '\\s+')}[ \\t]*:`, 'im').test(text)) continue;
    out.push({ id: `missing-heading:${h}`, rule: 'missing-heading', severity: 'error', blocks: false, citation: headingCitation, message: `The heading "${h}:" is missing.` });
  }
  const squashed = squash(text);
  for (const e of template.requiredElements) {
    if (e.anyOf.some((w) => squashed.includes(squash(w)))) continue;
    out.push({ id: `missing-element:${e.id}`, rule: 'missing-element', severity: 'error', blocks: false, citation: template.citation, message: `The note must say ${e.label}.` });
  }
  for (const c of template.checks) {
    if (!holds(c.when, rendered.values)) continue;
    out.push({ id: `check:${c.id}`, rule: 'check', severity: c.severity, blocks: c.blocks, citation: c.citation ?? template.citation, message: c.message });
  }

  for (const f of template.fields.filter((x) => x.optionsFrom === 'tcmServices')) {
    const chosen = ctx.settings.tcmServices.find((s) => s.id === rendered.values[f.key]?.value);
    const statement = chosen ? statesServiceProvided(text, chosen.keywords) : undefined;
    if (chosen && !statement!.provided) {
      const why = statement!.negated
        ? `It names ${chosen.label.toLowerCase()} but says it was not provided ("${statement!.negated}"), so it does not count as TCM narration. `
        : '';
      out.push({
        id: `tcm-service-not-named:${chosen.id}`, rule: 'tcm-service-not-named', severity: 'error', blocks: false, citation: TCM_NARRATION_CITATION,
        message: `${why}The narration must say which TCM-eligible service was provided (${chosen.label}), e.g. "${chosen.narration}"`,
      });
    }
  }

  if (template.target.kind === 'clno' && title !== undefined) out.push(...titleIssues(title, ctx.settings.vagueClnoTitles));
  if (ctx.target) out.push(...fitIssues(text, ctx.target));
  const parts = [{ in: 'text' as const, text }, ...(title !== undefined ? [{ in: 'title' as const, text: title }] : [])];
  out.push(...privacyIssues(parts, template, rendered, input.facts, ctx.medicalTerms));
  return out;
}
