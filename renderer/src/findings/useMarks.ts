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

  const put = useCallback((id: string, mark: ReviewMark | undefined) => {
    setMarks((cur) => {
      const next = new Map(cur);
      if (mark) next.set(id, mark);
      else next.delete(id);
      return next;
    });
  }, []);

  // Optimistic: the control shows the choice at once; a failed write puts the old mark back.
  const write = useCallback(
    async (id: string, verdict: ReviewVerdict | undefined, note: string, before: ReviewMark | undefined) => {
      // No verdict means no mark: the contract's way to clear one.
      const after = verdict === undefined ? undefined : { transactionId: id, verdict, note, updatedAt: new Date().toISOString() };
      put(id, after);
      try {
        await api.setMark(id, verdict, note);
      } catch (e) {
        put(id, before);
        throw e;
      }
      return after;
    },
    [api, put],
  );

  const setMark = useCallback(
    async (id: string, verdict: ReviewVerdict | undefined, note: string) => {
      const before = marks.get(id);
      let after: ReviewMark | undefined;
      try {
        after = await write(id, verdict, note, before);
        setError(undefined);
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        return;
      }
      toast({
        message: t('marks.saved'),
        action: {
          label: t('marks.undo'),
          run: async () => {
            try {
              await write(id, before?.verdict, before?.note ?? '', after);
            } catch (e) {
              setError(e instanceof Error ? e.message : String(e));
            }
          },
        },
      });
    },
    [marks, write, toast, t],
  );

  return { marks, setMark, error };
}
