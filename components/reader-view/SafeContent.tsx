// An entry's cleaned content drawn from its safe tree (lib/reader-view/safe-tree.ts): every node
// is built by Preact from an allowed tag with the few attributes rebuilt here, so no markup of the
// page is ever parsed into the view. Links open in a new tab without the view as opener or
// referrer; images load lazily without a referrer; embeds are links to what was embedded.
import type { ComponentChildren, JSX } from 'preact';
import type { SafeElement, SafeNode } from '@/lib/reader-view/safe-tree';
import { useT } from '@/components/i18n';

const hostOf = (href: string) => {
  try {
    return new URL(href).host;
  } catch {
    return href;
  }
};

function draw(node: SafeNode, key: number): ComponentChildren {
  if (typeof node === 'string') return node;
  return <SafeElementView key={key} node={node} />;
}

function Embed({ href }: { href: string }) {
  const { t } = useT();
  return (
    <p class="embed">
      <a href={href} target="_blank" rel="noopener noreferrer">
        {t('readerView.embedded', { host: hostOf(href) })}
      </a>
    </p>
  );
}

function SafeElementView({ node }: { node: SafeElement }): JSX.Element | null {
  const children = node.children.map(draw);
  switch (node.tag) {
    case 'a':
      return (
        <a href={node.href} target="_blank" rel="noopener noreferrer">
          {children}
        </a>
      );
    case 'embed':
      return <Embed href={node.href ?? ''} />;
    case 'img':
      return <img src={node.src} alt={node.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />;
    case 'br':
      return <br />;
    case 'hr':
      return <hr />;
    default: {
      const Tag = node.tag;
      return <Tag>{children}</Tag>;
    }
  }
}

/** The cleaned content of one entry. */
export function SafeContent({ nodes }: { nodes: readonly SafeNode[] }) {
  return <>{nodes.map(draw)}</>;
}
