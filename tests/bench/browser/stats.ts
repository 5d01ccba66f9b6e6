// Small numeric and text helpers for the browser bench's tables.

/** The median of `values` (the mean of the middle two for an even count); NaN when empty. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Smallest and largest finite value, or null when there is none. */
export function range(values: readonly number[]): [number, number] | null {
  const finite = values.filter((v) => Number.isFinite(v));
  return finite.length ? [Math.min(...finite), Math.max(...finite)] : null;
}

/** Milliseconds as people read them: 0.42, 8.31, 127, 14.8 s. */
export function fmtMs(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '-';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return value.toFixed(0);
  return value < 10 ? value.toFixed(2) : value.toFixed(1);
}

/** A ratio with two decimals and a times sign, or '-'. */
export function fmtRatio(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '-' : `${value.toFixed(2)}×`;
}

/** A count with thousands separators. */
export function fmtCount(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '-' : Math.round(value).toLocaleString('en');
}

/** Milliseconds with their unit, for sentences ("8.3 ms", "23.9 s"). */
export function fmtTime(value: number | null | undefined): string {
  const text = fmtMs(value);
  return text === '-' || text.endsWith(' s') ? text : `${text} ms`;
}

/** "median (min–max)" of a list (of milliseconds unless `fmt` says); only the median when all values are one. */
export function fmtSpread(values: readonly number[], fmt: (v: number) => string = fmtMs): string {
  const r = range(values);
  if (!r) return '-';
  const m = fmt(median(values));
  return r[0] === r[1] || values.length < 2 ? m : `${m} (${fmt(r[0])}–${fmt(r[1])})`;
}

/** Bytes as KB of 1,000 bytes (as issue 12 counts them), one decimal. */
export function fmtKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

/** MB with one decimal. */
export function fmtMb(bytes: number | null | undefined): string {
  return bytes === null || bytes === undefined || !Number.isFinite(bytes) ? '-' : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Prints rows as aligned columns (first row is the header), then a blank line. */
export function printTable(rows: readonly (readonly (string | number)[])[], log: (line: string) => void = console.log): void {
  if (rows.length === 0) return;
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  for (const row of rows) log(row.map((cell, c) => String(cell ?? '').padEnd(widths[c]!)).join('  ').trimEnd());
  log('');
}
