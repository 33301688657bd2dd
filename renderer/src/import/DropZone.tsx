// Where files come in: a drop target around an ordinary, labelled file input (the input alone is enough
// for keyboard and screen-reader users; dropping is a shortcut).
import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const { t } = useTranslation('import');
  const id = useId();
  const [over, setOver] = useState(false);
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length) onFiles(files);
  };
  return (
    <div
      className={over ? 'import-drop import-drop-over' : 'import-drop'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <p className="import-drop-title">{t('drop.title')}</p>
      <label htmlFor={id} className="label-block">
        {t('drop.inputLabel')}
      </label>
      <input
        id={id}
        type="file"
        multiple
        accept=".csv,.txt,.xlsx,.zip,text/csv,application/zip"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) onFiles(files);
        }}
      />
      <p className="muted">{t('drop.hint')}</p>
    </div>
  );
}
