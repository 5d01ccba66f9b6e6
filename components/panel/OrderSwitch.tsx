// The panel's reading-order control: the site's order (newest first) or oldest first.
import { useId } from 'preact/hooks';
import type { ReadingOrder } from '@/lib/settings';

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
  if (siteOldestFirst) {
    return (
      <section>
        <h3>Reading order</h3>
        <p class="muted">This blog already runs oldest first.</p>
      </section>
    );
  }
  return (
    <fieldset>
      <legend>
        <h3>Reading order</h3>
      </legend>
      <label>
        <input type="radio" name={name} value="site" checked={order === 'site'} onChange={() => onOrder('site')} />
        Newest first (the site’s order)
      </label>
      <label>
        <input
          type="radio"
          name={name}
          value="oldest-first"
          checked={order === 'oldest-first'}
          onChange={() => onOrder('oldest-first')}
        />
        Oldest first
      </label>
    </fieldset>
  );
}
