import { describe, expect, it } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDb, summaryOf, type CaseLensDb, type CaseRecord, type CaseSummary } from '../../../lib/store/db';
import { queryCaseload, reviewProgress } from '../../../lib/store/caseload';
import { MAX_DATA_FILE_BYTES, eraseAll, exportData, forgetCase, importData, purgeStale } from '../../../lib/store/data-care';

let n = 0;
const db = () => openDb(`caselens-caseload-${Date.now()}-${n++}`, { indexedDB, IDBKeyRange });

function record(caseNumber: string, over: Partial<CaseRecord> = {}): CaseRecord {
  const jurisdiction = over.jurisdiction ?? 'AK';
  return {
    caseKey: `${jurisdiction}:${caseNumber}`,
    jurisdiction,
    caseNumber,
    facts: { jurisdiction, caseNumber },
    sources: {},
    firstSeen: '2026-11-01T10:00:00.000Z',
    lastSeen: '2026-11-20T10:00:00.000Z',
    nextDue: '9999-12-31',
    overdue: 0,
    openFindings: 0,
    reviewedMonth: '',
    summaryAsOf: '2026-11-23',
    pending: {},
    ...over,
  };
}

const asOf = '2026-11-23';
const seed = async (d: CaseLensDb, records: CaseRecord[]) => {
  await d.cases.bulkPut(records);
  await d.caseload.bulkPut(records.map(summaryOf));
};

describe('caseload queries', () => {
  it('sorts by next due date and filters overdue, due this week, track, jurisdiction and case number', async () => {
    const d = db();
    await seed(d, [
      record('2000201', { nextDue: '2026-11-20', track: 'WORK_FIRST' }),
      record('2000202', { nextDue: '2026-11-25', track: 'FAMILIES_FIRST' }),
      record('2000203', { nextDue: '2026-12-15', track: 'WORK_FIRST' }),
      record('1000101', { jurisdiction: 'OR', nextDue: '2026-11-22', program: 'JOBS' }),
      record('2000204'),
    ]);
    const keys = (p: { rows: CaseSummary[] }) => p.rows.map((r) => r.caseNumber);
    expect(keys(await queryCaseload(d, {}, asOf))).toEqual(['2000201', '1000101', '2000202', '2000203', '2000204']);
    expect(keys(await queryCaseload(d, { due: 'overdue' }, asOf))).toEqual(['2000201', '1000101']);
    expect(keys(await queryCaseload(d, { due: 'this-week' }, asOf))).toEqual(['2000202']);
    expect(keys(await queryCaseload(d, { track: 'WORK_FIRST' }, asOf))).toEqual(['2000201', '2000203']);
    expect(keys(await queryCaseload(d, { jurisdiction: 'OR' }, asOf))).toEqual(['1000101']);
    expect(keys(await queryCaseload(d, { search: '20002' }, asOf))).toEqual(['2000201', '2000202', '2000203', '2000204']);
    expect(keys(await queryCaseload(d, { search: '20002', due: 'overdue' }, asOf))).toEqual(['2000201']);
    // The state as the panel shows it, with or without a space or colon.
    for (const search of ['OR 1000101', 'OR:1000101', 'or1000101', 'OR 10001']) expect(keys(await queryCaseload(d, { search }, asOf)), search).toEqual(['1000101']);
    expect(keys(await queryCaseload(d, { search: 'AK 1000101' }, asOf))).toEqual([]);
    const page = await queryCaseload(d, {}, asOf, 2, 2);
    expect([page.total, keys(page)]).toEqual([5, ['2000202', '2000203']]);
  });

  it('returns every row when asked for all of them (the CSV export), with or without filters', async () => {
    const d = db();
    await seed(d, [record('2000201', { nextDue: '2026-11-20' }), record('2000202', { nextDue: '2026-11-25' }), record('1000101', { jurisdiction: 'OR', nextDue: '2026-11-22' })]);
    // IndexedDB takes at most 2^32 - 1 as a count; a larger "no limit" used to throw a TypeError.
    for (const limit of [Infinity, Number.MAX_SAFE_INTEGER]) {
      const all = await queryCaseload(d, {}, asOf, limit);
      expect([all.total, all.rows.map((r) => r.caseNumber)]).toEqual([3, ['2000201', '1000101', '2000202']]);
      expect((await queryCaseload(d, { due: 'overdue' }, asOf, limit)).rows.map((r) => r.caseNumber)).toEqual(['2000201', '1000101']);
      expect((await queryCaseload(d, { jurisdiction: 'AK' }, asOf, limit)).total).toBe(2);
    }
  });

  it('counts the monthly review progress', async () => {
    const d = db();
    await seed(d, [record('1', { reviewedMonth: '2026-11' }), record('2', { reviewedMonth: '2026-10' }), record('3'), record('9', { jurisdiction: 'OR', reviewedMonth: '2026-11' })]);
    expect(await reviewProgress(d, '2026-11', ['AK'])).toEqual({ reviewed: 1, total: 3, month: '2026-11' });
  });
});

