/**
 * Where a social handle ("@name") ends in text. A byline's handle written with a space where its
 * underscore was ("Rob Tallis (@rob tallis)", as some page extractions print "@rob_tallis") is
 * still one handle: a handle inside parentheses runs to the closing one when one word is between.
 */
const HANDLE_CHAR = /[A-Za-z0-9_]/;
const SPLIT_TAIL = /^ [A-Za-z0-9_]{1,15}(?=\))/;

/** End (exclusive) of the handle whose "@" is at `at`. */
export function handleEnd(text: string, at: number): number {
  let j = at + 1;
  while (j < text.length && HANDLE_CHAR.test(text[j]!)) j++;
  if (text[at - 1] !== '(') return j;
  const split = SPLIT_TAIL.exec(text.slice(j, j + 17));
  return split ? j + split[0].length : j;
}
