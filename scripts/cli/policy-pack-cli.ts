/**
 * `npx caselens-policy test PACK.json...`: what an agency runs before pushing a policy pack.
 * Checks each file as CaseLens does on import (format, every unit, the facts its rules name)
 * and runs every example with the product's own engine, printing each result. Exits 1 when a
 * file would be refused.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { builtInKnowledge } from '../../lib/knowledge';
import { builtInPolicy } from '../../lib/policy-pack/in-force';
import { checkPolicyPack, packExampleResults } from '../../lib/policy-pack/load-pack';

const [command, ...files] = process.argv.slice(2);
if (command !== 'test' || !files.length) {
  process.stderr.write('Usage: npx caselens-policy test PACK.json [MORE.json ...]\n');
  process.exit(2);
}

const base = { knowledge: builtInPolicy(), profiles: builtInKnowledge().profiles };
let failed = false;
for (const file of files) {
  const name = path.basename(file);
  const text = await readFile(file, 'utf8').catch((e: Error) => {
    process.stdout.write(`✗ ${name}: cannot be read (${e.message})\n`);
    return undefined;
  });
  if (text === undefined) {
    failed = true;
    continue;
  }
  const checked = checkPolicyPack(text, name);
  if (!checked.ok) {
    process.stdout.write(`✗ ${name}: ${checked.details}\n`);
    failed = true;
    continue;
  }
  // Every example, so all failures are seen at once.
  const results = packExampleResults(checked.pack, base);
  const bad = results.filter((r) => r.problem).length;
  process.stdout.write(`${bad ? '✗' : '✓'} ${name}: “${checked.pack.title}”, ${results.length} example${results.length === 1 ? '' : 's'}${bad ? `, ${bad} failed: CaseLens would refuse it` : ', all passed'}\n`);
  for (const r of results) process.stdout.write(`  ${r.problem ? '✗' : '✓'} ${r.kind} ${r.unit}: ${r.example}${r.problem ? ` — ${r.problem}` : ''}\n`);
  if (bad) failed = true;
}
process.exit(failed ? 1 : 0);
