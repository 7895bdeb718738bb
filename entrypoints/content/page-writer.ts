/**
 * Writes into the legacy page, only ever on an explicit user action from the side panel: a
 * value into one field, or narration lines into fixed-width input lines. Fires the events the
 * page's own scripts listen for, never submits, and remembers what was there for Undo.
 */
import type { Control } from '../../lib/screen/dom-text';

interface Saved {
  control: Control;
  value: string;
}

let undoStack: Saved[] = [];

/** Told of every control CaseLens writes or restores, so reads can say the value is not saved yet. */
export interface WriteLog {
  wrote(control: Control): void;
  restored(control: Control): void;
}

const noLog: WriteLog = { wrote: () => {}, restored: () => {} };
let log: WriteLog = noLog;

export function logWritesTo(next: WriteLog): void {
  log = next;
}

function write(control: Control, value: string): void {
  const proto = Object.getPrototypeOf(control) as object;
  // Use the native setter so pages that track values (frameworks, masks) see the change.
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, value);
  else control.value = value;
  log.wrote(control);
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function writable(control: Control): boolean {
  return !control.disabled && !(control as HTMLInputElement).readOnly;
}

export function setFieldValue(control: Control | undefined, value: string): { ok: boolean; message: string } {
  if (!control) return { ok: false, message: 'That field is not on this screen.' };
  if (!writable(control)) return { ok: false, message: 'That field is protected on this screen.' };
  const max = Number(control.getAttribute('maxlength') ?? '0');
  const v = max > 0 ? value.slice(0, max) : value;
  undoStack = [{ control, value: control.value }];
  write(control, v);
  control.focus();
  return { ok: true, message: `Wrote "${v}". Review it, then submit the screen yourself.` };
}

/**
 * Narration into the screen: one line per fixed-width input (3270 style), or all lines into a
 * single text area; the title, when the screen has a title field.
 */
export function insertLines(controls: Control[], lines: string[], titleControl?: Control, title?: string): { ok: boolean; message: string } {
  const usable = controls.filter(writable);
  if (!usable.length) return { ok: false, message: 'No narration field on this screen.' };
  const single = usable.length === 1 && usable[0]!.nodeName === 'TEXTAREA';
  if (!single && lines.length > usable.length) return { ok: false, message: `The text needs ${lines.length} lines; the screen has ${usable.length}.` };
  if (title !== undefined && titleControl && !writable(titleControl)) return { ok: false, message: 'The title field is protected on this screen.' };
  const touched = title !== undefined && titleControl ? [...usable, titleControl] : usable;
  undoStack = touched.map((control) => ({ control, value: control.value }));
  if (single) write(usable[0]!, lines.join('\n'));
  else usable.forEach((control, i) => write(control, lines[i] ?? ''));
  if (title !== undefined && titleControl) write(titleControl, title);
  usable[0]!.focus();
  const what = single ? 'the note' : `${lines.length} line${lines.length === 1 ? '' : 's'}`;
  return { ok: true, message: `Inserted ${what}${title !== undefined && titleControl ? ' and the title' : ''}. Review, then save the screen yourself.` };
}

export function undoLastWrite(): { ok: boolean; message: string } {
  if (!undoStack.length) return { ok: false, message: 'Nothing to undo.' };
  for (const saved of undoStack) {
    if (!saved.control.isConnected) continue;
    write(saved.control, saved.value);
    log.restored(saved.control);
  }
  undoStack = [];
  return { ok: true, message: 'Restored what was there before.' };
}
