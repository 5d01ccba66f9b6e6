// What a block of the page says about itself, read in one walk without selectors (DOM libraries
// for Node compile a selector on every query, and this runs during detection).

/** Non-space characters of text, in all, inside links to other pages, inside `time`. */
export interface BlockStats {
  text: number;
  linkText: number;
  timeText: number;
  /** Paragraphs, quotes, figures, images or lists: the markup of a written body. */
  bodyMarkup: boolean;
  /**
   * The first heading is, or holds, a link to another page (a teaser's headline), or a link to
   * another page repeats its words: a card made clickable by a link laid over it.
   */
  headlineLinksAway: boolean;
}

const BODY_MARKUP = new Set(['p', 'blockquote', 'figure', 'img', 'ul', 'ol']);
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button']);
const HEADING_TAG = /^h[1-6]$/;

export function nonSpace(text: string | null): number {
  let n = 0;
  if (text) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32 && text.charCodeAt(i) !== 160) n++;
  return n;
}

/** True when a link stays on this page (`#block-1`) rather than leading to another one. */
function isOwnLink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href === '' || href.startsWith('#');
}

const squash = (text: string | null) => (text ?? '').replace(/\s+/g, '');

export function blockStats(block: Element): BlockStats {
  const stats: BlockStats = { text: 0, linkText: 0, timeText: 0, bodyMarkup: false, headlineLinksAway: false };
  let headingSeen = false;
  let heading = '';
  const awayWords: string[] = [];
  const walk = (parent: Node, inLink: boolean, inTime: boolean, inHeadline: boolean): void => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const n = nonSpace(node.nodeValue);
        stats.text += n;
        if (inLink) stats.linkText += n;
        if (inTime) stats.timeText += n;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      const tag = el.localName;
      if (NO_TEXT.has(tag)) continue;
      if (BODY_MARKUP.has(tag)) stats.bodyMarkup = true;
      const away = tag === 'a' && !isOwnLink(el);
      let headline = inHeadline;
      if (!headingSeen && HEADING_TAG.test(tag)) {
        headingSeen = true;
        headline = true;
        heading = squash(el.textContent);
        if (inLink) stats.headlineLinksAway = true;
      }
      if (away && headline) stats.headlineLinksAway = true;
      else if (away && !inLink) awayWords.push(squash(el.textContent));
      walk(el, inLink || away, inTime || tag === 'time', headline);
    }
  };
  walk(block, false, false, false);
  if (heading && awayWords.includes(heading)) stats.headlineLinksAway = true;
  return stats;
}

/** True when `el` is, or sits in, a link. */
export function inLink(el: Element): boolean {
  for (let p: Element | null = el; p; p = p.parentElement) if (p.localName === 'a') return true;
  return false;
}

// Blocks in these never are the stream: schedules, teaser rails, page chrome, and what readers
// write (comments, forum threads, answers, reviews, a live chat's messages), in the class and id
// words sites use for them.
const OUTSIDE_TAGS = new Set(['aside', 'nav', 'footer', 'header', 'table']);
const DISCUSSION =
  /(?:^|[\s_-])(?:comments?|replies|reply|responses|disqus|discussions?|forums?|threads?|answers?|questions?|reviews?|chats?|kommentare?|commentaires?|commenti|comentarios?|komentarze)(?:$|[\s_-])/i;
// schema.org types of what readers write, and of pages made of it.
const DISCUSSION_TYPE = /schema\.org\/(?:Comment|Answer|Question|QAPage|DiscussionForumPosting|Review|UserComments)\b/;

/** True when an element is, by its names or its schema.org type, a comment, a post of a forum, an answer or a review. */
export function isDiscussionElement(el: Element): boolean {
  return (
    DISCUSSION.test(`${el.localName} ${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`) ||
    DISCUSSION_TYPE.test(el.getAttribute('itemtype') ?? '')
  );
}

/**
 * True when a container can hold a live stream at all (not a sidebar, table or discussion). A
 * stream stamped with the match clock (`sport`: minutes, overs, periods) may be named "comments":
 * sports sites call their commentary lines so, and readers never stamp theirs with the match clock.
 * With `table`, a table may hold it: some sites set a match's commentary as rows of minute and
 * line (a run of match minutes; a schedule or a scorecard has none).
 */
export function isStreamPlace(container: Element, sport = false, table = false): boolean {
  // One walk up the ancestors, by name: `closest()` with a selector list compiles it on each call.
  for (let el: Element | null = container; el; el = el.parentElement) {
    if (OUTSIDE_TAGS.has(el.localName) && !(table && el.localName === 'table')) return false;
    const role = el.getAttribute('role');
    if (role === 'complementary' || role === 'navigation') return false;
    if (!sport && isDiscussionElement(el)) return false;
  }
  return true;
}

// Controls that only what readers write carries: reply, quote-reply and vote buttons.
const REPLY_CONTROL = '[class*="reply" i], [href*="reply" i], [data-action*="reply" i], [aria-label*="reply" i], [class*="upvote" i], [class*="vote-count" i], [href*="mode=quote" i]';

/**
 * True when most blocks are what readers write: each a comment, a forum post or an answer (by
 * name or type, unless stamped with a match clock: see `isStreamPlace`), or carrying a reply or
 * vote control. Live entries have share buttons, not these.
 */
export function isDiscussion(blocks: readonly Element[], sport = false): boolean {
  let n = 0;
  for (const b of blocks) if ((!sport && isDiscussionElement(b)) || b.querySelector(REPLY_CONTROL)) n++;
  return n * 2 >= blocks.length;
}
