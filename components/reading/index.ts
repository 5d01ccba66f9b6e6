// The reading controls the reader draws in the page (star, badge, stubs, save quote, notices) and their styles.
export { NewBadge } from './NewBadge';
export { NewSummary, type NewSummaryProps } from './NewSummary';
export { SaveQuoteButton, type SaveQuoteButtonProps, type SaveQuoteStatus } from './SaveQuoteButton';
export { SpeakerPrompt, type SpeakerPromptProps } from './SpeakerPrompt';
export { StarButton, type StarButtonProps } from './StarButton';
export { LAYER_CSS } from './styles';
export { RepeatStub, SeeAlso, type RepeatStubProps, type SeeAlsoProps } from './RepeatStub';
export { ENTRY_TOOLS_CSS, STUB_CSS } from './page-styles';
