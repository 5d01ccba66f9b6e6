// The repeat stub and the "See also" link, as Preact components (the repeats feature mounts them).
import { useState } from 'preact/hooks';
import { useT } from '../i18n';

/** Props of the one-line stub a collapsed repeat leaves in its place. */
export interface RepeatStubProps {
  /** "Repeated: same as the 12.50 entry". */
  label: string;
  /** The reader opened (true) or closed (false) the repeat. */
  onToggle(open: boolean): void;
}

/** "Repeated: same as … — Show": the button opens the entry in place and then reads "Hide". */
export function RepeatStub({ label, onToggle }: RepeatStubProps) {
  const [open, setOpen] = useState(false);
  const { t, lang } = useT();
  const toggle = () => {
    setOpen(!open);
    onToggle(!open);
  };
  return (
    <>
      <span lang={lang}>{label}</span>
      <button type="button" lang={lang} aria-expanded={open} onClick={toggle}>
        {t(open ? 'entry.stub.hide' : 'entry.stub.show')}
      </button>
    </>
  );
}

/** Props of the quiet link from an entry to a related (not repeated) one. */
export interface SeeAlsoProps {
  /** The whole link text ("See also the 12.50 entry"). */
  label: string;
  /** Its permalink, for opening in a new tab; the click itself scrolls in the page. */
  href: string;
  onGo(): void;
}

/** "See also the 12.50 entry". */
export function SeeAlso({ label, href, onGo }: SeeAlsoProps) {
  const { lang } = useT();
  return (
    <a
      href={href}
      lang={lang}
      onClick={(event) => {
        event.preventDefault();
        onGo();
      }}
    >
      {label}
    </a>
  );
}
