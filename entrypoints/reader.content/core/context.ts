// What every reader feature gets, and what a feature is. A feature is one file in features/: it
// names the services it needs, starts from this context, decorates the page or mounts UI, and
// undoes all of it when `signal` aborts (the extension was updated or reloaded and this content
// script lost its connection). Features never import each other: they meet on the bus, the model
// and the services.
import type { Translator } from '@/components/i18n';
import type { Detection } from '@/lib/types';
import type { Send } from '../../shared/messenger';
import type { LensStorage } from '../../shared/storage';
import type { ClickDelegate } from '../dom/clicks';
import type { ReadingLayer } from '../dom/layer';
import type { ReadingApi } from './reading-api';
import type { ReaderBus } from './bus';
import type { LensModel } from './model';
import type { Settings } from './settings';
import type { Slicer } from './slices';

/** Services features can ask for. Each is started once, by the first feature that asks. */
export interface Services {
  /** Read, starred and new entries, kept with the background (reading/service.ts). */
  reading: ReadingApi;
  /** The floating layer for buttons, prompts and announcements (dom/layer.ts). */
  layer: ReadingLayer;
  /** The one click listener of every entry's controls; trusted clicks only (dom/clicks.ts). */
  clicks: ClickDelegate;
}
export type ServiceName = keyof Services;

export interface ReaderContext {
  doc: Document;
  url: string;
  host: string;
  detection: Detection;
  model: LensModel;
  /** The reader's one queue of sliced work: draw many entries' controls through it, never in one task. */
  slicer: Slicer;
  settings: Settings;
  bus: ReaderBus;
  /** Messages to the background. */
  send: Send;
  /** The interface's words in the browser's language: given to components (I18nProvider) and used for announcements. */
  i18n: Translator;
  /** The extension's stored values (settings are already loaded in `settings`). */
  storage: LensStorage;
  signal: AbortSignal;
  /** A service (started on first use); null when it cannot run on this page (e.g. no http(s) URL). */
  use<N extends ServiceName>(name: N): Promise<Services[N] | null>;
}

/** One reader feature: what it needs, and how it starts (cleaning up on `ctx.signal`). */
export interface Feature {
  name: string;
  needs: readonly ServiceName[];
  start(ctx: ReaderContext, services: Services): void | Promise<void>;
}

/**
 * Declares a feature. `start` gets the services named in `needs`, ready; a feature whose service
 * cannot run on this page is not started. Optional services: `ctx.use(name)` inside `start`.
 */
export function defineFeature<const N extends ServiceName = never>(feature: {
  name: string;
  needs?: readonly N[];
  start(ctx: ReaderContext, services: Pick<Services, N>): void | Promise<void>;
}): Feature {
  return { name: feature.name, needs: feature.needs ?? [], start: feature.start };
}

/** How each service is made, given the context. */
export type ServiceProviders = { [N in ServiceName]: (ctx: ReaderContext) => Services[N] | null };
