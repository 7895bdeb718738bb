/**
 * The content script's stages: the first (on every page of the agency's hosts) loads none of
 * the reader, overlay, teach mode or RMSS code; the reader (on every legacy screen) loads none
 * of teach mode or the screen-test anonymiser, which come as tools when asked for; and no stage
 * loads zod, React or Dexie.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runtimeModules, runtimePackages } from '../helpers/runtime-packages';

const BANNED = ['zod', 'react', 'react-dom', 'dexie', 'dexie-react-hooks'];

describe('content script stages', () => {
  it.each(['entrypoints/caselens-page.ts', 'entrypoints/caselens-reader.ts', 'entrypoints/caselens-tools.ts'])('%s loads no zod, React or Dexie', (file) => {
    const packages = [...runtimePackages(path.resolve(file))];
    for (const banned of BANNED) expect(packages).not.toContain(banned);
  });

  it('the first stage loads none of the reader', () => {
    const modules = [...runtimeModules(path.resolve('entrypoints/caselens-page.ts'))].map((f) => path.relative(process.cwd(), f));
    for (const heavy of [
      'lib/screen/read-screen.ts',
      'lib/screen/recognise.ts',
      'lib/screen/grid.ts',
      'lib/screen/locate.ts',
      'entrypoints/content/overlay.ts',
      'entrypoints/content/teach-mode.ts',
      'entrypoints/content/rmss-overlay.ts',
      'entrypoints/content/reader-stage.ts',
    ]) {
      expect(modules).not.toContain(heavy);
    }
  });

  it('the reader loads none of teach mode or the screen-test anonymiser; the tools do', () => {
    const modules = (file: string) => [...runtimeModules(path.resolve(file))].map((f) => path.relative(process.cwd(), f));
    const tools = ['entrypoints/content/teach-mode.ts', 'lib/screen/teach.ts', 'lib/screen/teach-stops.ts', 'entrypoints/content/screen-test.ts', 'lib/screen/anonymise/snapshot.ts'];
    const reader = modules('entrypoints/caselens-reader.ts');
    for (const tool of tools) expect(reader).not.toContain(tool);
    expect(modules('entrypoints/caselens-tools.ts')).toEqual(expect.arrayContaining(tools));
  });
});
