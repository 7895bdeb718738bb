/** The guide's questions about the sampled moment, one radio group each, asked as they apply. */
import type { GuideQuestion } from '../../lib/rmss/guidance-schema';
import type { MomentAnswers } from '../../lib/rmss/guide';

export function GuideQuestions({
  questions,
  moment,
  onAnswer,
}: {
  questions: readonly GuideQuestion[];
  moment: MomentAnswers;
  onAnswer: (questionId: string, value: string) => void;
}) {
  return (
    <>
      {questions.map((q) => (
        <fieldset key={q.id} className="rmss-question" data-guide-question={q.id} aria-describedby={q.help ? `rmss-help-${q.id}` : undefined}>
          <legend>{q.prompt}</legend>
          {q.help && (
            <p id={`rmss-help-${q.id}`} className="hint">
              {q.help}
            </p>
          )}
          {q.options.map((o) => {
            const id = `rmss-${q.id}-${o.value}`;
            return (
              <div key={o.value} className="rmss-option">
                <input
                  type="radio"
                  id={id}
                  name={`rmss-${q.id}`}
                  value={o.value}
                  checked={moment[q.id] === o.value}
                  onChange={() => onAnswer(q.id, o.value)}
                  aria-describedby={o.help ? `${id}-help` : undefined}
                />
                <label htmlFor={id}>{o.label}</label>
                {o.help && (
                  <p id={`${id}-help`} className="hint">
                    {o.help}
                  </p>
                )}
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
