/**
 * The marks the service worker answered for the last few reads a document showed, by the read's
 * hash (lib/screen/read-hash.ts). Going back to a screen (REFR → STAT → REFR on a terminal) then
 * shows its marks at once, as a repaint of the same screen does; the worker's answer to the new
 * read confirms or replaces them. Plain data, no browser API: the reader keeps one per document.
 */
import type { MarkFinding } from '../../lib/messages';

export class AnsweredMarks {
  private readonly byHash = new Map<number, MarkFinding[]>();

  constructor(private readonly kept = 8) {}

  /** How many reads' answers are kept. */
  get size(): number {
    return this.byHash.size;
  }

  /** The marks answered for this read, if it was answered lately. */
  get(hash: number | undefined): MarkFinding[] | undefined {
    return hash === undefined ? undefined : this.byHash.get(hash);
  }

  /** The worker's answer for a read: kept, the oldest answer dropped beyond `kept`. */
  remember(hash: number | undefined, marks: MarkFinding[]): void {
    if (hash === undefined) return;
    this.byHash.delete(hash);
    this.byHash.set(hash, marks);
    if (this.byHash.size > this.kept) this.byHash.delete(this.byHash.keys().next().value!);
  }

  /** The case or the profiles changed: answers for other reads may no longer hold. */
  clear(): void {
    this.byHash.clear();
  }
}
