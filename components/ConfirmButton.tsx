/**
 * A button that asks first, in a modal <dialog> (focus moves in and returns, Escape cancels).
 * `tone` 'danger' (the default) for what cannot be undone; 'caution' for what is allowed but
 * needs care (saving case data to a file).
 */
import { useId, useRef, useState } from 'react';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  tone?: 'danger' | 'caution';
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm, tone = 'danger' }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  // showModal() focuses the first button (the risky one); the safe choice gets focus instead.
  // (React's autoFocus only acts when the element mounts, not when the dialog opens.)
  const open = () => {
    dialog.current?.showModal();
    cancel.current?.focus();
  };
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className={tone === 'danger' ? 'secondary danger' : 'secondary'} onClick={open}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-q`} className="confirm" onClose={() => opener.current?.focus()}>
        <p id={`${id}-q`}>{question}</p>
        <div className="row">
          <button
            type="button"
            className={tone === 'danger' ? 'danger' : undefined}
            disabled={busy}
            onClick={() => {
              setBusy(true);
              void onConfirm().finally(() => {
                setBusy(false);
                close();
              });
            }}
          >
            {confirmLabel}
          </button>
          <button ref={cancel} type="button" className="secondary" onClick={close}>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
