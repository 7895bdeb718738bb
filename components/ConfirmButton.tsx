/** A button that asks first, in a modal <dialog> (focus moves in and returns, Escape cancels). */
import { useId, useRef, useState } from 'react';

interface Props {
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
}

export function ConfirmButton({ label, question, confirmLabel, onConfirm }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const id = useId();
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };
  return (
    <>
      <button ref={opener} type="button" className="secondary danger" onClick={() => dialog.current?.showModal()}>
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={`${id}-q`} className="confirm" onClose={() => opener.current?.focus()}>
        <p id={`${id}-q`}>{question}</p>
        <div className="row">
          <button
            type="button"
            className="danger"
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
          <button type="button" className="secondary" onClick={close} autoFocus>
            Cancel
          </button>
        </div>
      </dialog>
    </>
  );
}
