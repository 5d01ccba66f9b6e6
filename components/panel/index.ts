// The panel's components and styles, as the reader's panel and chips features use them.
export { Panel, type PanelProps } from './Panel';
export { SpeakerList, SPEAKER_SEARCH_MIN, type SpeakerListProps } from './SpeakerList';
export { OrderSwitch, type OrderSwitchProps, type ReadingOrder } from './OrderSwitch';
export { RepeatsSwitch, type RepeatsSwitchProps } from './RepeatsSwitch';
export { ReadingFilters, type ReadingFiltersProps } from './ReadingFilters';
export { FoundQuotes, previewQuote, QUOTE_PREVIEW_CHARS, type FoundQuotesProps, type PanelQuote } from './FoundQuotes';
export { CountsLine, type CountsLineProps } from './CountsLine';
export { EntryChips, type EntryChipsProps } from './EntryChips';
export { PANEL_CSS, PANEL_HOST, PANEL_SLOTTED, CHIPS_CSS, CHIPS_HOST, PANEL_WIDTH, DOCK_MIN_WIDTH } from './styles';
