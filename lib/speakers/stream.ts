/**
 * Which entry came just before which in time, so that "He added that ..." in an entry that names
 * nobody can be the previous entry's speaker. Built as batches arrive: within a batch from the
 * stream direction (read from the entries' times as the repeat finder does, newest-first when they
 * are silent), and a later batch (live entries) follows the newest entry seen so far. Each batch
 * costs its own entries, whatever the blog's size. When times show a link would go forward in
 * time (a batch of older entries loaded below), there is no link: no speaker rather than a guess.
 */
import { streamOrder, type StreamOrder } from '../dedupe/index';
import type { SpeakerEntryInput } from './model';

const ms = (e: Pick<SpeakerEntryInput, 'time'>): number => (e.time ? Date.parse(e.time) : NaN);
/** False only when both times are known and `a` is not earlier than `b`. */
const earlier = (a: number, b: number): boolean => !(a >= b);

export class StreamLinks {
  private order: StreamOrder | null = null;
  private newest: { id: string; ms: number } | null = null;
  private readonly before = new Map<string, string>();
  /** Each entry's place in time order: later batches count on up, older ones loaded below count down. */
  private readonly places = new Map<string, number>();
  private lo = 0;
  private hi = -1;

  /** Links the new entries of a batch, in page order, to the entries just before them in time. */
  link(batch: readonly SpeakerEntryInput[]): void {
    const stream = batch.filter((e) => !e.pinned);
    if (!stream.length) return;
    this.order ??= streamOrder(stream);
    const inTime = (this.order ?? 'newest-first') === 'newest-first' ? [...stream].reverse() : stream;
    // Older than what came before (when times tell): a page of older entries loaded below.
    const older = !!this.newest && !earlier(this.newest.ms, ms(inTime[inTime.length - 1]!));
    const base = older ? this.lo - inTime.length : this.hi + 1;
    inTime.forEach((e, i) => {
      if (!this.places.has(e.id)) this.places.set(e.id, base + i);
    });
    this.lo = Math.min(this.lo, base);
    this.hi = Math.max(this.hi, base + inTime.length - 1);
    let prev = this.newest;
    for (const e of inTime) {
      const t = ms(e);
      if (prev && earlier(prev.ms, t) && !this.before.has(e.id)) this.before.set(e.id, prev.id);
      prev = { id: e.id, ms: t };
    }
    const last = prev!;
    if (!this.newest || earlier(this.newest.ms, last.ms)) this.newest = last;
  }

  /** The entry's place in the stream's time order (undefined for a pinned copy). */
  position(id: string): number | undefined {
    return this.places.get(id);
  }

  /** The id of the entry just before `id` in time, if known. */
  previous(id: string): string | undefined {
    return this.before.get(id);
  }
}
