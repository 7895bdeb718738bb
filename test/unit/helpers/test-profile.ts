/** A small format-2 screen profile for reader tests: recognised by "TEST SCREEN", the rest given by each test. */
import type { ScreenProfileInput } from '../../../lib/screen/profile-schema';

export const testProfileInput = (p: Partial<ScreenProfileInput>): ScreenProfileInput => ({
  schemaVersion: 2,
  id: 'test-screen',
  version: '1.0.0',
  title: 'Test screen',
  jurisdiction: 'AK',
  system: 'TEST',
  screen: 'TST',
  citation: { policy: '003', section: 'All staff §7' },
  match: { all: [{ text: 'TEST SCREEN' }] },
  ...p,
});
