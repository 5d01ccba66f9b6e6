// The panel's components and styles, as the reader's panel and chips features use them.
export { Panel, type PanelProps } from './Panel';
export { SpeakerList, SPEAKER_SEARCH_MIN, type SpeakerListProps } from './SpeakerList';
export { OrderSwitch, type OrderSwitchProps, type ReadingOrder } from './OrderSwitch';
export { RepeatsSwitch, type RepeatsSwitchProps } from './RepeatsSwitch';
export { ReadingTools, type ReadingToolsProps } from './ReadingTools';
export { FilterBar, type FilterBarProps } from './FilterBar';
export { KeysHelp, type KeysHelpProps } from './KeysHelp';
export { FoundQuotes, previewQuote, QUOTE_PREVIEW_CHARS, type FoundQuotesProps, type PanelQuote } from './FoundQuotes';
export { CountsLine, type CountsLineProps } from './CountsLine';
export { EntryChips, type EntryChipsProps } from './EntryChips';
export {
  PANEL_CSS, PANEL_HOST, PANEL_READING_HOST, PANEL_SLOTTED, FILTER_BAR_CSS, FILTER_BAR_HOST, CHIPS_CSS, CHIPS_HOST, PANEL_WIDTH,
  DOCK_MIN_WIDTH, SHEET_VH, TAB_WIDTH,
} from './styles';
