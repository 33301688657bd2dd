// Password for a protected ZIP (Alipay and WeChat mail their exports that way). The password only goes
// to the parse worker for this one file; it is never stored.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function PasswordPrompt({ name, wrong, onSubmit }: { name: string; wrong: boolean; onSubmit: (password: string) => void }) {
  const { t } = useTranslation('import');
  const id = useId();
  const [password, setPassword] = useState('');
  return (
    <form
      className="import-password"
      onSubmit={(e) => {
        e.preventDefault();
        if (password) onSubmit(password);
      }}
    >
      <p>{t('password.needed', { name })}</p>
      <div className="field">
        <label htmlFor={id}>{t('password.label')}</label>
        <input id={id} type="password" autoComplete="off" value={password} aria-invalid={wrong} onChange={(e) => setPassword(e.target.value)} />
      </div>
      {wrong && <p role="alert" className="field-error">{t('password.wrong')}</p>}
      <button type="submit" className="button button-primary" disabled={!password}>
        {t('password.open')}
      </button>
    </form>
  );
}