describe('data care', () => {
  it('purges cases not seen within the retention period, with their marks', async () => {
    const d = db();
    await seed(d, [record('1', { lastSeen: '2026-08-01T00:00:00.000Z' }), record('2', { lastSeen: '2026-11-20T00:00:00.000Z' })]);
    await d.duties.put({ caseKey: 'AK:1', dutyKey: 'x', doneOn: '2026-08-01', note: '', markedAt: '' });
    expect(await purgeStale(d, 90, new Date('2026-11-23T12:00:00Z'))).toBe(1);
    expect(await d.cases.toCollection().primaryKeys()).toEqual(['AK:2']);
    expect(await d.caseload.toCollection().primaryKeys()).toEqual(['AK:2']);
    expect(await d.duties.count()).toBe(0);
  });

  it('purges screen health not seen within the retention period too', async () => {
    const d = db();
    await d.screenHealth.bulkPut([
      { profileId: 'old', title: 'Old', lastSeen: '2026-08-01T00:00:00.000Z', reads: 1, fields: {} },
      { profileId: 'new', title: 'New', lastSeen: '2026-11-20T00:00:00.000Z', reads: 1, fields: {} },
    ]);
    await purgeStale(d, 90, new Date('2026-11-23T12:00:00Z'));
    expect(await d.screenHealth.toCollection().primaryKeys()).toEqual(['new']);
  });

  it('forgets one case and erases everything', async () => {
    const d = db();
    await seed(d, [record('1'), record('2')]);
    await forgetCase(d, 'AK:1');
    expect(await d.cases.count()).toBe(1);
    expect(await d.caseload.count()).toBe(1);
    await eraseAll(d);
    expect(await d.cases.count()).toBe(0);
  });

  it('exports and imports the worker\'s data; a broken file changes nothing', async () => {
    const a = db();
    await seed(a, [record('2000201', { nextDue: '2026-11-20' })]);
    await a.duties.put({ caseKey: 'AK:2000201', dutyKey: 'ak-initial-contact', doneOn: '2026-11-19', note: 'called', markedAt: 'x' });
    const file = await exportData(a, new Date('2026-11-23T00:00:00Z'));
    const b = db();
    await seed(b, [record('3000301', { jurisdiction: 'ME' })]);
    expect(await importData(b, file)).toEqual({ ok: true, cases: 1 });
    expect((await b.cases.toArray()).map((c) => c.caseKey).sort()).toEqual(['AK:2000201', 'ME:3000301']);
    expect((await queryCaseload(b, { due: 'overdue' }, asOf)).rows.map((r) => r.caseKey)).toEqual(['AK:2000201']);
    expect(await b.duties.count()).toBe(1);

    const broken = JSON.parse(file);
    broken.cases.push({ ...broken.cases[0], caseKey: 'AK:<script>', caseNumber: '<script>' });
    const result = await importData(b, JSON.stringify(broken), 'mine.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^mine\.json is not a CaseLens data file this version can read \(cases\[1\]\.caseKey/);
    expect(await importData(b, '{"kind":', 'cut.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^cut\.json is not valid JSON/) });
    expect(await b.cases.count()).toBe(2);
  });

  it('refuses a data file over the size cap before parsing it, and reads a version-2 file by upgrading it', async () => {
    const b = db();
    const huge = `{"kind":"caselens-data","pad":"${'x'.repeat(MAX_DATA_FILE_BYTES)}"}`;
    expect(await importData(b, huge, 'huge.json')).toMatchObject({ ok: false, error: expect.stringMatching(/^huge\.json is larger than 50 MB/) });
    const v2 = {
      kind: 'caselens-data', schemaVersion: 2, exportedAt: 'x', duties: [], drafts: [], narrationHistory: [], rmssHistory: [],
      cases: [{ ...record('2000201'), sources: { caseNumber: { screen: 'EIS', profileId: 'ak-eis-referral', at: 'x' } }, unreadable: ['eaDate'], pending: undefined }],
    };
    expect(await importData(b, JSON.stringify(v2), 'old.json')).toEqual({ ok: true, cases: 1 });
    const c = (await b.cases.get('AK:2000201'))!;
    expect(c.sources.caseNumber).toMatchObject({ state: 'seen', screen: 'EIS' });
    expect(c.sources.eaDate).toMatchObject({ state: 'unreadable' });
  });
});
