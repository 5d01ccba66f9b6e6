// Export the selection, the shown items or everything as Markdown, CSV or JSON, and import a JSON
// export. A <details> disclosure (Enter/Space opens it); it closes after an action, on Escape
// (focus back on its summary) and on a click elsewhere, so it never hides the list.
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { EXPORT_FORMATS, type ExportKind } from '@/lib/export/index';
import { useT } from '../i18n';

/** What an export covers. */
export type ExportScope = 'selected' | 'shown' | 'all';

/** Props of `ExportMenu`. */
export interface ExportMenuProps {
  counts: Record<ExportScope, number>;
  onExport(kind: ExportKind, scope: ExportScope): void;
  onImport(file: File): void;
}

const SCOPES: Array<[ExportScope, 'library.export.selected' | 'library.export.shown' | 'library.export.all']> = [
  ['selected', 'library.export.selected'],
  ['shown', 'library.export.shown'],
  ['all', 'library.export.all'],
];

const KINDS = Object.entries(EXPORT_FORMATS).map(([kind, format]) => [kind as ExportKind, format.label] as const);

/** The export and import menu. */
export function ExportMenu(props: ExportMenuProps): JSX.Element {
  const { t, number } = useT();
  const [chosen, setChosen] = useState<ExportScope | null>(null);
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  // Default: the selection when there is one, else what is shown.
  const scope: ExportScope = chosen && (chosen !== 'selected' || props.counts.selected) ? chosen : props.counts.selected ? 'selected' : 'shown';

  const close = (focusSummary = false) => {
    if (!details.current) return;
    details.current.open = false;
    if (focusSummary) details.current.querySelector('summary')?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: Event) => {
      if (details.current && !details.current.contains(e.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  return (
    <details
      class="lbl-menu"
      ref={details}
      onToggle={(e) => setOpen(e.currentTarget.open)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && details.current?.open) {
          e.preventDefault();
          close(true);
        }
      }}
    >
      <summary>{t('library.export.menu')}</summary>
      <div class="lbl-menu-body">
        <fieldset>
          <legend>{t('library.export.legend')}</legend>
          {SCOPES.map(([value, label]) => (
            <label key={value} class="lbl-radio">
              <input
                type="radio"
                name="lbl-export-scope"
                value={value}
                checked={scope === value}
                disabled={value === 'selected' && !props.counts.selected}
                onChange={() => setChosen(value)}
              />
              {t(label, { count: number(props.counts[value]) })}
            </label>
          ))}
          <div class="lbl-actions">
            {KINDS.map(([kind, label]) => (
              <button
                key={kind}
                type="button"
                disabled={!props.counts[scope]}
                onClick={() => {
                  props.onExport(kind, scope);
                  close(true);
                }}
              >
                {label}
              </button>
            ))}
          </div>
        </fieldset>
        <div class="lbl-field">
          <label for="lbl-import">{t('library.export.importLabel')}</label>
          <input
            id="lbl-import"
            type="file"
            accept=".json,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = ''; // the same file can be imported again
              if (!file) return;
              props.onImport(file);
              close(true);
            }}
          />
        </div>
      </div>
    </details>
  );
}
