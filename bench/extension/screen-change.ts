/**
 * Screen change → marks, on the EIS terminal emulator (it repaints every cell of its rows in
 * place, without a page load). Measured on the page's clock within the first animation frame
 * after the emulator's paint (the first frame that can show the change): from the start of
 * that frame's callbacks (CaseLens asked for the frame first, so its re-read starts them) to
 * the marks placed, and whether that was before the frame's other callbacks were done (so
 * before it was painted); and, for reference, from the end of the emulator's paint task (the
 * browser's own work before the next frame included, which is the same without CaseLens):
 * - the same screen repainted (the worker presses Enter again): the marks move to the new
 *   nodes, in the frame of the paint, without asking the service worker;
 * - another screen of the case: leaving the referral (REFR → STAT) its marks go at once;
 *   coming back (STAT → REFR) the marks answered for it before come back at once, and the
 *   service worker's answer to the new read confirms them (both times are kept).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { OverlayProbe } from '../../scripts/overlay-probe';
import { pageMarks, sleep, until } from './harness';
import { stat, type Stat } from './stats';

export interface ScreenChange {
  repaint: Stat;
  /** The same, from the end of the emulator's paint (the browser's own rendering of it included). */
  repaintFromPaint: Stat;
  /** Repaints whose marks were placed within the first frame that could show the change. */
  repaintSameFrame: number;
  /** Of that: CaseLens's re-read (recognise, read, hash), pure script. */
  repaintRead: Stat;
  /** Of that: the marks moved (their fields' positions read: the browser lays out the repainted page here, which it does in this frame anyway). */
  repaintPlace: Stat;
  /** How many repaints left a mark without its field (on a removed node) once the marks were placed. */
  repaintMisplaced: number;
  otherScreenCleared: Stat;
  /** Back to a screen: its marks shown (recalled at once, or with the service worker's answer). */
  otherScreenMarks: Stat;
  /** Back to a screen: the service worker's answer shown (confirming the recalled marks). */
  otherScreenAnswer: Stat;
}

const MARK = 'ak-ea-within-30-days';

interface Paint {
  /** When the emulator's paint task ended. */
  at: number;
  /** When the page's own callback of the first animation frame after it ran (after CaseLens's). */
  frameEnd: number;
}

/** Installs a page-world probe: the emulator's paints and the frame after each, on the page's clock. */
async function watchPaints(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { paints: Array<{ at: number; frameEnd?: number }> };
    w.paints = [];
    const status = document.getElementById('termStatus')!;
    new MutationObserver(() => {
      if (status.textContent !== 'READY') return;
      const p: { at: number; frameEnd?: number } = { at: performance.timeOrigin + performance.now() };
      w.paints.push(p);
      requestAnimationFrame(() => (p.frameEnd = performance.timeOrigin + performance.now()));
    }).observe(status, { childList: true, characterData: true, subtree: true });
  });
}

async function press(page: Page, tx: string, caseNo: string): Promise<Paint> {
  const before = await page.evaluate(() => (window as unknown as { paints: unknown[] }).paints.length);
  await page.fill('#term input[name=tx]', tx);
  await page.fill('#term input[name=case]', caseNo);
  await page.click('button[data-key=ENTER]');
  return until('the emulator to paint', async () => {
    const paints = await page.evaluate(() => (window as unknown as { paints: Paint[] }).paints);
    const last = paints.at(-1);
    return paints.length > before && last?.frameEnd ? last : undefined;
  });
}

/** The first time after `since` that the frame's marks were placed (and, optionally, answered). */
async function markTime(page: Page, name: string, since: number): Promise<number> {
  return until(`${name} after the paint`, async () => {
    const m = (await pageMarks(page)).get('')?.marks[name];
    return m && m >= since ? m : undefined;
  });
}

export async function screenChange(context: BrowserContext, demoUrl: string, runs: number): Promise<ScreenChange> {
  const page = await context.newPage();
  const probe = new OverlayProbe(page);
  try {
    await page.goto(`${demoUrl}/eis/?case=2000210`);
    await until('the referral marks', async () => (await probe.mark(MARK))?.hidden === false);
    await watchPaints(page);
    const repaint: number[] = [];
    const fromPaint: number[] = [];
    const readPart: number[] = [];
    const placePart: number[] = [];
    let sameFrame = 0;
    let misplaced = 0;
    for (let i = -2; i < runs; i++) {
      const painted = await press(page, 'REFR', '2000210');
      const placed = await markTime(page, 'marks-placed', painted.at);
      if (i < 0) continue;
      const m = (await pageMarks(page)).get('')!.marks;
      repaint.push(placed - m['read-start']!);
      fromPaint.push(placed - painted.at);
      readPart.push(m['read-done']! - m['read-start']!);
      placePart.push(placed - m['read-done']!);
      if (placed <= painted.frameEnd + 0.5) sameFrame++; // within the clock's resolution
      if ((await probe.mark(MARK))?.hidden !== false) misplaced++;
      await sleep(150);
    }
    const cleared: number[] = [];
    const shown: number[] = [];
    const workerAnswer: number[] = [];
    for (let i = -1; i < runs; i++) {
      // Referral (marked) → status: the referral's marks must go at once.
      const toStatus = await press(page, 'STAT', '2000210');
      const gone = await markTime(page, 'marks-placed', toStatus.at);
      const goneFrom = (await pageMarks(page)).get('')!.marks['read-start']!;
      await until('the status screen without the referral marks', async () => (await probe.mark(MARK)) === undefined);
      await sleep(150);
      // Status → referral: the marks answered for this screen before are shown at once (marks
      // recalled), and the service worker's answer confirms them.
      const toReferral = await press(page, 'REFR', '2000210');
      const answered = await markTime(page, 'findings-shown', toReferral.at);
      const marks = (await pageMarks(page)).get('')!.marks;
      if (i >= 0) {
        cleared.push(gone - goneFrom);
        const start = Math.min(marks['read-start']!, answered);
        const recalled = marks['marks-recalled'] !== undefined && marks['marks-recalled'] >= toReferral.at ? marks['marks-recalled'] : undefined;
        shown.push((recalled ?? answered) - start);
        workerAnswer.push(answered - start);
      }
      await sleep(150);
    }
    return { repaint: stat(repaint), repaintFromPaint: stat(fromPaint), repaintSameFrame: sameFrame, repaintRead: stat(readPart), repaintPlace: stat(placePart), repaintMisplaced: misplaced, otherScreenCleared: stat(cleared), otherScreenMarks: stat(shown), otherScreenAnswer: stat(workerAnswer) };
  } finally {
    await page.close();
  }
}
