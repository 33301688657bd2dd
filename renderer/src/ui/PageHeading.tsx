import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * The page's h1. Focusable by script (not by Tab) so that a route change can move focus to it; a page that
 * mounts after the route changed (its code loaded on first visit) takes the focus Layout asked for.
 */
export function PageHeading({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    const main = ref.current?.closest('main');
    if (main?.dataset.focusHeading !== 'wanted') return;
    delete main.dataset.focusHeading;
    ref.current!.focus();
  }, []);
  return (
    <h1 ref={ref} className="page-title" tabIndex={-1}>
      {children}
    </h1>
  );
}
