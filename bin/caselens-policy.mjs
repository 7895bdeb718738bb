#!/usr/bin/env node
// `npx caselens-policy test PACK.json...`: checks a policy pack and runs its examples (docs/policy-packs.md).
import { runTs } from './run-ts.mjs';

runTs('scripts/cli/policy-pack-cli.ts');
