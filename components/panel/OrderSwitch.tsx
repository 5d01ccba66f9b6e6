// The panel's reading-order control: the site's order (newest first) or oldest first.
import { useId } from 'preact/hooks';
import type { ReadingOrder } from '@/lib/settings';
import { useT } from '../i18n';

/** The site's own order (nearly always newest first) or oldest first: the site setting's values. */
export type { ReadingOrder };

export interface OrderSwitchProps {
  order: ReadingOrder;
  /** The blog already runs oldest first: nothing to switch. */
  siteOldestFirst?: boolean;
  onOrder(order: ReadingOrder): void;
}

/** Two radio buttons: one group, arrow keys move between them as everywhere else. */
export function OrderSwitch({ order, siteOldestFirst = false, onOrder }: OrderSwitchProps) {
  const name = useId();
  const { t } = useT();
  if (siteOldestFirst) {
    return (
      <section>
        <h3>{t('panel.order.heading')}</h3>
        <p class="muted">{t('panel.order.siteOldestFirst')}</p>
      </section>
    );
  }
  return (
    <fieldset>
      <legend>
        <h3>{t('panel.order.heading')}</h3>
      </legend>
      <label>
        <input type="radio" name={name} value="site" checked={order === 'site'} onChange={() => onOrder('site')} />
        {t('panel.order.newestFirst')}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          value="oldest-first"
          checked={order === 'oldest-first'}
          onChange={() => onOrder('oldest-first')}
        />
        {t('panel.order.oldestFirst')}
      </label>
    </fieldset>
  );
}
