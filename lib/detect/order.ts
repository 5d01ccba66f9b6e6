import { datetimeAttr, isTimeElement, labelKind, labelValue, lineTime, splitTimePrefix, type LabelKind } from './time';

/** How the times of a run follow each other, block to block. */
export interface RunOrder {
  /** The kind most blocks print (`datetime` for machine times). */
  kind: LabelKind | 'datetime' | null;
  /** Adjacent pairs going back in time (newest first), forward, and comparable at all. */
  down: number;
  up: number;
  pairs: number;
  /** Pairs of cricket balls one ball apart (or the same ball again: a wide or a no-ball). */
  ballSteps: number;
  /** Times of the run's kind, and how many of them fall on a round five minutes ("19:45", "20:00"). */
  count: number;
  round: number;
  /** Machine times (`datetime`) whose printed text is a date with no time of day ("14. Mai 2019"). */
  dateOnly: number;
}

// A date as printed ("14.05.2019", "2019-05-14", "24/09/2019"), taken out before looking for a
// clock, whose "14.05" would read as one; and a clock left after that.
const NUMERIC_DATE = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}/g;
const YEAR = /(?:^|\D)(?:19|20)\d\d(?!\d)/;
const CLOCK_IN_TEXT = /\d[:.hH][0-5]\d(?!\d)/;

/**
 * True when a `time` element prints a date and no time of day: an archive or a list of related
 * articles stamps its items so. A live entry prints when it was posted ("10:32", "5 min ago").
 */
export function printsDateOnly(anchor: Element): boolean {
  const text = anchor.textContent ?? '';
  if (!YEAR.test(text)) return false;
  return !CLOCK_IN_TEXT.test(text.replace(NUMERIC_DATE, ' '));
}

/** The kind and ordering value of the time an anchor carries. */
export function anchorTime(anchor: Element): { kind: RunOrder['kind']; value: number | null } {
  if (isTimeElement(anchor)) {
    const ms = Date.parse(datetimeAttr(anchor) ?? '');
    if (Number.isFinite(ms)) return { kind: 'datetime', value: ms / 60000 };
  }
  return printedTime(anchor);
}

/** The kind and ordering value of the time an anchor prints, its machine time aside. */
function printedTime(anchor: Element): { kind: RunOrder['kind']; value: number | null } {
  // A label alone ("19:45"), or one that opens a heading or paragraph ("19.45 Uhr: …", "4:14 p.m.<br>…").
  const whole = anchor.textContent ?? '';
  const text = labelKind(whole) ? whole : splitTimePrefix(whole.slice(0, 60))?.time ?? lineTime(anchor) ?? '';
  const kind = labelKind(text);
  return { kind, value: kind ? labelValue(text, kind) : null };
}

/** Reads the order of a run from the first anchor of each of its blocks. */
export function runOrder(anchors: readonly Element[]): RunOrder {
  const order = orderOf(anchors.map(anchorTime), (i) => printsDateOnly(anchors[i]!));
  // A CMS may stamp every item's `datetime` with one time (the page's) and still print each
  // item's own clock: then the printed times tell the order.
  if (order.kind === 'datetime' && order.pairs >= 2 && order.down + order.up === 0) {
    const printed = orderOf(anchors.map(printedTime));
    if (printed.kind !== null && printed.count >= order.count * 0.6) return printed;
  }
  return order;
}

/** The order of times read from the page (see `runOrder`); `dateOnly(i)` for machine times printed as dates. */
export function orderOf(times: readonly ReturnType<typeof anchorTime>[], dateOnly: (i: number) => boolean = () => false): RunOrder {
  const counts = new Map<RunOrder['kind'], number>();
  for (const t of times) counts.set(t.kind, (counts.get(t.kind) ?? 0) + 1);
  let kind: RunOrder['kind'] = null;
  for (const [k, n] of counts) if (n > (counts.get(kind) ?? 0)) kind = k;
  const order: RunOrder = { kind, down: 0, up: 0, pairs: 0, ballSteps: 0, count: 0, round: 0, dateOnly: 0 };
  let last: number | null = null;
  times.forEach((t, i) => {
    if (t.kind !== kind || t.value === null) return;
    order.count++;
    if (kind === 'datetime' && dateOnly(i)) order.dateOnly++;
    if (t.value % 5 === 0) order.round++;
    if (last !== null) {
      order.pairs++;
      if (t.value < last) order.down++;
      if (t.value > last) order.up++;
      if (Math.abs(t.value - last) <= 1) order.ballSteps++;
    }
    last = t.value;
  });
  return order;
}

/**
 * True when most pairs that move go one way: a match is told minute by minute, in one direction
 * (several comments in one minute move neither way).
 */
export function isOrdered(o: RunOrder): boolean {
  return Math.max(o.down, o.up) >= (o.down + o.up) * 0.75;
}

/**
 * Whether a run's times fit a live stream. Match minutes and cricket balls must run one way (and
 * balls one at a time, else "4.5, 4.3, 4.1" ratings would pass); bare dotted clocks newest first.
 * Clock times that fall on round five minutes are planned, not observed: an agenda, a schedule, a
 * TV guide (entries posted as news happens land on any minute: three in a row on round ones is
 * one chance in 125). And clock times that only go forward are an agenda too, unless the URL says
 * the page is live.
 */
export function orderFits(o: RunOrder, urlHint: boolean): boolean {
  if (o.kind === 'ball') return o.pairs > 0 && isOrdered(o) && o.ballSteps * 2 >= o.pairs;
  // A results widget prints "FT" on every row: a match told minute by minute moves on.
  if (o.kind === 'minute') return isOrdered(o) && o.down + o.up > 0;
  // Bare "88." minutes: a numbered list counts one by one ("1.", "2.", "3." or "10.", "9.", "8."),
  // a match's lines leave minutes out between them.
  if (o.kind === 'ordinal') return isOrdered(o) && o.down + o.up >= 2 && o.ballSteps < o.pairs;
  // Times that are no kind of time we can read (a feed's "4d", "1w") prove nothing by their order:
  // only a URL that says the page is live lets them stand.
  if (o.kind === null) return urlHint;
  if (o.kind !== 'clock' && o.kind !== 'datetime' && o.kind !== 'dotted') return true;
  if (o.count >= 3 && o.round >= o.count * 0.8) return false;
  // Entries are posted as news comes: a list whose every item bears one stamp (a CMS's date on
  // each teaser) is no stream, nor one whose items print dates without a time of day (an archive).
  if (o.pairs >= 3 && o.down + o.up === 0) return false;
  if (o.dateOnly > 0 && o.dateOnly * 5 >= o.count * 3) return false;
  // Bare "17.00" stamps are times only newest first: in any other order they are prices or scores.
  if (o.kind === 'dotted') return isNewestFirst(o);
  return urlHint || o.up <= o.down;
}

/** A newest-first stream of times: its entries may be as short as a line ("7h29 - Le trafic reprend."). */
export function isNewestFirst(o: RunOrder): boolean {
  return o.down >= 2 && o.down >= o.up * 2;
}

/**
 * Times that may start flat entries: newest first, or, on a page whose URL says it is live and
 * too young to show an order (two entries), never going forward; match minutes in one direction.
 */
export function mayStartEntries(o: RunOrder, urlHint: boolean): boolean {
  // The match clock proves a stream in either direction: a finished match is often replayed oldest first.
  if (o.kind === 'minute' || o.kind === 'ordinal') return isOrdered(o) && o.down + o.up >= 2;
  return isNewestFirst(o) || (urlHint && o.down > 0 && o.up === 0);
}
