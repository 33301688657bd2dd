/** A progress bar plus its label, announced politely as it changes. */
export function ProgressStatus({ fraction, label }: { fraction: number | undefined; label: string }) {
  return (
    <div className="progress-status" role="status" aria-live="polite">
      <span>{label}</span>
      {fraction !== undefined && <progress max={1} value={Math.max(0, Math.min(1, fraction))} aria-label={label} />}
    </div>
  );
}
