// One toast at a time, in a polite live region, optionally with an action (e.g. Undo). The newest toast
// replaces the previous one: only the last change is undoable, which keeps the promise simple.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface ToastInput {
  message: string;
  action?: { label: string; run: () => void | Promise<void> };
  /** Milliseconds before it hides itself; toasts with an action stay longer by default. */
  timeoutMs?: number;
}

interface Toast extends ToastInput {
  id: number;
}

const ToastContext = createContext<((t: ToastInput) => void) | undefined>(undefined);

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [toast, setToast] = useState<Toast>();
  const nextId = useRef(1);

  const show = useCallback((input: ToastInput) => setToast({ ...input, id: nextId.current++ }), []);
  const dismiss = useCallback(() => setToast(undefined), []);

  useEffect(() => {
    if (!toast) return;
    const ms = toast.timeoutMs ?? (toast.action ? 10_000 : 5_000);
    const timer = setTimeout(() => setToast((cur) => (cur?.id === toast.id ? undefined : cur)), ms);
    return () => clearTimeout(timer);
  }, [toast]);

  return (
    <ToastContext.Provider value={show}>
      {children}
      <div className="toast-region" role="status" aria-live="polite">
        {toast && (
          <div className="toast" key={toast.id}>
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="button"
                onClick={() => {
                  const run = toast.action?.run;
                  dismiss();
                  void run?.();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="button button-quiet" onClick={dismiss} aria-label={t('toast.dismiss')}>
              ×
            </button>
          </div>
        )}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): (t: ToastInput) => void {
  const show = useContext(ToastContext);
  if (!show) throw new Error('useToast needs a ToastProvider above it');
  return show;
}
