/** Data written by the previous schema version opens in the new one with nothing lost. */
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { openDb } from '../../../lib/store/db';
import { V1_STORES, V2_STORES, V3_STORES, V4_STORES, upgradeToV2, upgradeToV3, upgradeToV4 } from '../../../lib/store/migrations';
import { queryCaseload, reviewProgress } from '../../../lib/store/caseload';

const deps = { indexedDB, IDBKeyRange };
let n = 0;
const freshName = () => `caselens-migration-${Date.now()}-${n++}`;

describe('database migrations', () => {
  it('v2 cases get their caseload rows in v3 (and list without reading facts)', async () => {
    const name = freshName();
    const v2 = new Dexie(name, deps);
    v2.version(1).stores(V1_STORES);
    v2.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    await v2.table('cases').bulkPut([
      { caseKey: 'AK:2000201', jurisdiction: 'AK', caseNumber: '2000201', facts: { jurisdiction: 'AK', caseNumber: '2000201' }, sources: {}, firstSeen: 'a', lastSeen: 'b', nextDue: '2026-11-20', overdue: 1, openFindings: 1, reviewedMonth: '', summaryAsOf: '2026-11-23', unreadable: [], track: 'WORK_FIRST' },
      { caseKey: 'OR:1000101', jurisdiction: 'OR', caseNumber: '1000101', facts: { jurisdiction: 'OR', caseNumber: '1000101' }, sources: {}, firstSeen: 'a', lastSeen: 'b', nextDue: '2026-12-01', overdue: 0, openFindings: 0, reviewedMonth: '', summaryAsOf: '2026-11-23', unreadable: [] },
    ]);
    v2.close();
    const db = openDb(name, deps);
    expect(await db.caseload.get('AK:2000201')).toEqual({ caseKey: 'AK:2000201', jurisdiction: 'AK', caseNumber: '2000201', track: 'WORK_FIRST', nextDue: '2026-11-20', overdue: 1, openFindings: 1, reviewedMonth: '', lastSeen: 'b', summaryAsOf: '2026-11-23' });
    expect((await queryCaseload(db, { due: 'overdue' }, '2026-11-23')).rows.map((r) => r.caseKey)).toEqual(['AK:2000201']);
    expect(await db.cases.count()).toBe(2);
    db.close();
  });

  it('v3 caseload rows get the household name the screens gave in v4 (first parent, else first member)', async () => {
    const name = freshName();
    const v3 = new Dexie(name, deps);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    v3.version(3).stores(V3_STORES).upgrade(upgradeToV3);
    const base = { sources: {}, firstSeen: 'a', lastSeen: 'b', nextDue: '2026-12-01', overdue: 0, openFindings: 0, reviewedMonth: '', summaryAsOf: '2026-11-23', unreadable: [] };
    const household = [
      { memberId: '02', firstName: 'ELI', lastName: 'RIVERA', role: 'child' },
      { memberId: '01', firstName: 'ANA', lastName: 'RIVERA', role: 'parent' },
    ];
    const cases = [
      { ...base, caseKey: 'OR:1000101', jurisdiction: 'OR', caseNumber: '1000101', facts: { jurisdiction: 'OR', caseNumber: '1000101', household } },
      { ...base, caseKey: 'AK:2000201', jurisdiction: 'AK', caseNumber: '2000201', facts: { jurisdiction: 'AK', caseNumber: '2000201' } },
    ];
    await v3.table('cases').bulkPut(cases);
    await v3.table('caseload').bulkPut(cases.map(({ caseKey, jurisdiction, caseNumber, nextDue }) => ({ caseKey, jurisdiction, caseNumber, nextDue })));
    v3.close();
    const db = openDb(name, deps);
    expect(await db.caseload.get('OR:1000101')).toMatchObject({ caseNumber: '1000101', householdName: 'ANA RIVERA' });
    expect((await db.caseload.get('AK:2000201'))?.householdName).toBeUndefined();
    expect(db.verno).toBe(5);
    db.close();
  });

  it('v1 cases and screen health open in v2, with the new index fields filled', async () => {
    const name = freshName();
    const v1 = new Dexie(name, deps);
    v1.version(1).stores(V1_STORES);
    const facts = { jurisdiction: 'OR', caseNumber: '1000101', casePlan: { tcmFlag: false } };
    await v1.table('cases').put({ caseKey: 'OR:1000101', jurisdiction: 'OR', facts, sources: {}, firstSeen: 'a', lastSeen: 'b', nextDue: '2026-12-01', openFindings: 1 });
    await v1.table('screenHealth').put({ profileId: 'or-tracs-case-plan', title: 'CPLN', lastSeen: 'b', reads: 3, fields: {} });
    v1.close();

    const db = openDb(name, deps);
    const record = await db.cases.get('OR:1000101');
    expect(record).toMatchObject({ caseNumber: '1000101', reviewedMonth: '', overdue: 0, nextDue: '2026-12-01', openFindings: 1, facts });
    expect(await db.cases.where('caseNumber').equals('1000101').count()).toBe(1);
    expect(await db.screenHealth.get('or-tracs-case-plan')).toMatchObject({ reads: 3 });
    expect(db.verno).toBe(5);
    // New tables exist and work.
    await db.duties.put({ caseKey: 'OR:1000101', dutyKey: 'or-tcm-flag', doneOn: '2026-11-20', note: 'set on TRACS', markedAt: 'c' });
    expect(await db.duties.where('caseKey').equals('OR:1000101').count()).toBe(1);
    db.close();
  });

  it('v3 sources say how each fact was shown in v4: a value seen, a missing one blank, the unreadable list kept; screen health loses quoted values', async () => {
    const name = freshName();
    const v3 = new Dexie(name, deps);
    v3.version(1).stores(V1_STORES);
    v3.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    v3.version(3).stores(V3_STORES).upgrade(upgradeToV3);
    const at = '2026-11-20T10:00:00.000Z';
    await v3.table('cases').put({
      caseKey: 'OR:1000101', jurisdiction: 'OR', caseNumber: '1000101',
      facts: { jurisdiction: 'OR', caseNumber: '1000101', casePlan: { tcmFlag: false }, household: [{ memberId: '01' }] },
      sources: {
        'casePlan.tcmFlag': { screen: 'CPLN', profileId: 'or-tracs-case-plan', at },
        'casePlan.planDate': { screen: 'CPLN', profileId: 'or-tracs-case-plan', at },
        'household[].memberId': { screen: 'CSUM', profileId: 'or-tracs-case-summary', at },
      },
      unreadable: ['household[].dob'],
      firstSeen: at, lastSeen: at, nextDue: '9999-12-31', overdue: 0, openFindings: 1, reviewedMonth: '', summaryAsOf: '2026-11-20',
    });
    await v3.table('screenHealth').put({ profileId: 'or-tracs-case-plan', title: 'CPLN', lastSeen: at, reads: 1, fields: { dob: { label: 'DOB', lastStatus: 'unreadable', missing: 0, unreadable: 1, fallback: 0, lastProblem: "DOB: '134599' is not a date" } } });
    v3.close();

    const db = openDb(name, deps);
    const record = (await db.cases.get('OR:1000101'))!;
    expect(record.sources['casePlan.tcmFlag']).toMatchObject({ state: 'seen', screen: 'CPLN', origin: '' });
    expect(record.sources['casePlan.planDate']).toMatchObject({ state: 'blank' });
    expect(record.sources['household[].memberId']).toMatchObject({ state: 'seen' });
    expect(record.sources['household[].dob']).toMatchObject({ state: 'unreadable' });
    expect(record.pending).toEqual({});
    expect(record).not.toHaveProperty('unreadable');
    expect(JSON.stringify(await db.screenHealth.get('or-tracs-case-plan'))).not.toContain('134599');
    db.close();
  });

  it('v4 caseload rows are indexed by state and due date, and by state and review month, in v5 (rows missing a field get it)', async () => {
    const name = freshName();
    const v4 = new Dexie(name, deps);
    v4.version(1).stores(V1_STORES);
    v4.version(2).stores(V2_STORES).upgrade(upgradeToV2);
    v4.version(3).stores(V3_STORES).upgrade(upgradeToV3);
    v4.version(4).stores(V4_STORES).upgrade(upgradeToV4);
    const row = (caseKey: string, nextDue: string, reviewedMonth: string) => ({ caseKey, jurisdiction: caseKey.slice(0, 2), caseNumber: caseKey.slice(3), nextDue, reviewedMonth, overdue: 0, openFindings: 0, lastSeen: 'b', summaryAsOf: '2026-11-23' });
    await v4.table('caseload').bulkPut([
      row('AK:2000201', '2026-11-20', '2026-11'),
      row('AK:2000202', '2026-11-25', ''),
      row('AK:2000203', '2026-12-02', '2026-10'),
      row('OR:1000101', '2026-11-21', '2026-11'),
      // Written by an older version without the review field.
      { caseKey: 'AK:2000204', jurisdiction: 'AK', caseNumber: '2000204', nextDue: '2026-11-22' },
    ]);
    v4.close();
    const db = openDb(name, deps);
    expect(await reviewProgress(db, '2026-11', ['AK'])).toEqual({ reviewed: 1, total: 4, month: '2026-11' });
    expect((await db.caseload.get('AK:2000204'))?.reviewedMonth).toBe('');
    const asOf = '2026-11-23';
    expect((await queryCaseload(db, { jurisdiction: 'AK' }, asOf)).rows.map((r) => r.caseNumber)).toEqual(['2000201', '2000204', '2000202', '2000203']);
    expect((await queryCaseload(db, { jurisdiction: 'AK', due: 'overdue' }, asOf)).rows.map((r) => r.caseNumber)).toEqual(['2000201', '2000204']);
    expect((await queryCaseload(db, { jurisdiction: 'AK', due: 'this-week' }, asOf)).rows.map((r) => r.caseNumber)).toEqual(['2000202']);
    expect(db.verno).toBe(5);
    db.close();
  });

  it('a fresh install starts at the newest version', async () => {
    const db = openDb(freshName(), deps);
    await db.open();
    expect(db.verno).toBe(5);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['caseload', 'cases', 'drafts', 'duties', 'narrationHistory', 'rmssHistory', 'screenHealth']);
    db.close();
  });
});
