/** The way back to the first-run page, for a worker who closed it or a colleague being shown CaseLens. */
import { browser } from 'wxt/browser';
import { FIRST_RUN_PATH } from '../first-run/open-on-install';

export function AboutSettings() {
  return (
    <p className="about">
      New to CaseLens?{' '}
      <a href={browser.runtime.getURL(FIRST_RUN_PATH)} target="_blank" rel="noopener noreferrer">
        First steps with CaseLens
      </a>{' '}
      (opens in a new tab).
    </p>
  );
}
