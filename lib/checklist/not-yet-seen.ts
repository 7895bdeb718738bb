/**
 * "Not enough seen yet": the rules CaseLens could not judge, grouped by the screen to open to
 * judge them ("Open TRACS CSUM to check: Case management flag must be Y..."). Missing facts no
 * known screen shows are listed apart: a worker can only look in the case file for those.
 */
import type { Unjudged } from '../rules/evaluate';
import type { ScreenProfile } from '../screen/profile-schema';
import { screensShowing } from './where-to-look';

export interface ScreenToOpen {
  /** "TRACS CSUM". */
  screen: string;
  /** "TRACS case summary (CSUM)". */
  title: string;
  rules: Array<{ ruleId: string; title: string }>;
  facts: string[];
}

export interface NotYetSeen {
  screens: ScreenToOpen[];
  /** Rules whose missing facts no screen profile reads. */
  elsewhere: Array<{ ruleId: string; title: string; facts: string[] }>;
}

export function notYetSeen(unjudged: readonly Unjudged[], profiles: readonly ScreenProfile[], jurisdiction: string | undefined): NotYetSeen {
  const screens = new Map<string, ScreenToOpen>();
  const elsewhere: NotYetSeen['elsewhere'] = [];
  for (const u of unjudged) {
    let placed = false;
    for (const fact of u.missing) {
      for (const screen of screensShowing(fact, profiles, jurisdiction)) {
        const profile = profiles.find((p) => `${p.system} ${p.screen}` === screen);
        const entry = screens.get(screen) ?? { screen, title: profile?.title ?? screen, rules: [], facts: [] };
        if (!entry.rules.some((r) => r.ruleId === u.ruleId)) entry.rules.push({ ruleId: u.ruleId, title: u.title });
        if (!entry.facts.includes(fact)) entry.facts.push(fact);
        screens.set(screen, entry);
        placed = true;
      }
    }
    if (!placed) elsewhere.push({ ruleId: u.ruleId, title: u.title, facts: u.missing });
  }
  // The screen that settles the most rules first.
  return { screens: [...screens.values()].sort((a, b) => b.rules.length - a.rules.length || a.screen.localeCompare(b.screen)), elsewhere };
}
