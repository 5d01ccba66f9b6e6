// The reader's in-page bus: how features tell each other things without importing each other (a
// chip asks the panel to follow a speaker; the panel tells the chips who is followed). The events
// and what each carries are typed once, here. It lives in the content script's isolated world:
// the page can neither hear nor send these.

/** Every event of the bus and its detail. */
export interface ReaderEvents {
  /** The toolbar button (through the background) asks to open or close the panel. */
  togglePanel: null;
  /** The panel opened or closed (the new-entries marker moves beside it). */
  panelShown: { open: boolean };
  /** A chip was clicked: follow this speaker (again: follow everyone). */
  followSpeaker: { speaker: string };
  /** The speakers followed now (the chips show them pressed). */
  filterChanged: { speakers: readonly string[] };
  /** Keyboard focus goes to this entry's own controls (after a jump to it). */
  focusEntry: { element: Element };
  /** Open the reader view (the panel's button), or open / close it (`toggle`: toolbar menu, shortcut). */
  readerView: { toggle: boolean };
}

export type ReaderEvent = keyof ReaderEvents;

/** Emit and listen; a listener goes when its signal aborts. */
export interface ReaderBus {
  emit<E extends ReaderEvent>(event: E, detail: ReaderEvents[E]): void;
  on<E extends ReaderEvent>(event: E, listener: (detail: ReaderEvents[E]) => void, signal: AbortSignal): void;
}

/**
 * The toolbar's commands: one that comes before the feature that answers it has started (the
 * interface script starts its features once the entries are marked) is kept for that feature.
 */
const HELD: ReadonlySet<ReaderEvent> = new Set<ReaderEvent>(['togglePanel', 'readerView']);

/**
 * A new bus. Listeners run in the order they were added; one that throws does not stop the others.
 * A command nobody listens to yet is given, in order, to its first listener once that is added.
 */
export function createBus(): ReaderBus {
  const listeners = new Map<ReaderEvent, Set<(detail: never) => void>>();
  const held: [ReaderEvent, unknown][] = [];
  const bus: ReaderBus = {
    emit(event, detail) {
      const now = listeners.get(event);
      if (HELD.has(event) && !now?.size) {
        held.push([event, detail]);
        return;
      }
      for (const listener of [...(now ?? [])]) {
        try {
          (listener as (d: typeof detail) => void)(detail);
        } catch (error) {
          console.error('[Liveblog Lens]', error);
        }
      }
    },
    on(event, listener, signal) {
      if (signal.aborted) return;
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (detail: never) => void);
      signal.addEventListener('abort', () => set.delete(listener as (detail: never) => void), { once: true });
      if (!held.some(([e]) => e === event)) return;
      // After the feature's own start has run to its end, as if the command came then.
      queueMicrotask(() => {
        const mine = held.filter(([e]) => e === event);
        held.splice(0, held.length, ...held.filter(([e]) => e !== event));
        for (const [, detail] of mine) bus.emit(event, detail as ReaderEvents[typeof event]);
      });
    },
  };
  return bus;
}
