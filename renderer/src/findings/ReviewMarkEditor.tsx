// Mine / not mine / unsure for one transaction, plus a note. A verdict is saved as soon as it is picked;
// the note is saved with its button (typing should not write on every key).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewMark, ReviewVerdict } from '../data/api';

const VERDICTS: ReviewVerdict[] = ['mine', 'not-mine', 'unsure'];

interface Props {
  label: string;
  mark: ReviewMark | undefined;
  onSave(verdict: ReviewVerdict | undefined, note: string): void;
}

export function ReviewMarkEditor({ label, mark, onSave }: Props) {
  const { t } = useTranslation('findings');
  const id = useId();
  const [note, setNote] = useState(mark?.note ?? '');
  useEffect(() => setNote(mark?.note ?? ''), [mark?.note]);
  const verdict = mark?.verdict;

  return (
    <fieldset className="review-mark">
      <legend className="visually-hidden">{label}</legend>
      <div className="verdicts" role="radiogroup" aria-label={t('marks.verdict')}>
        {VERDICTS.map((v) => (
          <label key={v} className={`verdict verdict-${v}`}>
            <input type="radio" name={`${id}-verdict`} value={v} checked={verdict === v} onChange={() => onSave(v, note)} />
            {t(`marks.${v}`)}
          </label>
        ))}
        {verdict && (
          <button type="button" className="button button-quiet" onClick={() => onSave(undefined, '')}>
            {t('marks.clear')}
          </button>
        )}
      </div>
      <div className="note-row">
        <label htmlFor={`${id}-note`}>{t('marks.note')}</label>
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
        <button
          type="button"
          className="button"
          disabled={!verdict || note === (mark?.note ?? '')}
          title={verdict ? undefined : t('marks.noteNeedsVerdict')}
          onClick={() => onSave(verdict, note)}
        >
          {t('marks.saveNote')}
        </button>
      </div>
    </fieldset>
  );
}
