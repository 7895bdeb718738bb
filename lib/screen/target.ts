/** What on the page a read value came from: where a mark goes, and where an insert writes. */
import type { Control } from './dom-text';

export type Target =
  | { kind: 'element'; element: Element }
  | { kind: 'text'; node: Text; start: number; end: number };

export const elementTarget = (element: Element): Target => ({ kind: 'element', element });

export function textTarget(node: Text, start: number, length: number): Target {
  const s = Math.max(0, Math.min(start, node.data.length));
  return { kind: 'text', node, start: s, end: Math.max(s, Math.min(s + length, node.data.length)) };
}

/** The form control behind a target, if the value sits in one (it can then be written to). */
export function controlOf(target: Target | undefined): Control | undefined {
  if (target?.kind !== 'element') return undefined;
  const name = target.element.nodeName;
  return name === 'INPUT' || name === 'TEXTAREA' || name === 'SELECT' ? (target.element as Control) : undefined;
}
