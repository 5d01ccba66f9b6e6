// Our styles for elements the site's stylesheets also reach (its own entries carrying our marks,
// our few light-DOM controls, our shadow hosts and the slotted panel tab) must win over whatever
// the site ships, `!important` included. Rather than `!important` written into every declaration,
// those sheets are written plainly and made important here, as they are injected. Styles inside
// our shadow roots need none of this: the site's CSS cannot reach in.

/**
 * `css` with every declaration marked `!important`. Handles nested at-rules (`@media { a { } }`)
 * and leaves declarations already marked as they are. Not a CSS parser: meant for our own sheets,
 * which keep `;` and braces out of values and strings.
 */
export function important(css: string): string {
  return css.replace(/\{([^{}]*)\}/g, (_block, body: string) => {
    const declarations = body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => (/!\s*important$/i.test(d) ? d : `${d} !important`));
    return `{ ${declarations.join('; ')}${declarations.length ? ';' : ''} }`;
  });
}
