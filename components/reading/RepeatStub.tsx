// The repeat stub and the "See also" link, as views: each is drawn in its own host's shadow root
// by the repeats feature, and the reader's clicks reach the feature through its one delegated
// listener (trusted clicks only), so neither carries a handler.

/** Props of the one-line stub a collapsed repeat leaves in its place. */
export interface RepeatStubProps {
  /** "Repeated: same as the 12.50 entry". */
  label: string;
  /** The reader opened the repeat in place. */
  open: boolean;
}

/** "Repeated: same as … — Show": the button opens the entry in place and then reads "Hide". */
export function RepeatStub({ label, open }: RepeatStubProps) {
  return (
    <>
      {label}
      <button type="button" aria-expanded={open ? 'true' : 'false'}>
        {open ? 'Hide' : 'Show'}
      </button>
    </>
  );
}

/** Props of the quiet link from an entry to a related (not repeated) one. */
export interface SeeAlsoProps {
  /** How the reader recognises the other entry ("the 12.50 entry"). */
  label: string;
  /** Its permalink, for opening in a new tab; a click scrolls in the page instead. */
  href: string;
}

/** "See also the 12.50 entry". */
export function SeeAlso({ label, href }: SeeAlsoProps) {
  return <a href={href}>{`See also ${label}`}</a>;
}
