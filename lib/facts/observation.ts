/**
 * From a screen read to case facts: values go to their fact paths, lists become arrays, and
 * the result is validated. Every path the screen showed keeps how it showed it (seen, blank,
 * unreadable, typed but not saved), so later steps never mistake "not on this screen" for
 * "blank". A value the schema rejects is dropped and reported; one bad list row drops that row
 * only; the rest of the screen still counts.
 */
import type { ReadProblem, ScreenRead } from '../screen/read-screen';
import { CaseFactsSchema, caseKeyOf, type CaseFacts, type Jurisdiction } from './case-facts';
import type { FactState, PendingValue, ScreenRef } from './provenance';
import type { ListMeaning } from '../screen/profile-schema';
import { mergeRows } from './merge-lists';

/** What a list the screen showed means for the list known, and which row facts identify a row. */
export interface ListShown {
  meaning: ListMeaning;
  rowKey?: string[];
}

export interface Observation {
  /** "OR:1000101"; undefined when the screen shows no case number (another frame may). */
  caseKey?: string;
  jurisdiction?: Jurisdiction;
  /** Saved values the screen showed (typed-but-unsaved values are in `pending`, not here). */
  facts: Partial<CaseFacts>;
  /** How the screen showed each fact path it has a field for. */
  shown: Record<string, FactState>;
  /** Values typed into the screen that the legacy system has not saved. */
  pending: Record<string, Pick<PendingValue, 'value' | 'by'>>;
  problems: ReadProblem[];
  screen: ScreenRef;
  /** Lists shown that are not the whole list (partial, latest, history): merged row by row. */
  lists?: Record<string, ListShown>;
}

type Path = Array<string | number>;

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  let node = target;
  for (const part of parts.slice(0, -1)) {
    if (!Object.hasOwn(node, part) || typeof node[part] !== 'object' || node[part] === null) node[part] = {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

function nodeAt(root: unknown, path: Path): unknown {
  let node = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[part];
  }
  return node;
}

const PartialFacts = CaseFactsSchema.partial();

/** The screen a read came from when the caller knows no more (tests, tools): no origin, tab or frame. */
export function screenRefOf(read: Pick<ScreenRead, 'profileId' | 'system' | 'screen' | 'title'>, where: Partial<ScreenRef> = {}): ScreenRef {
  return { origin: '', url: '', profileId: read.profileId, system: read.system, screen: read.screen, title: read.title, ...where };
}

interface Labels {
  field: Map<string, string>;
  list: Map<string, string>;
}

/**
 * Drops what the schema rejects, and says so: a bad value inside a list row drops that row, any
 * other bad value drops that value. Every round removes something, so it ends.
 */
function keepValid(facts: Record<string, unknown>, labels: Labels, screen: string, problems: ReadProblem[], dropped: string[]): Partial<CaseFacts> {
  for (let round = 0; round < 100; round++) {
    const result = PartialFacts.safeParse(facts);
    if (result.success) return result.data as Partial<CaseFacts>;
    const rows = new Map<unknown[], Set<number>>();
    let removed = false;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const rowAt = path.findIndex((p) => typeof p === 'number');
      if (rowAt > 0) {
        const list = nodeAt(facts, path.slice(0, rowAt));
        if (Array.isArray(list)) {
          const index = path[rowAt] as number;
          const listPath = path.slice(0, rowAt).join('.');
          (rows.get(list) ?? rows.set(list, new Set()).get(list)!).add(index);
          const column = path.slice(rowAt + 1).join('.');
          problems.push({
            key: `${listPath}[${index}]`,
            kind: 'unreadable',
            message: `${labels.list.get(listPath) ?? listPath} row ${index + 1} on screen ${screen} was left out: ${column ? `${column} ` : ''}${issue.message}`,
          });
          continue;
        }
      }
      const parentPath = path.slice(0, -1);
      const parent = nodeAt(facts, parentPath);
      const key = path.at(-1);
      const factPath = path.join('.');
      dropped.push(factPath);
      problems.push({ key: factPath, kind: 'unreadable', message: `${labels.field.get(factPath) ?? factPath} on screen ${screen}: ${issue.message}` });
      if (key !== undefined && parent && typeof parent === 'object' && Object.hasOwn(parent, key)) {
        delete (parent as Record<string | number, unknown>)[key];
        removed = true;
      }
    }
    for (const [list, indexes] of rows) {
      for (const i of [...indexes].sort((a, b) => b - a)) list.splice(i, 1);
      removed = true;
    }
    if (!removed) break;
  }
  return {};
}

