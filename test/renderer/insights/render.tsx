// Renders insights and audit views inside the app's providers, a fixed chart width (happy-dom has no
// layout) and the given backends.
import type { ReactNode } from 'react';
import { AuditApiProvider } from '../../../renderer/src/audit/AuditApiContext';
import type { AuditApi } from '../../../renderer/src/data/audit-api';
import { FixedChartWidth } from '../../../renderer/src/insights/ChartSize';
import { InsightsApiProvider } from '../../../renderer/src/insights/InsightsApiContext';
import type { InsightsBackend } from '../../../renderer/src/insights/insights-types';
import type { Language } from '../../../renderer/src/i18n';
import type { FakeDataApi } from '../app/fake-data-api';
import { renderWithApp } from '../app/render-app';

export function renderInsights(ui: ReactNode, o: { data: FakeDataApi; insights: InsightsBackend; audits?: AuditApi; lang?: Language }) {
  const inner = (
    <InsightsApiProvider api={o.insights}>
      <FixedChartWidth width={720}>{ui}</FixedChartWidth>
    </InsightsApiProvider>
  );
  return renderWithApp(o.audits ? <AuditApiProvider api={o.audits}>{inner}</AuditApiProvider> : inner, o.data, o.lang);
}
