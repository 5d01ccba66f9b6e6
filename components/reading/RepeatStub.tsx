// The repeat stub and the "See also" link, as views: each is drawn in its own host's shadow root
// by the repeats feature, and the reader's clicks reach the feature through its one delegated
// listener (trusted clicks only), so neither carries a handler.
import { useT } from '../i18n';

/** Props of the one-line stub a collapsed repeat leaves in its place. */
export interface RepeatStubProps {
  /** "Repeated: same as the 12.50 entry", in the reader's language. */
  label: string;
  open: boolean;
}

/** "Repeated: same as … — Show": the button opens the entry in place and then reads "Hide". */
export function RepeatStub({ label, open }: RepeatStubProps) {
  const { t, lang } = useT();
  return (
    <span lang={lang}>
      {label}
      <button type="button" aria-expanded={open ? 'true' : 'false'}>
        {t(open ? 'entry.stub.hide' : 'entry.stub.show')}
      </button>
    </span>
  );
}

/** Props of the quiet link from an entry to a related (not repeated) one. */
export interface SeeAlsoProps {
  /** The whole link text ("See also the 12.50 entry"). */
  label: string;
  /** Its permalink, for opening in a new tab; a click scrolls in the page instead. */
  href: string;
}

/** "See also the 12.50 entry". */
export function SeeAlso({ label, href }: SeeAlsoProps) {
  const { lang } = useT();
  return (
    <a href={href} lang={lang}>
      {label}
    </a>
  );
}
