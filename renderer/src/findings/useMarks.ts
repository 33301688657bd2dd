// Review marks for the page, with an Undo toast for the latest change (the previous mark is put back).
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataApi, useDataVersion } from '../app/DataApiContext';
import type { ReviewMark, ReviewVerdict } from '../data/api';
import { useToast } from '../ui/ToastProvider';

export interface Marks {
  marks: ReadonlyMap<string, ReviewMark>;
  setMark(transactionId: string, verdict: ReviewVerdict | undefined, note: string): Promise<void>;
  error: string | undefined;
}

export function useMarks(): Marks {
  const api = useDataApi();
  const version = useDataVersion();
  const toast = useToast();
  const { t } = useTranslation('findings');
  const [marks, setMarks] = useState<ReadonlyMap<string, ReviewMark>>(new Map());
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    api.getMarks().then(
      (list) => live && setMarks(new Map(list.map((m) => [m.transactionId, m]))),
      (e: unknown) => live && setError(String(e)),
    );
    return () => {
      live = false;
    };
  }, [api, version]);

  const write = useCallback(
    async (id: string, verdict: ReviewVerdict | undefined, note: string) => {
      await api.setMark(id, verdict, note);
      setMarks((cur) => {
        const next = new Map(cur);
        // No verdict means no mark: the contract's way to clear one.
        if (verdict === undefined) next.delete(id);
        else next.set(id, { transactionId: id, verdict, note, updatedAt: new Date().toISOString() });
        return next;
      });
    },
    [api],
  );

  const setMark = useCallback(
    async (id: string, verdict: ReviewVerdict | undefined, note: string) => {
      const before = marks.get(id);
      try {
        await write(id, verdict, note);
        setError(undefined);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return;
      }
      toast({
        message: t('marks.saved'),
        action: { label: t('marks.undo'), run: () => write(id, before?.verdict, before?.note ?? '') },
      });
    },
    [marks, write, toast, t],
  );

  return { marks, setMark, error };
}
