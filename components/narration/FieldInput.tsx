/** One template field as a proper form control: text, text area, choice, date, month, yes/no, money, number. */
import type { TemplateField, TemplateOption } from '../../lib/narration/template-schema';
import type { FieldValue } from '../../lib/narration/render';

interface Props {
  id: string;
  field: TemplateField;
  options: TemplateOption[];
  value: FieldValue | undefined;
  answer: string | undefined;
  required: boolean;
  onChange: (value: string) => void;
}

export function FieldInput({ id, field, options, value, answer, required, onChange }: Props) {
  const current = answer ?? (value?.value === undefined || value?.value === null ? '' : String(value.value));
  const describedBy = field.help ? `${id}-help` : undefined;
  const common = { id, required, 'aria-describedby': describedBy, 'aria-required': required };
  let control;
  switch (field.kind) {
    case 'textarea':
      control = <textarea {...common} rows={3} maxLength={field.maxLength} value={current} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'choice':
      control = (
        <select {...common} value={current} onChange={(e) => onChange(e.target.value)}>
          <option value="">(choose)</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      );
      break;
    case 'yesno':
      control = (
        <select {...common} value={current === 'true' ? 'yes' : current === 'false' ? 'no' : current} onChange={(e) => onChange(e.target.value)}>
          <option value="">(choose)</option>
          <option value="yes">Yes</option>
          <option value="no">No</option>
        </select>
      );
      break;
    case 'date':
      control = <input {...common} type="date" value={current} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'month':
      control = <input {...common} type="month" value={current} onChange={(e) => onChange(e.target.value)} />;
      break;
    case 'money':
    case 'number':
      control = <input {...common} type="text" inputMode="decimal" value={current} onChange={(e) => onChange(e.target.value)} />;
      break;
    default:
      control = <input {...common} type="text" maxLength={field.maxLength} value={current} onChange={(e) => onChange(e.target.value)} />;
  }
  return (
    <div className="field">
      <label htmlFor={id}>
        {field.label}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      {control}
      {value?.source === 'screen' && answer === undefined && <span className="hint"> (from the screen)</span>}
      {field.help && (
        <p id={`${id}-help`} className="hint">
          {field.help}
        </p>
      )}
    </div>
  );
}
