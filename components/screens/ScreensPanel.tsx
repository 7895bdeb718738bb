/** The Screens tab: teach the open screen, and the health of every screen read so far. */
import type { ActiveContext } from '../../lib/messages';
import { ScreenHealth } from './ScreenHealth';
import { TeachScreen } from './TeachScreen';

export function ScreensPanel({ active, profileProblems }: { active: ActiveContext | undefined; profileProblems: string[] }) {
  return (
    <>
      <TeachScreen active={active} />
      <ScreenHealth profileProblems={profileProblems} />
    </>
  );
}
