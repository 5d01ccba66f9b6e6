// The fourth round's mechanisms, each with the cases it must leave alone, in sentences written for
// this test (English unless a language is named).
import { describe, expect, it } from 'vitest';
import { SpeakerIndex, findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';
import { blogSpeakers, entry, speakersIn, speakersOf } from './helpers';

const speakers = speakersIn;

describe('a name a preposition governs is not the subject', () => {
  it.each([
    ['de', 'Auf Instagram schrieb die Sängerin Mia Lang, sie sei überwältigt.', ['Mia Lang']],
    ['de', 'Vor Journalisten sagte Petra Hahn, niemand müsse Angst haben.', ['Petra Hahn']],
    ['de', 'Am Abend sagte Ministerin Petra Hahn, sie sei froh.', ['Petra Hahn']],
    ['de', 'Das sagte Petra Hahn am Abend.', ['Petra Hahn']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('an English object before the verb names nobody', () => {
    expect(speakersOf('', ['After talks with Maeve Quinn, officials said a deal was close.'])).toEqual([]);
  });
});

describe('questions and answers in every language', () => {
  it.each([
    ['de', 'Die Abgeordnete Karin Stolz fragte nach den Kosten. Minister Lukas Hartmann entgegnete, das Projekt trage sich selbst.', ['Karin Stolz', 'Lukas Hartmann']],
    ['es', 'La senadora Irene Salas preguntó cuándo llegará la reforma.', ['Irene Salas']],
    ['it', 'La senatrice Irene Sala ha domandato quando arriverà la riforma.', ['Irene Sala']],
    ['pl', 'Posłanka Magda Wójcik pytała o koszty.', ['Magda Wójcik']],
    ['es', 'El sindicalista Manuel Castro habló de un acuerdo histórico.', ['Manuel Castro']],
  ])('[%s] %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['en', 'Replying to Labour’s Sarah Jones, the minister Paul Ibbot said he would meet families.', ['Sarah Jones', 'Paul Ibbot']],
    ['it', 'Rispondendo al deputato Enrico Bianchi, il ministro Gianni Orlando ha assicurato che i tempi saranno rispettati.', ['Enrico Bianchi', 'Gianni Orlando']],
    ['es', 'En respuesta al diputado Enrique Blanco, el ministro Gonzalo Ortiz aseguró que se cumplirán los plazos.', ['Enrique Blanco', 'Gonzalo Ortiz']],
    ['fr', 'Interpellé par le député Éric Colin, le Premier ministre Michel Barre a assuré que le calendrier serait tenu.', ['Éric Colin', 'Michel Barre']],
  ])('[%s] a reply names who asked: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it('a dash after a statement attributes it where subjects follow the verb', () => {
    expect(speakers('pl', ['Most pozostanie zamknięty do poniedziałku - poinformował burmistrz Dariusz Olszewski.'])).toEqual(['Dariusz Olszewski']);
    expect(speakersOf('', ['The bridge stays closed - confirmed by the council on Monday.'])).toEqual([]);
  });

  it('a journalist who asks is still no speaker', () => {
    expect(speakers('fr', ['Interpellée par la journaliste Léa Marchand, la maire Anne Roux a assuré que l’eau était potable.'])).toEqual(['Anne Roux']);
  });

  it('speaking with someone is no speech about anything', () => {
    expect(speakers('it', ['Il sindaco Luca Bassi ha parlato con i residenti.'])).toEqual([]);
  });
});

describe('"Sir Martin" is the blog’s one fuller name that begins with Martin', () => {
  const first = entry('', ['Sir Martin Moore-Bick will chair the inquiry.'], { id: 'a' });
  const later = entry('Sir Martin: the process is not adversarial', ['Sir Martin said the hearings would be public.'], { id: 'b' });

  it('read together or one entry at a time, in either order', () => {
    expect(blogSpeakers([later, first])).toEqual([['Martin Moore-Bick'], []]);
    const index = new SpeakerIndex();
    index.add([later]);
    index.add([first]);
    expect(index.get('b')!.speakers).toEqual(['Martin Moore-Bick']);
  });

  it('but not another title, nor a given name two people share', () => {
    expect(blogSpeakers([entry('', ['President Martin said the hearings would be public.']), first])[0]).not.toContain('Martin Moore-Bick');
    const other = entry('', ['Martin Lowe, a survivor, was there.']);
    expect(blogSpeakers([entry('', ['Sir Martin said the hearings would be public.']), first, other])[0]).not.toContain('Martin Moore-Bick');
  });
});

describe('"Name:" with words in the first person, and Q&A entries', () => {
  it('a transcript line is the person’s own words', () => {
    expect(speakersOf('', ['Andrew Colvin: no, I don’t believe we owe them an apology.'])).toEqual(['Andrew Colvin']);
    expect(speakers('de', ['Petra Hahn: Wir haben alles getan.'])).toEqual(['Petra Hahn']);
  });

  it('a rating or glossary line is not', () => {
    expect(speakersOf('', ['Harry Kane: 7/10, a quiet game but he took his goal well.'])).toEqual([]);
  });

  it('answers belong to the one person named before the first question', () => {
    expect(speakersOf('Q&A with the health minister Lena Moss', ['Q: Will schools close next week?', 'A: No. We have no plans to close schools.'])).toEqual(['Lena Moss']);
    expect(speakers('fr', ['Nous avons interrogé la ministre Claire Dubois.', 'Q : Les écoles vont-elles fermer ?', 'R : Non, pas cette semaine.'])).toEqual(['Claire Dubois']);
  });

  it('with two people named before the questions, nobody is guessed', () => {
    expect(speakersOf('Q&A: Lena Moss and Huw Daniels', ['Q: Will schools close next week?', 'A: No.'])).toEqual([]);
  });
});

describe('a role in an entry that names nobody', () => {
  const named = entry('', ['Umweltministerin Martina Seidel ist in Passau eingetroffen.'], { id: 'n' });
  const role = entry('', ['Die Ministerin sagte, die Deiche würden halten.'], { id: 'r' });

  it('is the one person the blog gives that role, compounds included', () => {
    expect(findSpeakers([role, named], LEXICONS.de).perEntry.get('r')!.speakers).toEqual(['Martina Seidel']);
    expect(blogSpeakers([entry('', ['The mayor said the bridges would reopen.']), entry('', ['Mayor Jonas Berg has ordered checks.'])])[0]).toEqual(['Jonas Berg']);
  });

  it('in a language without articles, the bare role opening the sentence', () => {
    const pl = [entry('', ['Minister powiedziała, że wały wytrzymają.'], { id: 'p1' }), entry('', ['Minister klimatu Beata Dudek przyjechała do Nysy.'])];
    expect(findSpeakers(pl, LEXICONS.pl).perEntry.get('p1')!.speakers).toEqual(['Beata Dudek']);
  });

  it('also when the holder is named in a later batch', () => {
    const index = new SpeakerIndex(LEXICONS.de);
    index.add([role]);
    expect(index.get('r')!.speakers).toEqual([]);
    index.add([named]);
    expect(index.get('r')!.speakers).toEqual(['Martina Seidel']);
  });

  it('every word of the role must hold: "the prime minister" is not the blog’s first minister', () => {
    const fm = entry('', ['First Minister Eluned Morgan has chaired a meeting.']);
    expect(blogSpeakers([entry('', ['The prime minister said the government would help.']), fm])[0]).toEqual([]);
  });

  it('but nobody when the blog has two people with that role', () => {
    const two = entry('', ['Mayor Jonas Berg and Mayor Ines Holm have ordered checks.']);
    expect(blogSpeakers([entry('', ['The mayor said the bridges would reopen.']), two])[0]).toEqual([]);
  });
});

describe('correspondents at work are journalists across the blog', () => {
  it.each([
    ['Stephanie Kraus, reporting from the courthouse for the Guardian, says a verdict is close.'],
    ['“The decision will be a bitter pill for the family,” writes Stephanie Kraus from Rome.'],
  ])('%s', (text) => {
    const other = entry('', ['Stephanie Kraus said the judges were still out.']);
    expect(blogSpeakers([entry('', [text]), other])).toEqual([[], []]);
  });
});

describe('signed posts', () => {
  it.each([
    ['en', '— Helen Cartwright MP (@HCartwrightMP)', 'Helen Cartwright'],
    ['de', '— Sabine Krüger (@SabineKrueger)', 'Sabine Krüger'],
    ['es', 'Valeria Soto (@ValeSoto) 3 de marzo de 2024', 'Valeria Soto'],
    ['pl', 'Karolina Pietrzak (@KPietrzak) 3 marca 2024', 'Karolina Pietrzak'],
  ])('[%s] %s', (lang, byline, want) => {
    expect(speakers(lang, [['blockquote', 'Thank you all.'], byline])).toEqual([want]);
  });

  it('a handle that puts the surname first, or a name inside running text, signs nothing', () => {
    expect(speakersOf('', ['Nick Sutton (@suttonnick) Observer front page: schools at risk.'])).toEqual([]);
    expect(speakersOf('', ['Ana Lind (@analind) in Rome and Nicky Wolf (@nickywolf) in Seattle will follow the day.'])).not.toContain('Nicky Wolf');
  });
});

describe('the subject across descriptions', () => {
  it('a bare comma does not invert: the person on the left speaks', () => {
    expect(blogSpeakers([entry('', ['Joe Delaney, who was evacuated from his flat, says Sir Martin “took a stumble today”.']), entry('', ['Sir Martin Moore-Bick opened the inquiry.'])])[0]).toEqual(['Joe Delaney']);
  });

  it('a coordinated second predicate takes the clause’s subject across a participle', () => {
    expect(speakersOf('', ['Andrew Colvin ends his statement criticising cartoons in the media and says the criticism has been ill-informed.'])).toEqual(['Andrew Colvin']);
  });

  it('quotation first, then the name and its description before the verb', () => {
    expect(speakersOf('', ['“It is a defeat for the justice system,” Francesco Maresca, the lawyer for the family has said.'])).toEqual(['Francesco Maresca']);
  });

  it('coordinated names before an appositive', () => {
    expect(speakersOf('', ['Anna Kowal and Peter Brandt, both local councillors, said they would oppose the plan.'])).toEqual(['Anna Kowal', 'Peter Brandt']);
  });
});
