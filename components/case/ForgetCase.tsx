/** "Forget this case": removes everything CaseLens keeps about it, after a confirmation. */
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { forgetCase } from '../../lib/store/data-care';
import { getDb } from '../hooks/use-db';
import { ConfirmButton } from '../ConfirmButton';

export function ForgetCase({ caseKey }: { caseKey: string }) {
  const [done, setDone] = useState(false);
  return (
    <section aria-label="Case data" className="data-care">
      <ConfirmButton
        label="Forget this case"
        question={`Forget case ${caseKey.replace(':', ' ')}? CaseLens deletes its facts, checklist marks, drafts and narration history from this browser. The legacy system is not changed.`}
        confirmLabel="Forget it"
        onConfirm={async () => {
          await forgetCase(getDb(), caseKey);
          await browser.runtime.sendMessage({ type: 'case-changed', caseKey }).catch(() => {});
          setDone(true);
        }}
      />
      <span role="status" className="status">
        {done ? 'Forgotten. Opening one of its screens again reads it afresh.' : ''}
      </span>
    </section>
  );
}
