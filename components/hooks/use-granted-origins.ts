/**
 * Which of these match patterns CaseLens holds the host permission for, kept live as the worker
 * (or the browser's extension settings) grants or withdraws access.
 */
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

export function useGrantedOrigins(patterns: readonly string[]): Record<string, boolean> {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = patterns.join('\n');
  useEffect(() => {
    let alive = true;
    const list = key ? key.split('\n') : [];
    const refresh = () =>
      void Promise.all(list.map(async (p) => [p, await browser.permissions.contains({ origins: [p] }).catch(() => false)] as const)).then(
        (entries) => alive && setGranted(Object.fromEntries(entries)),
      );
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      alive = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
  }, [key]);
  return granted;
}
