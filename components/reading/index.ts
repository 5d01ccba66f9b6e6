// The reading controls the reader draws in the page (tools, stubs, save quote, notices) and their styles.
export { EntryTools, type EntryToolsProps } from './EntryTools';
export { NewSummary, type NewSummaryProps } from './NewSummary';
export { SaveQuoteButton, type SaveQuoteButtonProps, type SaveQuoteStatus } from './SaveQuoteButton';
export { SpeakerPrompt, type SpeakerPromptProps } from './SpeakerPrompt';
export { StarButton, type StarButtonProps } from './StarButton';
export { LAYER_CSS } from './styles';
export { RepeatStub, SeeAlso, type RepeatStubProps, type SeeAlsoProps } from './RepeatStub';
export { ENTRY_TOOLS_CSS, ENTRY_TOOLS_HOST, SEE_ALSO_CSS, SEE_ALSO_HOST, STUB_CSS, STUB_HOST } from './entry-styles';
