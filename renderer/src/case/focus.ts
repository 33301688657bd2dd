// The shell moves focus to the page heading when the path changes. Inside the Case page the path stays
// `/case` while the view changes (list, one case, its export), and a case's heading only appears once
// its data has loaded, so the page does the same itself: on a change of view, and whenever the element
// that had focus (the link just followed) has gone.
import { useEffect, useRef } from 'react';

export function useFocusHeading(view: string, ready: boolean): void {
  const last = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!ready || last.current === view) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (last.current !== undefined || lost) document.querySelector<HTMLElement>('h1.page-title')?.focus();
    last.current = view;
  }, [view, ready]);
}
