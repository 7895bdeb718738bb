/** `npx caselens-policy test PACK`: what an agency runs before pushing a pack (the product's own engine, in Node). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...files: string[]) => spawnSync(process.execPath, ['bin/caselens-policy.mjs', 'test', ...files], { encoding: 'utf8' });

describe('caselens-policy test', () => {
  it('passes the example packs and prints every example', () => {
    const r = run('docs/examples/policy-pack-oregon-memo.json', 'docs/examples/policy-pack-alaska-closures.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ policy-pack-oregon-memo.json: “Oregon SSP memo 2026-11 (example pack)”, 6 examples, all passed');
    expect(r.stdout).toContain('✓ rule or-memo-plan-review-within-90-days: a review 119 days after the plan is too late');
  }, 30_000);

  it('fails with the example named when one no longer holds', () => {
    const pack = JSON.parse(readFileSync('docs/examples/policy-pack-oregon-memo.json', 'utf8'));
    pack.rules[0].examples[0].expect = { status: 'action-needed' };
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'pack-')), 'changed.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = run(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ changed.json: “Oregon SSP memo 2026-11 (example pack)”, 6 examples, 1 failed: CaseLens would refuse it');
    expect(r.stdout).toContain('✗ rule or-memo-plan-review-within-90-days: a review 74 days after the plan is on time — expected status "action-needed", the rule says "done"');
  }, 30_000);
});
