/**
 * Enterprise policy values (storage.managed) for extension pages. Chromium can leave
 * storage.managed.get unanswered for seconds when no policy is installed, so a slow answer
 * counts as "no policy"; a policy that arrives later fires storage.onChanged('managed').
 */
import { browser } from 'wxt/browser';

export async function managedValues(timeoutMs = 1500): Promise<Record<string, unknown>> {
  const none = new Promise<Record<string, unknown>>((resolve) => setTimeout(() => resolve({}), timeoutMs));
  const policy = browser.storage.managed.get(null).catch(() => ({}));
  return Promise.race([policy, none]);
}
