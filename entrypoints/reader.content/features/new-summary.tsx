// New entries: since the reader's last visit (the reading state's `fresh`) and those that arrived
// while the page was open (live updates). Unread ones are counted on an "n new" marker beside the
// panel's tab, which goes to them, and on the toolbar button's badge for this tab (the background
// sets it); both go down as entries are read, and away at zero (issue 13, point 5). The marker is
// in the reading layer's private root: the count tells the reader's history (issue 14, finding 7).
import { render } from 'preact';
import { I18nProvider } from '@/components/i18n';
import { NewSummary } from '@/components/reading';
import { defineFeature } from '../core/context';
import type { ReadingView } from '../core/reading-api';

/** The badge is sent at most this often while counts change (reads come in batches). */
const BADGE_MS = 400;

/** The new-entries feature. */
export const newSummary = defineFeature({
  name: 'new-summary',
  needs: ['reading', 'layer'],
  start({ doc, model, bus, send, settings, i18n, signal }, { reading, layer }) {
    const win = doc.defaultView ?? window;
    /** Ids on the page when the reading state first came: every later one arrived live. */
    let known: Set<string> | null = null;
    const arrived = new Set<string>();
    let drawn = '';
    let badge = -1;
    let badgeTimer = 0;

    const counts = (view: ReadingView) => {
      if (!view.available) return { fresh: [] as string[], live: [] as string[] };
      const unread = (id: string) => !view.read.has(id);
      const fresh = [...view.fresh].filter(unread);
      const live = [...arrived].filter((id) => unread(id) && !view.fresh.has(id));
      return { fresh, live };
    };

    /** The new, unread entry nearest the top of what the reader sees. */
    const jump = () => {
      const { fresh, live } = counts(reading.view());
      const ids = new Set([...fresh, ...live]);
      const targets = model
        .current()
        .entries.filter((e) => ids.has(e.entry.id) && !e.entry.pinned && e.entry.element.getClientRects().length > 0)
        .map((e) => e.entry.element)
        .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      const target = targets[0];
      if (!target) return void reading.jumpToFirstNew();
      const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? true;
      target.scrollIntoView({ block: 'start', behavior: reduce ? 'auto' : 'smooth' });
    };

    const sendBadge = (count: number) => {
      if (count === badge) return;
      win.clearTimeout(badgeTimer);
      badgeTimer = win.setTimeout(() => {
        badge = count;
        void send('setBadge', { count }).catch(() => undefined); // a restarting worker: the next change resends
      }, BADGE_MS);
    };

    const draw = () => {
      const view = reading.view();
      if (view.available && !known) known = new Set(model.current().entries.map((e) => e.entry.id));
      const { fresh, live } = counts(view);
      const total = fresh.length + live.length;
      sendBadge(total);
      const key = `${fresh.length}/${live.length}`;
      if (key === drawn) return;
      drawn = key;
      render(
        total > 0 ? (
          <I18nProvider value={i18n}>
            <NewSummary fresh={fresh.length} arrived={live.length} onJump={jump} />
          </I18nProvider>
        ) : null,
        layer.corner,
      );
    };
    const unsubscribeModel = model.subscribe((snapshot) => {
      if (!known) return;
      for (const { entry } of snapshot.added) if (!known.has(entry.id) && !entry.pinned) arrived.add(entry.id);
      draw();
    });
    const unsubscribe = reading.subscribe(draw);
    // The panel may have drawn before this feature started: its remembered state first.
    layer.corner.toggleAttribute('data-panel-open', settings.site.panelOpen);
    bus.on('panelShown', ({ open }) => layer.corner.toggleAttribute('data-panel-open', open), signal);
    draw();
    signal.addEventListener('abort', () => {
      unsubscribe();
      unsubscribeModel();
      win.clearTimeout(badgeTimer);
      if (badge > 0) void send('setBadge', { count: 0 }).catch(() => undefined);
      render(null, layer.corner);
    });
  },
});
