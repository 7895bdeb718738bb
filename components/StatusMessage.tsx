/**
 * The outcome of an action, said plainly: a live status, or an alert when it failed. Technical
 * detail (a validation path, a file's own error) stays behind "Details", for administrators.
 */
export interface Status {
  ok: boolean;
  text: string;
  details?: string;
}

export function StatusMessage({ status, testId }: { status?: Status; testId?: string }) {
  return (
    <div role={status?.ok === false ? 'alert' : 'status'} className={status?.ok === false ? 'error-text status-message' : 'status-message hint'} data-testid={testId}>
      {status && <p>{status.text}</p>}
      {status?.details && (
        <details>
          <summary>Details</summary>
          <p className="details-text">{status.details}</p>
        </details>
      )}
    </div>
  );
}
