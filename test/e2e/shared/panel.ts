/** Where the side panel shows what the e2e suites check, in one place for both browsers. */
export const PANEL = {
  screenInfo: '.screen-info',
  caseKey: '[data-testid="case-key"]',
  finding: (ruleId: string) => `[data-rule-id="${ruleId}"]`,
  narration: (service: string) => `[data-narration="${service}"]`,
  marksNotShown: '[data-testid="marks-not-shown"]',
  managedNotice: '[data-testid="managed-notice"]',
} as const;

/** Every request went to the demo server or stayed inside the browser. */
export function foreignRequests(requests: string[], demoUrl: string, allowedHosts: string[] = []): string[] {
  const allowed = new Set([new URL(demoUrl).host, ...allowedHosts]);
  return requests.filter((u) => {
    const url = new URL(u);
    if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:'].includes(url.protocol)) return false;
    return !allowed.has(url.host);
  });
}