export function observe(read: ScreenRead, context: { jurisdiction?: Jurisdiction; screen?: ScreenRef } = {}): Observation {
  const facts: Record<string, unknown> = {};
  const shown: Record<string, FactState> = {};
  const pending: Observation['pending'] = {};
  const problems: ReadProblem[] = [...read.problems];
  const jurisdiction = read.jurisdiction === 'ANY' ? context.jurisdiction : read.jurisdiction;
  if (jurisdiction) facts.jurisdiction = jurisdiction;
  const labels: Labels = { field: new Map(), list: new Map() };

  for (const field of read.fields) {
    labels.field.set(field.fact, field.label);
    if (field.status === 'missing') continue; // not on this screen: says nothing
    if (field.unsaved && field.status !== 'unreadable') {
      shown[field.fact] = 'unsaved';
      pending[field.fact] = { value: field.raw ?? '', by: field.unsaved };
      continue;
    }
    shown[field.fact] = field.status === 'ok' ? 'seen' : field.status === 'empty' ? 'blank' : 'unreadable';
    if (field.status === 'ok') setPath(facts, field.fact, field.value);
  }

  const lists: Record<string, ListShown> = {};
  const whole = new Set<string>();
  for (const list of read.lists) {
    labels.list.set(list.fact, list.label);
    const meaning = list.meaning ?? 'complete';
    // Only a whole list shown empty says "none"; a page, a detail panel or a log showing no row says nothing.
    if (meaning !== 'complete' && !list.rows.length) continue;
    // Two lists of one screen filling the same fact (a grid page and its detail panel) are one list
    // shown in two parts: whole if either part is.
    if (meaning === 'complete') whole.add(list.fact);
    if (whole.has(list.fact)) delete lists[list.fact];
    else lists[list.fact] ??= { meaning, ...(list.rowKey ? { rowKey: list.rowKey } : {}) };
    shown[list.fact] = 'seen';
    const columnState = new Map<string, FactState>();
    list.rows.forEach((cells, r) => {
      for (const cell of cells) {
        const path = cell.fact === '.' ? `${list.fact}[]` : `${list.fact}[].${cell.fact}`;
        const state: FactState = cell.status === 'unreadable' ? 'unreadable' : cell.unsaved ? 'unsaved' : 'seen';
        if (state !== 'seen' || !columnState.has(path)) columnState.set(path, state === 'unsaved' ? columnState.get(path) ?? 'seen' : state);
        if (cell.unsaved && cell.status !== 'unreadable') {
          pending[cell.fact === '.' ? `${list.fact}[${r}]` : `${list.fact}[${r}].${cell.fact}`] = { value: cell.raw ?? '', by: cell.unsaved };
        }
      }
    });
    for (const [path, state] of columnState) if (shown[path] !== 'unreadable') shown[path] = state;
    const usable = (c: ScreenRead['lists'][number]['rows'][number][number]) => c.status === 'ok' && !c.unsaved;
    if (list.rows[0]?.[0]?.fact === '.') {
      setPath(facts, list.fact, list.rows.map((cells) => cells[0]!).filter(usable).map((c) => c.value));
      continue;
    }
    const rows = list.rows.map((cells) => {
      const row: Record<string, unknown> = { ...list.constants };
      for (const cell of cells) if (usable(cell)) setPath(row, cell.fact, cell.value);
      return row;
    });
    const earlier = nodeAt(facts, list.fact.split('.'));
    setPath(facts, list.fact, Array.isArray(earlier) ? mergeRows(earlier, rows, { meaning: 'partial', rowKey: list.rowKey }) : rows);
  }

  const dropped: string[] = [];
  const valid = keepValid(facts, labels, read.screen, problems, dropped);
  // A value the schema refused was on the screen but is not known: unreadable, never blank.
  for (const path of dropped) if (Object.hasOwn(shown, path)) shown[path] = 'unreadable';
  const caseKey = valid.caseNumber && valid.jurisdiction ? caseKeyOf({ jurisdiction: valid.jurisdiction, caseNumber: valid.caseNumber }) : undefined;
  return {
    caseKey,
    jurisdiction,
    facts: valid,
    shown,
    pending,
    problems,
    screen: context.screen ?? screenRefOf(read),
    ...(Object.keys(lists).length ? { lists } : {}),
  };
}
