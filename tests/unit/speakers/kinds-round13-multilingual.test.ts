// The thirteenth round's kinds in de/es/fr/it/pl, in sentences written for this test (no data text),
// each with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

const speakers = speakersIn;

describe('nested speech with the speaker\'s "to me" before the verb ("me dijo", "mi diceva", "mi powiedział"): the teller speaks too', () => {
  it.each([
    ['es', '«Mi madre, Rosa Vidal, me dijo que no volviera nunca», ha contado Pablo Ferrer.', ['Rosa Vidal', 'Pablo Ferrer']],
    ['es', '«Aquella noche Rosa Vidal me contó que se iba», ha recordado Pablo Ferrer.', ['Rosa Vidal', 'Pablo Ferrer']],
    ['it', '«Ogni sera Giulia Conti mi diceva: “non mollare”», ha raccontato Luca Neri.', ['Giulia Conti', 'Luca Neri']],
    ['it', '«Elena Sarti mi ha detto che era tutto finito», ha spiegato Paolo Gatti.', ['Elena Sarti', 'Paolo Gatti']],
    ['pl', '„Po meczu Tomasz Wilk mi powiedział, żebym grała dalej” – mówi Ewa Sowa.', ['Tomasz Wilk', 'Ewa Sowa']],
  ])('%s: %s', (lang, text, want) => {
    expect([...speakers(lang, [text])].sort()).toEqual([...want].sort());
  });

  it.each([
    ['es', '«Yo le dije a Rosa Vidal que no volviera», ha contado Pablo Ferrer.', ['Pablo Ferrer']],
    ['it', '«Ho parlato con Giulia Conti e mi sono calmato», ha raccontato Luca Neri.', ['Luca Neri']],
    ['pl', '„Tomasz Wilk dał mi szansę” – mówi Ewa Sowa.', ['Ewa Sowa']],
    ['de', '„Jonas Brandt hat mir geholfen“, sagte Mia Kehl.', ['Mia Kehl']],
  ])('the name is no teller (no verb of saying with "to me", or the speaker tells them): %s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('nested speech by a lone first name nobody names in full: no speaker rather than a half name', () => {
  it.each([
    ['pl', '„Przed finałem Tomasz powiedział mi: spokojnie” – mówi Ewa Sowa.', ['Ewa Sowa']],
    ['es', '«Lucía me dijo que esperara», ha contado Pablo Ferrer.', ['Pablo Ferrer']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });
});

describe('a long colon lead in German and Polish: the subject, its own verb, a long predicate naming nobody, then the quotation', () => {
  it.each([
    ['de', 'Lena Vogt stand nach der Abstimmung am späten Abend noch lange vor dem Rathaus am Mikrofon des Senders: „Wir haben es geschafft.“', ['Lena Vogt']],
    ['pl', 'Anna Pawlak przemawiała krótko po południu przed budynkiem urzędu wojewódzkiego do zebranych tam rolników z całego regionu: „Nie odpuścimy.”', ['Anna Pawlak']],
  ])('%s: %s', (lang, text, want) => {
    expect(speakers(lang, [text])).toEqual(want);
  });

  it.each([
    ['de', 'Lena Vogt stand nach der Abstimmung am späten Abend noch lange mit Jonas Brandt vor dem Rathaus am Mikrofon: „Wir haben es geschafft.“'],
    ['de', 'Lena Vogt stand nach der Abstimmung am späten Abend noch lange vor dem Rathaus, als er kam: „Wir haben es geschafft.“'],
    ['pl', 'Anna Pawlak przemawiała krótko po południu przed budynkiem urzędu wojewódzkiego do zebranych tam rolników, a potem Adam Lis: „Nie odpuścimy.”'],
  ])('another person or a pronoun in the long lead: nobody rather than the wrong one: %s: %s', (lang, text) => {
    expect(speakers(lang, [text])).toEqual([]);
  });
});
