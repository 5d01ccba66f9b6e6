// What readers write carries timestamps too: comment threads, forum threads, answers, and pages
// of planned times (schedules). None of them is a live blog. Each fixture is also shown to pass
// as live once the signal that keeps it out is taken away, so each rule is seen to do the work.
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/detect/index';
import { isDiscussion, isStreamPlace } from '../../../lib/detect/blocks';
import { parseHtml } from '../../../tools/dom';
import { fixture } from '../../helpers/fixtures';

const live = (html: string, url: string) => detect(parseHtml(html), url).isLiveBlog;

describe('a forum thread (a "live match thread" at a -live- URL)', () => {
  const url = 'https://www.terracetalk.example/threads/live-match-thread-harbour-town-v-river-city.5512/';
  const html = fixture('generic/neg-forum.html');
  const noJsonLd = html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
  const noTypes = noJsonLd.replace(/ itemscope itemtype="https:\/\/schema.org\/Comment"/g, '');
  const noReplies = noTypes.replace(/ class="actionBar-action actionBar-action--reply"/g, '').replace(/\/reply\?quote=/g, '/q?p=');

  it('is no live blog, by its JSON-LD type, by its posts’ schema.org type, or by their reply buttons', () => {
    expect(live(html, url)).toBe(false);
    expect(live(noJsonLd, url)).toBe(false);
    expect(live(noTypes, url)).toBe(false);
  });

  it('would pass as live without any of them: the rules, not the markup, keep it out', () => {
    expect(live(noReplies, url)).toBe(true);
  });
});

describe('questions and answers', () => {
  const url = 'https://cycling.answers.example/questions/4412/live-wheel-how-do-i-stop-my-bike-chain-slipping';
  const html = fixture('generic/neg-qa.html');

  it('is no live blog: a question page, its answers in #answers, typed schema.org Answer, with vote counts', () => {
    expect(live(html, url)).toBe(false);
  });

  it('would pass as live with those names and types taken away', () => {
    const bare = html
      .replace(/ itemscope itemtype="https:\/\/schema.org\/(?:QAPage|Question|Answer)"/g, '')
      .replace(/id="answers"/, 'id="list"')
      .replace('question-page', 'page')
      .replace(/answer(?:cell|s-header| js-answer| accepted-answer)?/g, 'post')
      .replace(/js-vote-count/g, 'count');
    expect(live(bare, url)).toBe(true);
  });
});

describe('reader comments under a how-to article', () => {
  const url = 'https://www.homefixer.example/heating/live-how-to-bleed-a-radiator';
  const html = fixture('generic/neg-comments.html');

  it('is no live blog, though its comments are timed, long and newest first', () => {
    expect(live(html, url)).toBe(false);
  });

  it('is kept out by its names ("responses") and its reply links; either alone is enough', () => {
    expect(live(html.replace(/ class="response__reply-link" data-action="reply"/g, ''), url)).toBe(false);
    const renamed = html.replace(/responses/g, 'stream').replace(/response/g, 'item');
    expect(live(renamed, url)).toBe(false);
    expect(live(renamed.replace(/ class="item__reply-link" data-action="reply"/g, ''), url)).toBe(true);
  });
});

describe('schedules: planned times', () => {
  it('a game wiki’s daily schedule of live events stays negative, even at a /Live_Events URL', () => {
    const html = fixture('generic/neg-wiki-schedule.html');
    expect(live(html, 'https://harbourquest.wiki.example/wiki/Live_Events')).toBe(false);
    expect(live(html, 'https://harbourquest.wiki.example/wiki/Events')).toBe(false);
  });

  it('is kept out by its round times: the same page at minutes a newsroom would post at reads as live', () => {
    const observed = fixture('generic/neg-wiki-schedule.html')
      .replace('06:00', '21:07').replace('09:30', '18:52').replace('12:00', '15:31')
      .replace('15:15', '12:44').replace('18:45', '09:13').replace('21:00', '06:02');
    expect(live(observed, 'https://harbourquest.wiki.example/wiki/Live_Events')).toBe(true);
  });
});

describe('the discussion rules themselves', () => {
  const doc = parseHtml(`<html><body>
    <div id="c1" class="comment-list"><div class="x"><p>a</p></div></div>
    <div id="c2" class="thread-replies"><p>b</p></div>
    <div id="c3" class="feed"><p>c</p></div>
    <div id="c4"><div itemtype="https://schema.org/Answer"><p>d</p></div></div>
    <ul id="posts"><li><p>one</p><a class="reply-link" href="#r">Reply</a></li><li><p>two</p><button class="vote-count">3</button></li><li><p>three</p></li></ul>
  </body></html>`);
  const el = (id: string) => doc.getElementById(id)!;

  it('knows a discussion by the names of its containers, in several languages, and by schema.org types', () => {
    expect(isStreamPlace(el('c1').firstElementChild!)).toBe(false);
    expect(isStreamPlace(el('c2'))).toBe(false);
    expect(isStreamPlace(el('c3'))).toBe(true);
    expect(isStreamPlace(el('c4').firstElementChild!)).toBe(false);
    for (const name of ['kommentare', 'commentaires', 'commenti', 'comentarios', 'komentarze', 'forum', 'answers']) {
      expect(isStreamPlace(parseHtml(`<html><body><div class="${name}"><p>x</p></div></body></html>`).querySelector('p')!)).toBe(false);
    }
  });

  it('knows a discussion when most of its blocks carry reply or vote controls', () => {
    const posts = [...el('posts').children];
    expect(isDiscussion(posts)).toBe(true);
    expect(isDiscussion([posts[2]!, posts[2]!, posts[0]!])).toBe(false);
  });
});
