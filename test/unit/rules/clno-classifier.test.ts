/**
 * The CLNO and narration classifiers (Settings.clnoKinds, contactMethods, narrationKinds): the
 * demo's standard titles and realistic variants are recognised, look-alikes are not, and an
 * agency's own patterns are validated and applied.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, SettingsSchema } from '../../../lib/config/settings-schema';
import { clnoKindsOf, contactMethodsIn, narrationKindsOf } from '../../../lib/rules/facts/classify';

const kinds = (title: string, body?: string) => clnoKindsOf({ date: '2026-11-02', title, body }, DEFAULT_SETTINGS.clnoKinds);

describe('default CLNO kinds', () => {
  it.each([
    ['EA CLNO', undefined, ['ea']],
    ['Monthly contact - FSSP reviewed', 'Met client; reviewed FSSP steps.', ['contact', 'monthly-contact-fssp-review']],
    ['Work verification - 2026-10 hours', 'Hours verified and entered.', ['work-verification']],
    ['Initial contact by phone regarding referral', 'Called client, scheduled EA.', ['contact', 'initial-contact']],
    ['FSSP mailed for signature', 'Mailed FSSP to client.', ['fssp-mailed']],
    ['Contacted regarding childcare issue', undefined, ['contact', 'childcare']],
  ])('the demo title %j is %j', (title, body, expected) => {
    expect(kinds(title, body)).toEqual(expected);
  });

  it.each([
    ['ea', 'Employability Assessment completed'],
    ['ea', 'EA - discrepancies explained'],
    ['monthly-contact-fssp-review', 'IFSSP reviewed with client'],
    ['monthly-contact-fssp-review', 'Review of FSSP - home visit'],
    ['work-verification', 'Verification of work hours for October'],
    ['initial-contact', 'Initial engagement - phone'],
    ['j016-notice', 'J016 sent'],
    ['contact-attempt', 'Phone call - no answer'],
    ['contact-attempt', 'Home visit - client not home'],
    ['contact-attempt', 'No-show for FSSP appointment'],
    ['exit-summary', 'Exit Summary - closed with work'],
    ['penalty', 'Sanction request - failure to participate'],
    ['good-cause', 'Good cause determination'],
    ['exemption', 'Exemption start - medical'],
    ['alexsys', 'ALEXsys registration completed'],
    ['resume', 'Résumé completed'],
    ['resume', 'Resume - reviewed with client'],
    ['application', 'General application completed'],
    ['budget', 'Budget completed'],
    ['family-network', 'Family Network completed'],
    ['family-support-team', 'Family Support Team identified'],
    ['weekly-calendar', 'Weekly Calendar of Routines'],
    ['track-review', 'Monthly track review'],
    ['supportive-services', 'Supportive services - gas card'],
    ['supervisor-approval', 'Supervisor approval - vehicle repair'],
    ['post-ta', 'Post-TA contact - job retention'],
    ['roi', 'ROI signed - probation officer'],
    ['roi', 'HIPAA release signed for Northstar Clinic'],
    ['roi', 'Release of information - MH provider'],
  ])('recognises %s in %j', (kind, title) => {
    expect(kinds(title)).toContain(kind);
  });

  it.each([
    ['ea', 'EA appointment scheduled'],
    ['ea', 'EA no-show'],
    ['resume', 'Client to resume job search'],
    ['supervisor-approval', 'Supervisor approval requested'],
    ['roi', 'ROI requested from clinic'],
    ['roi', 'Release of information not signed - client declined'],
    ['roi', 'HIPAA release mailed for signature'],
    ['monthly-contact-fssp-review', 'Monthly contact'],
    ['contact', 'Exit summary'],
    ['fssp-due-back', 'FSSP mailed for signature'],
  ])('does not take %j for %j', (kind, title) => {
    expect(kinds(title)).not.toContain(kind);
  });

  it('reads a due-back date from the body in the common written forms', () => {
    for (const body of ['Due back 12/04.', 'Return by Dec 4', 'due by 12/4/2026', 'Due back on 2026-12-04']) {
      expect(kinds('FSSP mailed for signature', body)).toContain('fssp-due-back');
    }
    expect(kinds('FSSP mailed for signature', 'Due back soon.')).not.toContain('fssp-due-back');
  });

  it('reads supervisor approval from the body, even after initials', () => {
    expect(kinds('Supportive services - vehicle repair', 'Supervisor J. Smith approved the repair.')).toContain('supervisor-approval');
  });
});

describe('contact methods', () => {
  it.each([
    ['Attempted contact by phone - no answer', ['phone']],
    ['Letter mailed to client', ['letter']],
    ['Home visit - client not home', ['home-visit']],
    ['J016 notice sent', ['notice']],
    ['Emailed client about FSSP', ['email']],
    ['Met client; reviewed FSSP steps.', ['in-person']],
    ['Called client and mailed a letter', ['phone', 'letter']],
  ])('%j is by %j', (text, methods) => {
    expect(contactMethodsIn(text, DEFAULT_SETTINGS.contactMethods)).toEqual(methods);
  });
});

describe('default narration kinds', () => {
  const of = (text: string) => narrationKindsOf({ date: '2026-11-02', text }, DEFAULT_SETTINGS.narrationKinds);

  it('recognises retention check-ins and the unsigned-plan narration', () => {
    expect(of('RETENTION CHECK-IN BY PHONE. PARTICIPANT WORKING 32 HRS/WK.')).toEqual(['retention-check-in']);
    expect(of('CLIENT DECLINED TO SIGN THE PLAN BECAUSE SHE DISAGREES WITH THE HOURS. PLAN EXPLAINED.')).toEqual(['plan-unsigned-reason', 'plan-explained']);
    expect(of('PLAN NOT SIGNED; CLIENT SAID SHE NEEDS TO CHECK HER CHILDCARE. WENT OVER THE PLAN WITH HER.')).toEqual(['plan-unsigned-reason', 'plan-explained']);
  });

  it('does not take a plain plan narration for an explanation of an unsigned plan', () => {
    expect(of('TANF FAMILY COACH DEVELOPED CASE PLAN WITH PARTICIPANT.')).toEqual([]);
  });
});

describe('classifier settings', () => {
  it('reject a pattern that is not a regular expression', () => {
    const bad = SettingsSchema.safeParse({ clnoKinds: [{ id: 'x', label: 'X', titlePatterns: ['(unclosed'] }] });
    expect(bad.success).toBe(false);
    expect(SettingsSchema.safeParse({ narrationKinds: [{ id: 'x', label: 'X', patterns: ['[a-'] }] }).success).toBe(false);
  });

  it('default to the built-in kinds and accept an agency\'s own', () => {
    expect(SettingsSchema.parse({}).clnoKinds.map((k) => k.id)).toContain('monthly-contact-fssp-review');
    const own = SettingsSchema.parse({ clnoKinds: [{ id: 'ea', label: 'EA', titlePatterns: ['^ASSESSMENT NOTE'] }] });
    expect(clnoKindsOf({ date: '2026-11-02', title: 'Assessment note - EA' }, own.clnoKinds)).toEqual(['ea']);
    expect(clnoKindsOf({ date: '2026-11-02', title: 'EA CLNO' }, own.clnoKinds)).toEqual([]);
  });
});
