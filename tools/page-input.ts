// What the analyser accepts: an HTML document, decoded from the bytes of a saved page. Everything
// else (an empty file, plain text, JSON, XML feeds, SVG, images and other binaries) is refused with
// a sentence that says what the file looks like, rather than parsed into an empty document that
// either crashes the pipeline or yields a confident `isLiveBlog: false`.

/** The decoded page, or why the bytes are not one. */
export type PageInput = { html: string } | { error: string };

// Element names that can open an HTML document or a saved fragment of one. Anything else as the
// first tag (svg, rss, feed, urlset, plist...) is another kind of markup.
const HTML_TAGS = new Set(
  ('html head body title meta link base style script noscript template main header footer nav aside article ' +
    'section div span p a h1 h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr td th caption figure ' +
    'figcaption blockquote q cite pre code em strong b i u s small sub sup br hr img picture source video audio ' +
    'iframe form input button select option textarea label fieldset legend time address details summary dialog ' +
    'abbr mark ins del center font frameset frame').split(' '),
);

/** True when the first bytes hold a NUL: text in any 8-bit or UTF-8 encoding never does. */
function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).includes(0);
}

/** Decodes by byte-order mark (UTF-8, UTF-16 LE/BE), else as UTF-8 (invalid bytes become U+FFFD). */
function decode(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) return null;
  return new TextDecoder('utf-8').decode(bytes); // drops a UTF-8 BOM itself
}

function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The first thing that is not a comment, an XML declaration or a processing instruction. */
function firstMarkup(text: string): string {
  return text.replace(/^(?:\s+|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*/, '');
}

/** Checks that `bytes` are an HTML document and decodes them; `name` is used in the message. */
export function readPageInput(bytes: Uint8Array, name: string): PageInput {
  if (bytes.length === 0) return { error: `${name} is empty, not an HTML page` };
  const text = decode(bytes);
  if (text === null) return { error: `${name} is a binary file, not an HTML page` };
  const trimmed = text.trim();
  if (!trimmed) return { error: `${name} holds only white space, not an HTML page` };
  if (isJson(trimmed)) return { error: `${name} is JSON, not an HTML page` };
  const start = firstMarkup(trimmed);
  if (/^<!doctype\s+html[\s>]/i.test(start)) return { html: text };
  const doctype = /^<!doctype\s+([^\s>]+)/i.exec(start);
  if (doctype) return { error: `${name} is a ${doctype[1]} document, not an HTML page` };
  const tag = /<([a-zA-Z][\w:-]*)[\s/>]/.exec(start);
  if (!tag) return { error: `${name} is plain text with no HTML tags, not an HTML page` };
  const first = tag[1]!.toLowerCase();
  // A custom element (`<liveblog-post>`) is HTML; a namespaced or unknown root is another language.
  if (!HTML_TAGS.has(first) && !(first.includes('-') && !first.includes(':'))) {
    return { error: `${name} is <${first}> markup (XML, SVG or a feed?), not an HTML page` };
  }
  return { html: text };
}

/** The `--url` value, if it is an absolute http(s) address; otherwise why not. */
export function checkPageUrl(value: string): { url: string } | { error: string } {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { error: `--url "${value}" is not an absolute URL` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { error: `--url must be an http(s) address, not ${url.protocol} ("${value.slice(0, 80)}")` };
  }
  return { url: url.href };
}
