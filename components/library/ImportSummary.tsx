// What an import did: added, already there, and each refused row with its reason.
import type { JSX } from 'preact';
import type { ImportSummary as Summary } from '@/lib/export/import';
import { useT } from '../i18n';

/** The outcome of an import as the page shows it. */
export type ImportOutcome =
  | { fileName: string; summary: Summary }
  | { fileName: string; error: string }
  /** Still reading and writing, `progress` from 0 to 1 (100,000 quotes take a while). */
  | { fileName: string; busy: true; progress?: number };

/** Props of `ImportSummary`. */
export interface ImportSummaryProps {
  outcome: ImportOutcome;
  onDismiss(): void;
}

/** Refusals listed in full; beyond this, a count (a broken 10,000-row file must not flood the page). */
const SHOWN_REJECTIONS = 20;

/** The import report. */
export function ImportSummary(props: ImportSummaryProps): JSX.Element {
  const { t, plural, number } = useT();
  const { outcome } = props;
  const added = (summary: Summary) => {
    const counts = {
      quotes: plural('library.import.quotes', summary.added.quotes),
      starred: plural('library.import.starred', summary.added.starred),
    };
    return summary.added.blogs
      ? t('library.import.addedFromBlogs', { ...counts, blogs: plural('library.import.blogs', summary.added.blogs) })
      : t('library.import.added', counts);
  };
  return (
    <section class="lbl-import-summary" role="status" aria-label={t('library.import.label')}>
      <h2>{t('library.import.heading', { file: outcome.fileName })}</h2>
      {'busy' in outcome ? (
        outcome.progress === undefined ? (
          <p>{t('library.import.busy')}</p>
        ) : (
          <p>
            <progress max={1} value={outcome.progress} aria-label={t('library.import.progressLabel')} />{' '}
            {t('library.import.progress', { percent: number(Math.floor(outcome.progress * 100)) })}
          </p>
        )
      ) : 'error' in outcome ? (
        <p class="lbl-error">{t('library.import.failed', { error: outcome.error })}</p>
      ) : (
        <>
          <p>
            {added(outcome.summary)} {plural('library.import.skipped', outcome.summary.skipped.quotes + outcome.summary.skipped.starred)}{' '}
            {plural('library.import.rejected', outcome.summary.rejected.length)}
          </p>
          {outcome.summary.rejected.length ? (
            <ul class="lbl-rejections">
              {outcome.summary.rejected.slice(0, SHOWN_REJECTIONS).map((r) => (
                <li key={`${r.kind}-${r.index}`}>{r.reason}</li>
              ))}
              {outcome.summary.rejected.length > SHOWN_REJECTIONS ? <li>{plural('library.import.more', outcome.summary.rejected.length - SHOWN_REJECTIONS)}</li> : null}
            </ul>
          ) : null}
        </>
      )}
      {'busy' in outcome ? null : (
        <button type="button" onClick={props.onDismiss}>
          {t('common.close')}
        </button>
      )}
    </section>
  );
}
