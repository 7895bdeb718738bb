/**
 * Lint rules about the finished text rather than the template: does it fit the legacy field,
 * and does it carry client identifiers or medical information it should not.
 */
import type { CaseFacts } from '../facts/case-facts';
import type { Citation } from '../policy/citation';
import { findPii } from '../privacy/pii';
import { MEDICAL_RELEASE_CITATION, PRIVACY_CITATION } from './lint-citations';
import { DEFAULT_MEDICAL_TERMS, findTerms } from './medical-terms';
import type { RenderResult } from './render';
import type { NarrationTemplate } from './template-schema';
import { charLength, fitText, type FitTarget } from './wrap';

export type LintRule =
  | 'required-field' | 'invalid-value' | 'missing-heading' | 'missing-element' | 'check'
  | 'title-vague' | 'title-short' | 'tcm-service-not-named'
  | 'line-too-wide' | 'not-upper-case' | 'character-replaced' | 'character-not-allowed' | 'too-many-lines'
  | 'ssn' | 'birth-date' | 'medical-no-release';

export interface LintIssue {
  /** Unique within one lint result (rule plus what it is about), e.g. "required-field:amount". */
  id: string;
  rule: LintRule;
  severity: 'error' | 'warning';
  message: string;
  citation: Citation;
  /** Which text the position refers to; positions index the text or title passed to the lint. */
  in?: 'text' | 'title';
  start?: number;
  end?: number;
  field?: string;
  /** Fitting the text to the target (fitText, done on insert) fixes this. */
  autoFix?: 'wrap';
  /** Inserting now would write a broken or forbidden note (see blocksInsert). */
  blocks: boolean;
}

export interface LintTarget {
  narrationTarget: FitTarget;
  /** The screen profile's citation (where the layout comes from). */
  citation: Citation;
  /** What to call it in messages, e.g. "TRACS narration (NARR)". */
  name: string;
}

/** Width, case, characters and line count against the legacy field. */
export function fitIssues(text: string, target: LintTarget): LintIssue[] {
  const t = target.narrationTarget;
  const out: LintIssue[] = [];
  const base = { citation: target.citation, in: 'text' as const };
  const fit = fitText(text, t);

  let offset = 0;
  const wide: Array<{ start: number; end: number }> = [];
  for (const line of text.split('\n')) {
    if (charLength(line.replace(/\s+$/, '')) > t.lineWidth) wide.push({ start: offset, end: offset + line.length });
    offset += line.length + 1;
  }
  if (wide.length) {
    out.push({
      ...base, ...wide[0]!, id: 'line-too-wide', rule: 'line-too-wide', severity: 'error', autoFix: 'wrap', blocks: false,
      message: `${wide.length} line${wide.length > 1 ? 's are' : ' is'} longer than the ${t.lineWidth} characters ${target.name} takes. Auto-wrap will fix this.`,
    });
  }
  const lower = t.upperCase ? /\p{Ll}/u.exec(text) : null;
  if (lower) {
    out.push({
      ...base, id: 'not-upper-case', rule: 'not-upper-case', severity: 'error', autoFix: 'wrap', blocks: false,
      start: lower.index, end: lower.index + lower[0].length,
      message: `${target.name} takes upper case only. Auto-wrap will upper-case the text.`,
    });
  }
  const firstOf = <T extends { index: number }>(list: T[], key: (x: T) => string) => {
    const seen = new Map<string, { first: T; count: number }>();
    for (const x of list) {
      const s = seen.get(key(x));
      if (s) s.count++;
      else seen.set(key(x), { first: x, count: 1 });
    }
    return [...seen.values()];
  };
  for (const { first, count } of firstOf(fit.replaced, (r) => r.from)) {
    out.push({
      ...base, id: `character-replaced:${first.from}`, rule: 'character-replaced', severity: 'error', autoFix: 'wrap', blocks: false,
      start: first.index, end: first.index + first.from.length,
      message: `${target.name} does not accept "${first.from}"${count > 1 ? ` (${count} times)` : ''}. Auto-wrap will write "${first.to}" instead.`,
    });
  }
  for (const { first, count } of firstOf(fit.badChars, (b) => b.char)) {
    const code = first.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    out.push({
      ...base, id: `character-not-allowed:${first.char}`, rule: 'character-not-allowed', severity: 'error', blocks: true,
      start: first.index, end: first.index + first.char.length,
      message: `${target.name} does not accept "${first.char}" (U+${code})${count > 1 ? `, used ${count} times` : ''}. Remove or replace it.`,
    });
  }
  if (fit.overflow) {
    const extra = fit.overflow.lines - fit.overflow.limit;
    out.push({
      ...base, id: 'too-many-lines', rule: 'too-many-lines', severity: 'error', blocks: true,
      start: fit.overflow.start, end: text.length,
      message: `The note needs ${fit.overflow.lines} lines; ${target.name} has ${fit.overflow.limit}. Shorten it by about ${extra} line${extra > 1 ? 's' : ''} or split it into two notes. Nothing was cut.`,
    });
  }
  return out;
}

