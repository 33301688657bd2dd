import { useTranslation } from 'react-i18next';
import { formatMoney, toDecimalString } from '../../../shared/money';

/** An amount in minor units, formatted for the current language; negative amounts get the "out" colour. */
export function Money({ minor, currency }: { minor: number; currency: string }) {
  const { i18n } = useTranslation();
  let text: string;
  try {
    text = formatMoney(minor, currency, i18n.language);
  } catch {
    // An unknown currency code makes Intl throw; the plain number is still right.
    text = `${toDecimalString(minor, currency)} ${currency}`;
  }
  return <span className={minor < 0 ? 'money money-out' : 'money money-in'}>{text}</span>;
}
