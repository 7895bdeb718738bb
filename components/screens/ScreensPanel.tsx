/** The Screens tab: teach the open screen, save it as a test, and the health of every screen read so far. */
import { useProfileProblems } from '../hooks/use-profile-problems';
import type { ActiveContext } from '../../lib/messages';
import { ScreenHealth } from './ScreenHealth';
import { TeachScreen } from './TeachScreen';
import { SaveScreenTest } from './SaveScreenTest';

export function ScreensPanel({ active }: { active: ActiveContext | undefined }) {
  // Checked when the tab opens, not when the panel does (it validates every stored profile).
  const profileProblems = useProfileProblems();
  return (
    <>
      <TeachScreen active={active} />
      <SaveScreenTest active={active} />
      <ScreenHealth profileProblems={profileProblems} />
    </>
  );
}
