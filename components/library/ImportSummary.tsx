// What an import did: added, already there, and each refused row with its reason.
import type { JSX } from 'preact';
import type { ImportSummary as Summary } from '@/lib/export/import';

/** The outcome of an import as the page shows it. */
export type ImportOutcome =
  | { fileName: string; summary: Summary }
  | { fileName: string; error: string }
  /** Still reading and writing (10,000 quotes take a few seconds). */
  | { fileName: string; busy: true };

/** Props of `ImportSummary`. */
export interface ImportSummaryProps {
  outcome: ImportOutcome;
  onDismiss(): void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** Refusals listed in full; beyond this, a count (a broken 10,000-row file must not flood the page). */
const SHOWN_REJECTIONS = 20;

/** The import report. */
export function ImportSummary(props: ImportSummaryProps): JSX.Element {
  const { outcome } = props;
  return (
    <section class="lbl-import-summary" role="status" aria-label="Import result">
      <h2>Import of {outcome.fileName}</h2>
      {'busy' in outcome ? (
        <p>Importing…</p>
      ) : 'error' in outcome ? (
        <p class="lbl-error">Nothing was imported: {outcome.error}.</p>
      ) : (
        <>
          <p>
            Added {plural(outcome.summary.added.quotes, 'quote', 'quotes')} and {plural(outcome.summary.added.starred, 'starred entry', 'starred entries')}
            {outcome.summary.added.blogs ? ` (from ${plural(outcome.summary.added.blogs, 'new blog', 'new blogs')})` : ''}.{' '}
            {plural(outcome.summary.skipped.quotes + outcome.summary.skipped.starred, 'item was', 'items were')} already in the library.{' '}
            {plural(outcome.summary.rejected.length, 'item was', 'items were')} rejected.
          </p>
          {outcome.summary.rejected.length ? (
            <ul class="lbl-rejections">
              {outcome.summary.rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
                <li key={`${r.kind}-${r.index}`}>{r.reason}</li>
              ))}
              {outcome.summary.rejected.length > SHOWN_REJECTIONS ? <li>…and {outcome.summary.rejected.length - SHOWN_REJECTIONS} more</li> : null}
            </ul>
          ) : null}
        </>
      )}
      {'busy' in outcome ? null : (
        <button type="button" onClick={props.onDismiss}>
          Close
        </button>
      )}
    </section>
  );
}
