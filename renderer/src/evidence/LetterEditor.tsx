// The appeal letter draft, editable before export. The draft follows the case and the selection until
// the owner changes it; from then on their text is kept (in the case, per language) and goes into the
// bundle as appeal-letter.txt. "Back to the draft" throws the edits away.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  text: string;
  edited: boolean;
  disabled: boolean;
  onEdit(text: string): void;
  onCommit(): void;
  onReset(): void;
}

export function LetterEditor({ text, edited, disabled, onEdit, onCommit, onReset }: Props) {
  const { t } = useTranslation('evidence');
  const id = useId();
  return (
    <div className="letter-editor">
      <label htmlFor={`${id}-letter`} className="label-block">{t('letter.label')}</label>
      <textarea
        id={`${id}-letter`}
        rows={18}
        value={text}
        disabled={disabled}
        aria-describedby={`${id}-letter-help`}
        onChange={(e) => onEdit(e.target.value)}
        onBlur={onCommit}
      />
      <p id={`${id}-letter-help`} className="muted">
        {edited ? t('letter.edited') : t('letter.draft')} {t('letter.help')}
      </p>
      {edited && (
        <button type="button" className="button" disabled={disabled} onClick={onReset}>
          {t('letter.reset')}
        </button>
      )}
    </div>
  );
}
