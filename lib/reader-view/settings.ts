// The reader view's own choices, remembered (entrypoints/shared/storage.ts, key `readerView`):
// theme, type size, line height, text width and reading order. As with lib/settings.ts, a stored
// value of any shape comes back valid: numbers clamped to what stays readable, unknown words
// replaced by the default.
import { withDefaults } from '../settings';
import type { Direction } from './blog';

/** `auto` follows the browser's light or dark preference. */
export type ReaderTheme = 'auto' | 'light' | 'dark' | 'sepia';
/** Text width, in characters per line. */
export type ReaderWidth = 'narrow' | 'medium' | 'wide';

export interface ReaderViewSettings {
  theme: ReaderTheme;
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line height as a multiple of the text size. */
  lineHeight: number;
  width: ReaderWidth;
  order: Direction;
}

export const READER_DEFAULTS: ReaderViewSettings = { theme: 'auto', fontSize: 18, lineHeight: 1.6, width: 'medium', order: 'newest' };

export const THEMES: readonly ReaderTheme[] = ['auto', 'light', 'dark', 'sepia'];
export const WIDTHS: readonly ReaderWidth[] = ['narrow', 'medium', 'wide'];
/** Characters per line for each width (about 60-75 is the comfortable range; wide is for tables). */
export const WIDTH_CH: Record<ReaderWidth, number> = { narrow: 56, medium: 68, wide: 84 };
export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.3, max: 2.0, step: 0.1 } as const;

const clamp = (value: number, { min, max }: { min: number; max: number }) => Math.min(max, Math.max(min, value));

/** A stored value made valid. */
export function readReaderViewSettings(stored: unknown): ReaderViewSettings {
  const out = withDefaults(READER_DEFAULTS, stored);
  return {
    theme: THEMES.includes(out.theme) ? out.theme : READER_DEFAULTS.theme,
    fontSize: Number.isFinite(out.fontSize) ? Math.round(clamp(out.fontSize, FONT_SIZE)) : READER_DEFAULTS.fontSize,
    lineHeight: Number.isFinite(out.lineHeight) ? Math.round(clamp(out.lineHeight, LINE_HEIGHT) * 10) / 10 : READER_DEFAULTS.lineHeight,
    width: WIDTHS.includes(out.width) ? out.width : READER_DEFAULTS.width,
    order: out.order === 'oldest' || out.order === 'newest' ? out.order : READER_DEFAULTS.order,
  };
}
