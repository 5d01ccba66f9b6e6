// The Panel's props for tests: what a test varies is flat (`PanelSpec`); `props` turns it into the
// panel's sections and keeps the spies on the result, so a test can check which callback ran.
import { vi } from 'vitest';
import type { PanelProps } from '../../../components/panel';

export const SPEAKERS = [
  { name: 'Anna Keller', entries: 3 },
  { name: 'Ines Darrow', entries: 2 },
  { name: 'Tomasz Wierzba', entries: 1 },
];

/** What a test varies, flat; `props` turns it into the panel's sections (and keeps the spies). */
export interface PanelSpec {
  speakers: Array<{ name: string; entries: number }>;
  selected: ReadonlySet<string>;
  shown: number;
  total: number;
  filtering: boolean;
  order: 'site' | 'oldest-first';
  siteOldestFirst?: boolean;
  repeats: { found: number; collapsed: number; showing: boolean };
  /** The reading section's slot name, or null (the section itself is ReadingTools, drawn apart). */
  readingSlot: string | null;
  quotes?: PanelProps['quotes'];
  autoFocus?: boolean;
  onOpenLibrary?(): void;
  onToggleSpeaker(name: string): void;
  onAllSpeakers(): void;
  onOrder(order: string): void;
  onShowRepeats(show: boolean): void;
  onHelp?(): void;
  onClose(): void;
}

export function props(overrides: Partial<PanelSpec> = {}): PanelProps & Omit<PanelSpec, keyof PanelProps> {
  const s: PanelSpec = {
    speakers: SPEAKERS,
    selected: new Set(),
    shown: 8,
    total: 8,
    filtering: false,
    order: 'site',
    repeats: { found: 2, collapsed: 2, showing: false },
    readingSlot: 'reading',
    onToggleSpeaker: vi.fn(),
    onAllSpeakers: vi.fn(),
    onOrder: vi.fn(),
    onShowRepeats: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  const sections: PanelProps = {
    counts: { shown: s.shown, total: s.total, filtering: s.filtering },
    speakers: { speakers: s.speakers, selected: s.selected, onToggle: s.onToggleSpeaker, onAll: s.onAllSpeakers },
    quotes: s.quotes,
    order: { order: s.order, siteOldestFirst: s.siteOldestFirst, onOrder: s.onOrder },
    repeats: { repeats: s.repeats.found, collapsed: s.repeats.collapsed, showing: s.repeats.showing, onShow: s.onShowRepeats },
    readingSlot: s.readingSlot,
    onHelp: s.onHelp,
    autoFocus: s.autoFocus,
    onOpenLibrary: s.onOpenLibrary,
    onClose: s.onClose,
  };
  return { ...s, ...sections };
}
