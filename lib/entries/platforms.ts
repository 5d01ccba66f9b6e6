// What live-blog platforms print inside an entry besides its text, where their names are not the
// words the generic reading knows (a byline called "editor", a headline that is no heading, a
// count of claps): data per platform, from the same public sources as their containers
// (lib/detect/platforms.ts). Only the reader loads this.

/** Selectors of one kind of part, per platform. */
export interface PlatformParts {
  /** The entry's byline: a short line, its text the author's name. */
  author: string;
  /** The entry's headline where it is no heading element. */
  title: string;
  /** Never text: reactions, consent toggles of embeds, photo credits. */
  furniture: string;
}

export const PLATFORM_PARTS: PlatformParts = {
  author: [
    '.lb24-default-list-item-editor', // 24liveblog: avatar and name of the post's editor
  ].join(', '),
  title: [
    '.lb24-default-list-item-title', // 24liveblog
  ].join(', '),
  furniture: [
    '.lb24-vote', // 24liveblog: the clapping hands and their count
    '.tickaroo-web-embed-toggle', // Tickaroo: "show external content" of an embed
    '.tik3-media-item-credit', // Tickaroo v3: a photo's credit line
  ].join(', '),
};