/** Release on file for medical information: releases.medical, else (Oregon) the TRACS case plan release. */
export function medicalReleaseOnFile(facts: CaseFacts | undefined): boolean | undefined {
  if (!facts) return undefined;
  if (facts.releases?.medical !== undefined) return facts.releases.medical;
  if (facts.jurisdiction === 'OR' && facts.casePlan?.releaseOnFile !== undefined) return facts.casePlan.releaseOnFile;
  return undefined;
}

/** [start, end) ranges of the template's own literal text inside `text` (any case, any line breaks). */
function fixedRanges(text: string, fixed: readonly string[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const f of fixed) {
    const re = new RegExp(f.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gi');
    for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** SSNs and birth dates the template does not call for; medical words without a release. */
export function privacyIssues(
  parts: Array<{ in: 'text' | 'title'; text: string }>,
  template: NarrationTemplate,
  rendered: RenderResult,
  facts: CaseFacts | undefined,
  medicalTerms: readonly string[] = DEFAULT_MEDICAL_TERMS,
): LintIssue[] {
  const out: LintIssue[] = [];
  const j = template.jurisdiction;
  const people = {
    names: (facts?.household ?? []).flatMap((m) => [m.firstName, m.lastName]).filter((n): n is string => !!n),
    birthDates: (facts?.household ?? []).flatMap((m) => (m.dob ? [m.dob] : [])),
  };
  const release = medicalReleaseOnFile(facts);
  for (const part of parts) {
    for (const hit of findPii(part.text, people)) {
      if (hit.kind === 'name' || template.allows.includes(hit.kind)) continue; // notes are about the household
      const ssn = hit.kind === 'ssn';
      out.push({
        id: `${hit.kind}:${part.in}:${hit.start}`, rule: ssn ? 'ssn' : 'birth-date', severity: ssn ? 'error' : 'warning', blocks: ssn,
        citation: PRIVACY_CITATION[j], in: part.in, start: hit.start, end: hit.end,
        message: ssn
          ? 'This looks like a Social Security number. Take it out: this note does not call for one.'
          : 'This looks like a birth date. Take it out unless the note needs it.',
      });
    }
    if (template.allows.includes('medical') || release === true) continue;
    const ranges = fixedRanges(part.text, rendered.fixed);
    const seen = new Set<string>();
    for (const hit of findTerms(part.text, medicalTerms)) {
      if (ranges.some(([s, e]) => hit.start >= s && hit.end <= e)) continue; // the template's own words
      const term = hit.term.toLowerCase().replace(/\s+/g, ' ');
      if (seen.has(term)) continue;
      seen.add(term);
      out.push({
        id: `medical-no-release:${part.in}:${term}`, rule: 'medical-no-release', severity: release === false ? 'error' : 'warning', blocks: false,
        citation: MEDICAL_RELEASE_CITATION[j], in: part.in, start: hit.start, end: hit.end,
        message: release === false
          ? `"${hit.term}" is medical information and the case shows no medical release on file. Get a signed release first or leave it out.`
          : `"${hit.term}" looks like medical information. Check that a signed medical release is on file and documented before recording it.`,
      });
    }
  }
  return out;
}
