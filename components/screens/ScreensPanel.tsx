/** The Screens tab: teach the open screen, save it as a test, and the health of every screen read so far. */
import type { ActiveContext } from '../../lib/messages';
import { ScreenHealth } from './ScreenHealth';
import { TeachScreen } from './TeachScreen';
import { SaveScreenTest } from './SaveScreenTest';

export function ScreensPanel({ active, profileProblems }: { active: ActiveContext | undefined; profileProblems: string[] }) {
  return (
    <>
      <TeachScreen active={active} />
      <SaveScreenTest active={active} />
      <ScreenHealth profileProblems={profileProblems} />
    </>
  );
}
