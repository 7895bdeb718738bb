/**
 * Built-in rules, one JSON file each in ./data (file name = id), grouped by policy source.
 * The conventions test fails when a file there is not listed here, lacks a citation, a test
 * or a catalogue entry.
 */
import type { Rule } from './rule-schema';
// Oregon, policy 000 (Release 89): Targeted Case Management
import orTcmFlag from './data/or-tcm-flag.json' with { type: 'json' };

export const BUILT_IN_RULES = [orTcmFlag] as unknown as readonly Rule[];
