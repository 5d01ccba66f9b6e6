// Speakers through the entry before in time: "He added ..." in an entry that names nobody, and a
// surname two people of the blog share ("Mr Davies added:"), both only when that earlier entry
// quotes exactly one person; and given names that end a role or place run into a name.
import { describe, expect, it } from 'vitest';
import { SpeakerIndex } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';
import { blogSpeakers, entry, speakersIn, speakersOf } from './helpers';

describe('"he"/"she" in an entry that names nobody', () => {
  it('is the one speaker of the entry before it (pages list newest first)', () => {
    const blog = [
      entry('', ['He added that the ferry would run again on Monday.']),
      entry('', ['Harbour master Tom Okafor said the storm had passed.']),
    ];
    expect(blogSpeakers(blog)).toEqual([['Tom Okafor'], ['Tom Okafor']]);
  });

  it('goes with the quotation it attributes', () => {
    const e = entry('', ['“We are not giving up,” she told reporters.']);
    const r = new SpeakerIndex();
    r.add([e, entry('', ['Coach Lena Hart said the team would train on Sunday.'])]);
    expect(r.get(e.id)!.quotes.map((q) => q.speaker)).toEqual(['Lena Hart']);
  });

  it('is nobody when the entry before quotes two people, or nobody, or is not the one just before', () => {
    expect(blogSpeakers([
      entry('', ['She said the talks would continue.']),
      entry('', ['Union leader Maria Costa said the offer was too low, and Ian Brooks, who chairs the employers, said it was final.']),
    ])[0]).toEqual([]);
    expect(blogSpeakers([
      entry('', ['He also said the club would appeal.']),
      entry('', ['The referee has been named as Paul Grant.']),
      entry('', ['Chairman Omar Farouk said the decision was a disgrace.']),
    ])[0]).toEqual([]);
  });

  it('follows the stream order the times give (oldest first here)', () => {
    const blog = [
      entry('', ['Harbour master Tom Okafor said the storm had passed.']),
      entry('', ['He added that the ferry would run again on Monday.']),
    ];
    blog[0]!.time = '2026-01-05T10:00:00Z';
    blog[1]!.time = '2026-01-05T10:20:00Z';
    expect(blogSpeakers(blog)).toEqual([['Tom Okafor'], ['Tom Okafor']]);
  });

  it('a live entry takes the newest earlier entry, and takes nothing from it; older entries loaded later link to nobody', () => {
    const index = new SpeakerIndex();
    const first = entry('', ['Harbour master Tom Okafor said the storm had passed.'], { id: 'p' });
    first.time = '2026-01-05T10:00:00Z';
    index.add([first]);
    const live = entry('', ['He added that the ferry would run again on Monday.'], { id: 'q' });
    live.time = '2026-01-05T10:30:00Z';
    index.add([live]);
    expect(index.get('q')!.speakers).toEqual(['Tom Okafor']);
    expect(index.get('p')!.speakers).toEqual(['Tom Okafor']);
    // An older page of entries loaded below: "He said" there has no earlier entry in this index.
    const older = entry('', ['He said the harbour wall had held.'], { id: 'r' });
    older.time = '2026-01-05T09:00:00Z';
    index.add([older]);
    expect(index.get('r')!.speakers).toEqual([]);
  });

  it('never makes a pinned copy the entry before a live one', () => {
    const index = new SpeakerIndex();
    const pinned = { ...entry('', ['Mayor Jonas Berg said every bridge would be checked.'], { id: 'pin' }), pinned: true };
    index.add([pinned, entry('', ['Police have closed the coast road.'], { id: 's' })]);
    index.add([entry('', ['He said the road would stay shut.'], { id: 't' })]);
    expect(index.get('t')!.speakers).toEqual([]);
  });

  it('in German too ("Er sagte")', () => {
    const index = new SpeakerIndex(LEXICONS.de);
    const a = entry('', ['Er sagte, die Fähre fahre am Montag wieder.']);
    index.add([a, entry('', ['Hafenmeister Tom Becker sagte, der Sturm sei vorbei.'])]);
    expect(index.get(a.id)!.speakers).toEqual(['Tom Becker']);
  });
});

describe('a surname two people of the blog share', () => {
  it('is the one the entry before quotes', () => {
    expect(blogSpeakers([
      entry('', ['Mrs Patel added: “The school must stay open.”']),
      entry('', ['Parent Anita Patel said the closure had shocked families.']),
      entry('', ['Councillor Raj Patel has visited the school.']),
    ])[0]).toEqual(['Anita Patel']);
  });

  it('is the one the blog had named in full up to that entry, as when the blog is read as it grows', () => {
    const blog = [
      entry('', ['Anna Berg said she would stand in the spring.'], { id: 'n' }),
      entry('', ['Berg said the vote would be close.'], { id: 'b' }),
      entry('', ['The count has been delayed by an hour.'], { id: 'd' }),
      entry('', ['Erik Berg has arrived at the count in Leith.'], { id: 'o' }),
    ];
    expect(blogSpeakers(blog)[1]).toEqual(['Erik Berg']);
    const live = new SpeakerIndex();
    for (const e of [...blog].reverse()) live.add([e]);
    expect(live.get('b')!.speakers).toEqual(['Erik Berg']);
    // Named together before it: no guess.
    expect(blogSpeakers([
      entry('', ['Berg said the vote would be close.']),
      entry('', ['Erik Berg and Anna Berg have arrived at the count in Leith.']),
    ])[0]).toEqual([]);
  });

  it('is nobody when the entry before quotes neither', () => {
    expect(blogSpeakers([
      entry('', ['Patel told the meeting the school would close.']),
      entry('', ['Councillor Raj Patel and parent Anita Patel met on Monday.']),
    ])[0]).toEqual([]);
  });
});

describe('a role two people of the blog hold ("the chancellor said")', () => {
  it('is the one the blog had named with it up to that entry, and nobody when both were', () => {
    const blog = [
      entry('', ['Former chancellor Tom Baines has arrived in the chamber.']),
      entry('', ['The chancellor said energy support would be targeted.']),
      entry('', ['Chancellor Grace Rutherford is expected to speak at 3pm.']),
    ];
    expect(blogSpeakers(blog)[1]).toEqual(['Grace Rutherford']);
    expect(blogSpeakers([
      entry('', ['The chancellor said energy support would be targeted.']),
      entry('', ['Chancellor Grace Rutherford and former chancellor Tom Baines are in the chamber.']),
    ])[0]).toEqual([]);
  });
});

describe('given names from a published list', () => {
  it('start the name after a place or role run into it', () => {
    expect(speakersOf('', ['Speaking in Leeds, Labour MP for Harehills Emma Dunn Kowalczyk said the bus cuts were wrong.'])).toEqual(['Emma Dunn Kowalczyk']);
    expect(speakersIn('de', ['Die Mutter Anja Wagner sagte, die Schließung habe die Familien schockiert.'])).toEqual(['Anja Wagner']);
  });

  it('leave a name whose first given name the list lacks whole', () => {
    expect(speakersOf('', ['Oluwaseun Grace Adeyemi said the clinic would stay open over the holiday.'])).toEqual(['Oluwaseun Grace Adeyemi']);
  });
});
