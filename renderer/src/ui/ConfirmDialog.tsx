// A modal confirmation on the native <dialog>: the browser gives it focus trapping, Escape to cancel
// and an inert background, which a hand-made overlay would have to imitate.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  open: boolean;
  title: string;
  children?: ReactNode;
  confirmLabel: string;
  /** Keeps the confirm button disabled until the user has taken the explicit step the body asks for. */
  confirmDisabled?: boolean;
  danger?: boolean;
  onConfirm(): void;
  onCancel(): void;
}

export function ConfirmDialog({ open, title, children, confirmLabel, confirmDisabled, danger, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-dialog-title"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            if (!confirmDisabled) onConfirm();
          }}
        >
          <h2 id="confirm-dialog-title">{title}</h2>
          <div className="dialog-body">{children}</div>
          <div className="dialog-actions">
            <button type="button" className="button" onClick={onCancel} autoFocus>
              {t('actions.cancel')}
            </button>
            <button type="submit" className={danger ? 'button button-danger' : 'button button-primary'} disabled={confirmDisabled}>
              {confirmLabel}
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}
