/**
 * From a screen read to case facts: values go to their fact paths, lists become arrays, and
 * the result is validated. A value the schema rejects is dropped from the facts and reported
 * as a problem; the rest of the screen still counts.
 */
import type { ReadProblem, ScreenRead } from '../screen/read-screen';
import { CaseFactsSchema, caseKeyOf, type CaseFacts, type Jurisdiction } from './case-facts';

export interface Observation {
  /** "OR:1000101"; undefined when the screen shows no case number (another frame may). */
  caseKey?: string;
  jurisdiction?: Jurisdiction;
  facts: Partial<CaseFacts>;
  /** Fact paths the screen shows blank: what was known before is no longer true. */
  cleared: string[];
  problems: ReadProblem[];
  /** Fact paths this screen showed and CaseLens read (or saw blank). */
  readable: string[];
  /** Fact paths this screen showed but CaseLens could not read. */
  unreadable: string[];
  screen: { profileId: string; screen: string; system: string; title: string };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

function deletePath(target: Record<string, unknown>, path: ReadonlyArray<PropertyKey>): void {
  let node: unknown = target;
  for (const part of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  if (node && typeof node === 'object') {
    const last = path.at(-1)!;
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete (node as Record<PropertyKey, unknown>)[last];
  }
}

const PartialFacts = CaseFactsSchema.partial();

export function observe(read: ScreenRead, context: { jurisdiction?: Jurisdiction } = {}): Observation {
  const facts: Record<string, unknown> = {};
  const cleared: string[] = [];
  const problems: ReadProblem[] = [...read.problems];
  const jurisdiction = read.jurisdiction === 'ANY' ? context.jurisdiction : read.jurisdiction;
  if (jurisdiction) facts.jurisdiction = jurisdiction;
  const labels = new Map<string, string>();
  const readable = new Set<string>();
  const unreadable = new Set<string>();

  for (const field of read.fields) {
    labels.set(field.fact, field.label);
    if (field.status === 'ok') setPath(facts, field.fact, field.value);
    else if (field.status === 'empty') cleared.push(field.fact);
    if (field.status === 'unreadable') unreadable.add(field.fact);
    else if (field.status !== 'missing') readable.add(field.fact);
  }
  for (const list of read.lists) {
    for (const cell of list.rows.flat()) {
      const path = cell.fact === '.' ? `${list.fact}[]` : `${list.fact}[].${cell.fact}`;
      if (cell.status === 'unreadable') unreadable.add(path);
    }
    for (const column of new Set(list.rows.flat().map((c) => c.fact))) {
      const path = column === '.' ? `${list.fact}[]` : `${list.fact}[].${column}`;
      if (!unreadable.has(path)) readable.add(path);
    }
    if (!list.found && list.rows.length === 0) {
      // An empty list on a recognised screen is a fact too: there are no rows.
      setPath(facts, list.fact, []);
      continue;
    }
    const plain = list.rows[0]?.[0]?.fact === '.';
    if (plain) {
      setPath(facts, list.fact, list.rows.map((cells) => cells[0]).filter((c) => c?.status === 'ok').map((c) => c!.value));
      continue;
    }
    const rows = list.rows.map((cells) => {
      const row: Record<string, unknown> = { ...list.constants };
      for (const cell of cells) if (cell.status === 'ok') setPath(row, cell.fact, cell.value);
      return row;
    });
    setPath(facts, list.fact, rows);
  }

  // Drop what the schema rejects, one issue at a time, and say so.
  for (let attempt = 0; attempt < 50; attempt++) {
    const result = PartialFacts.safeParse(facts);
    if (result.success) {
      const f = result.data as Partial<CaseFacts>;
      const caseKey = f.caseNumber && f.jurisdiction ? caseKeyOf({ jurisdiction: f.jurisdiction, caseNumber: f.caseNumber }) : undefined;
      return { caseKey, jurisdiction, facts: f, cleared, problems, readable: [...readable], unreadable: [...unreadable], screen: { profileId: read.profileId, screen: read.screen, system: read.system, title: read.title } };
    }
    const issue = result.error.issues[0]!;
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    const factPath = path.filter((p) => typeof p === 'string').join('.');
    const label = labels.get(factPath) ?? factPath;
    problems.push({ key: factPath, kind: 'unreadable', message: `${label} on screen ${read.screen}: ${issue.message}` });
    // Without a row's key fields the whole row is meaningless; otherwise drop just the value.
    if (path.length === 0) break;
    deletePath(facts, path);
  }
  return { jurisdiction, facts: {}, cleared, problems, readable: [...readable], unreadable: [...unreadable], screen: { profileId: read.profileId, screen: read.screen, system: read.system, title: read.title } };
}
