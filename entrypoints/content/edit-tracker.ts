/**
 * Which inputs hold a value typed but not saved: by the worker (a trusted keystroke or change)
 * or by CaseLens (a value written on the worker's click). Such a value is not what the legacy
 * system holds until the screen is saved and shows it again; the read says so (`unsaved`). A
 * control whose value changed by other means (the page repainted it after a save) counts as
 * saved again.
 */
import { controlValue, isControl, type Control } from '../../lib/screen/dom-text';

interface Typed {
  value: string;
  by: 'worker' | 'caselens';
}

export class EditTracker {
  private readonly typed = new WeakMap<Element, Typed>();
  private readonly onEdit = (e: Event) => {
    const target = e.target as Element | null;
    if (!e.isTrusted || !target || !isControl(target)) return;
    this.typed.set(target, { value: controlValue(target as Control), by: 'worker' });
  };

  constructor(private readonly doc: Document) {}

  start(signal: AbortSignal): void {
    this.doc.addEventListener('input', this.onEdit, true);
    this.doc.addEventListener('change', this.onEdit, true);
    signal.addEventListener('abort', () => {
      this.doc.removeEventListener('input', this.onEdit, true);
      this.doc.removeEventListener('change', this.onEdit, true);
    });
  }

  /** CaseLens wrote `value` into `control` on the worker's click. */
  wrote(control: Control): void {
    this.typed.set(control, { value: controlValue(control), by: 'caselens' });
  }

  /** Undo put back what the page had: not typed any more. */
  restored(control: Control): void {
    this.typed.delete(control);
  }

  typedBy(control: Element): Typed['by'] | undefined {
    const entry = this.typed.get(control);
    if (!entry) return undefined;
    if (isControl(control) && controlValue(control as Control) === entry.value) return entry.by;
    this.typed.delete(control);
    return undefined;
  }
}
