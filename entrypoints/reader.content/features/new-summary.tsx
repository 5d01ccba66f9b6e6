// "N new entries since your last visit", with a jump to the first and "mark all read", in the
// reading layer's corner. Shown once the state says some entries are new; the reader dismisses it.
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { NewSummary } from '@/components/reading';
import { defineFeature } from '../core/context';
import type { ReadingView } from '../core/reading-api';

/** The new-entries notice feature. */
export const newSummary = defineFeature({
  name: 'new-summary',
  needs: ['reading', 'layer'],
  start({ i18n, signal }, { reading, layer }) {
    let dismissed = false;
    let shown = -1;

    const draw = (view: ReadingView) => {
      const count = dismissed || !view.available ? 0 : view.fresh.size;
      if (count === shown) return;
      shown = count;
      render(
        count > 0 ? (
          <I18nProvider value={i18n}>
            <NewSummary
              count={count}
              onJump={() => reading.jumpToFirstNew()}
              onMarkAllRead={() => {
                reading.markAllRead().then(
                  () => layer.announce(i18n.t('panel.notice.allRead')),
                  () => layer.announce(i18n.t('panel.notice.markFailed')),
                );
              }}
              onDismiss={() => {
                dismissed = true;
                draw(reading.view());
              }}
            />
          </I18nProvider>
        ) : null,
        layer.corner,
      );
    };
    draw(reading.view());
    const unsubscribe = reading.subscribe(draw);
    signal.addEventListener('abort', () => {
      unsubscribe();
      render(null, layer.corner);
    });
  },
});
