// Starting the reader's features. Each feature waits only for the services it declares, so the
// order of the list does not matter; one that fails is reported and the others run on.
import type { Feature, ReaderContext, ServiceName, ServiceProviders, Services } from './context';
import type { Yield } from './slices';

/** The context with `use`: each service made once, by the first feature that asks for it. */
export function withServices(base: Omit<ReaderContext, 'use'>, providers: ServiceProviders): ReaderContext {
  const made = new Map<ServiceName, Promise<unknown>>();
  const ctx: ReaderContext = {
    ...base,
    use<N extends ServiceName>(name: N) {
      let service = made.get(name);
      if (!service) made.set(name, (service = Promise.resolve().then(() => providers[name](ctx))));
      return service as Promise<Services[N] | null>;
    },
  };
  return ctx;
}

/**
 * Starts every feature; resolves when all have started (or failed, each reported on its own).
 * With `yieldTo`, each feature starts in a task of its own (a feature's first drawing of a whole
 * page is a task's worth; all of them in one made the reader's longest task).
 */
export async function startFeatures(ctx: ReaderContext, features: readonly Feature[], yieldTo?: Yield): Promise<void> {
  await Promise.all(
    features.map(async (feature) => {
      try {
        if (yieldTo) await new Promise<void>((resolve) => yieldTo(resolve));
        if (ctx.signal.aborted) return;
        const got = await Promise.all(feature.needs.map((name) => ctx.use(name)));
        if (ctx.signal.aborted || got.some((service) => service === null)) return;
        const services = Object.fromEntries(feature.needs.map((name, i) => [name, got[i]])) as unknown as Services;
        await feature.start(ctx, services);
      } catch (error) {
        // One broken feature must not take the others down.
        console.error(`[Liveblog Lens] ${feature.name}:`, error);
      }
    }),
  );
}
