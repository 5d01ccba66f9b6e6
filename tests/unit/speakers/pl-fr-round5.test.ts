// Polish and French of the fifth round: the declension of Polish names (inflection-pl.ts), Polish
// word order (free-order.ts), and French forms, each with the cases it must leave alone, in
// sentences written for this test.
import { describe, expect, it } from 'vitest';
import { declension } from '../../../lib/speakers/inflection-pl';
import { findSpeakers } from '../../../lib/speakers/index';
import { LEXICONS } from '../../../lib/speakers/lexicons/index';
import { entry, speakersIn } from './helpers';

const d = declension('piotr paweł marek kamil michał jerzy tomasz eryk jan', 'anna beata joanna kamila agnieszka maria alicja izabela ewa');

describe('Polish given names in every case', () => {
  it.each([
    ['Piotra', 'Piotr'], ['Pawłowi', 'Paweł'], ['Markiem', 'Marek'], ['Jerzego', 'Jerzy'], ['Anny', 'Anna'],
    ['Beacie', 'Beata'], ['Joanną', 'Joanna'], ['Agnieszce', 'Agnieszka'], ['Marii', 'Maria'], ['Alicji', 'Alicja'], ['Izabeli', 'Izabela'],
  ])('%s is a form of %s, not its nominative', (form, nominative) => {
    expect(d.given(form).map((g) => [g.nominative, g.direct])).toEqual([[nominative, false]]);
  });

  it('knows words that are no given name', () => {
    expect(d.given('Sejm')).toEqual([]);
    expect(d.given('Warszawy')).toEqual([]);
  });

  it.each([
    [['Piotra', 'Gacka'], 'Piotr Gacek'],
    [['Michałowi', 'Grabowskiemu'], 'Michał Grabowski'],
    [['Erykowi', 'Czarneckiemu'], 'Eryk Czarnecki'],
    [['Joanny', 'Sadowskiej'], 'Joanna Sadowska'],
    [['Jana', 'Nowaka'], 'Jan Nowak'],
    [['Anną', 'Kowalską'], 'Anna Kowalska'],
    [['Beaty', 'Nowak'], 'Beata Nowak'],
    [['Kamila', 'Dudka'], 'Kamil Dudek'],
  ])('%j in an oblique case is %s', (words, want) => {
    expect(d.nominative(words).join(' ')).toBe(want);
  });

  it('tells the case from the name, or says it cannot', () => {
    expect(d.oblique(['Michałowi', 'Grabowskiemu'])).toBe(true);
    expect(d.oblique(['Beata', 'Rutkowska'])).toBe(false);
    expect(d.oblique(['Kamila', 'Dudka'])).toBeNull();
    expect(d.oblique(['Fabio', 'Moretti'])).toBeNull();
  });

  it('finds the name inside a run: a domain glued before it, a word glued after it', () => {
    expect(d.span(['Lewicy', 'Ewa', 'Malinowska'])).toEqual([1, 3]);
    expect(d.span(['Piotra', 'Gacka', 'Polacy'])).toEqual([0, 2]);
    expect(d.span(['Jan', 'Nowak'])).toBeNull();
    expect(d.span(['Fabio', 'Morettiego', 'Polacy'], (w) => w === 'polacy')).toEqual([0, 2]);
  });
});

describe('Polish names in one blog are one person, shown in the nominative', () => {
  it('genitive, dative and nominative forms of one person', () => {
    const entries = [
      entry('', ['Posłanka Joanna Sadowska przyjechała do Gdańska.']),
      entry('', ['Według Joanny Sadowskiej rząd spóźnił się z ustawą.']),
      entry('', ['Zdaniem Kamila Dudka ustawa jest dobra.']),
      entry('', ['Rzecznik Kamil Dudek powiedział, że decyzja zapadnie jutro.']),
    ];
    const r = findSpeakers(entries, LEXICONS.pl!);
    expect(r.speakers.map((s) => [s.name, s.entries])).toEqual([['Kamil Dudek', 2], ['Joanna Sadowska', 1]]);
  });

  it('a person seen only in an oblique case is shown in the nominative', () => {
    expect(speakersIn('pl', ['Ministra Tomasza Kalinowskiego pytano o odszkodowania. Odpowiedział, że wnioski przyjmie gmina.'])).toEqual(['Tomasz Kalinowski']);
  });

  it.each([
    ['Michałowi Grabowskiemu gratulowali radni. Burmistrz nie zabrał głosu.', []],
    ['Minister Tomasz Lis powiedział Annie Kowalskiej, że budżet jest gotowy.', ['Tomasz Lis']],
    ['Po meczu Kacper Ostrowski powiedział reporterce Annie Kamińskiej: „Jestem szczęśliwy”.', ['Kacper Ostrowski']],
  ])('a name in the dative is whom it was said to: %s', (text, want) => {
    expect(speakersIn('pl', [text])).toEqual(want);
  });

  it.each([
    ['Wiceprzewodnicząca klubu Lewicy Ewa Malinowska napisała, że klub poprze projekt.', ['Ewa Malinowska']],
    ['W rozmowie z TVN24 Paulina Szymańska stwierdziła, że granica jest zamknięta.', ['Paulina Szymańska']],
    ['„Nie wychodźcie z domów” – zaapelowała na Facebooku Beata Rutkowska.', ['Beata Rutkowska']],
    ['Według Fabio Morettiego Polacy byli lepsi w każdym elemencie.', ['Fabio Moretti']],
    ['Lech Poznań poinformował, że trener odchodzi z klubu.', []],
    ['Trener Lecha Poznań Jan Kowal powiedział, że jest zadowolony z gry.', ['Jan Kowal']],
    ['Lech Wałęsa powiedział, że jest zadowolony z wyniku wyborów.', ['Lech Wałęsa']],
  ])('a word glued to a name is not part of it: %s', (text, want) => {
    expect(speakersIn('pl', [text])).toEqual(want);
  });
});

describe('Polish word order', () => {
  it.each([
    ['Wojewoda Beata Rutkowska zwołała sztab. Po naradzie powiedziała, że sytuacja jest opanowana.', ['Beata Rutkowska']],
    ['Trener Adam Sobczak przed meczem powiedział, że drużyna jest gotowa.', ['Adam Sobczak']],
    ['Jak przekazał rzecznik PZPS Jakub Wrona, wszystkie bilety zostały sprzedane.', ['Jakub Wrona']],
    ['Poseł Adrian Mazur był w studiu. Jego zdaniem ustawa jest spóźniona.', ['Adrian Mazur']],
    ['Odpowiadając posłance Joannie Sadowskiej, wiceminister Rafał Jabłoński stwierdził, że pieniądze są w budżecie.', ['Joanna Sadowska', 'Rafał Jabłoński']],
    ['Komendant główny PSP Henryk Zając: „Bez tej ustawy nie kupimy wozów”.', ['Henryk Zając']],
    ['– Nie ma zagrożenia – uspokajał wojewoda Michał Nowak.', ['Michał Nowak']],
    ['Minister finansów Andrzej Domański pytany przez dziennikarzy o deficyt odpowiedział, że jest pod kontrolą.', ['Andrzej Domański']],
    ['Bartosz Zmarzlik: – Jestem bardzo zadowolony z tego wyniku.', ['Bartosz Zmarzlik']],
    ['Prezydent Karol Nowak podpisał ustawę. – To dobry dzień dla Polski – mówił w Pałacu.', ['Karol Nowak']],
    ['Bartosz Zmarzlik (Motor Lublin): – Jestem zadowolony z jazdy.', ['Bartosz Zmarzlik']],
    ['Patryk Dudek: Jestem zadowolony, bo zdobyłem komplet punktów.', ['Patryk Dudek']],
  ])('%s', (text, want) => {
    expect(speakersIn('pl', [text])).toEqual(want);
  });

  it.each([
    ['Strażacy pracowali całą noc. Po akcji poinformowali, że ogień jest opanowany.'],
    ['Po naradzie powiedziała dziennikarzom, że do gmin trafi pomoc.'],
    ['Jak przekazała policja, droga jest zamknięta.'],
    ['Straż pożarna po akcji poinformowała, że nikt nie zginął.'],
    ['– Woda opada – mówi.'],
    ['Patryk Dudek: 12 punktów, Bartosz Zmarzlik: 14 punktów.'],
  ])('no named person, no speaker: %s', (text) => {
    expect(speakersIn('pl', [text])).toEqual([]);
  });

  it('a lone surname in the dative is whom the reply was to', () => {
    const entries = [entry('', ['Tuskowi odpowiedział Kaczyński: „To pan kłamie”.']), entry('', ['Jarosław Kaczyński i Donald Tusk byli w Sejmie.'])];
    expect(findSpeakers(entries, LEXICONS.pl!).perEntry.get(entries[0]!.id)!.speakers).toEqual(['Jarosław Kaczyński']);
  });
});

describe('French forms', () => {
  it.each([
    ['Le député RN Jordan Perret a affirmé que le texte était mal écrit.', ['Jordan Perret']],
    ['Le député RN du Finistère Yannick Le Goff a interrogé le gouvernement sur les digues.', ['Yannick Le Goff']],
    ["L'avocat de la défense, Me Antoine Bertin, a déclaré que son client était innocent.", ['Antoine Bertin']],
    ['Pour le climatologue Paul Moal, ces tempêtes « vont se multiplier avec le réchauffement ».', ['Paul Moal']],
    ['Le maire Henri Roux est arrivé sur la digue. Selon lui, « les digues ont tenu ».', ['Henri Roux']],
    ['Le jugement a été mis en délibéré, a annoncé la présidente Catherine Moreau.', ['Catherine Moreau']],
    ['Paul Roche a pris la parole. « Nous ne reculerons pas », a-t-il lancé.', ['Paul Roche']],
    ['Claire Dubois est arrivée à Nantes. « Il faut agir vite », estime-t-elle.', ['Claire Dubois']],
    ["Le président de la région Bretagne, Loïg Chesnais, a promis un fonds d'urgence.", ['Loïg Chesnais']],
  ])('%s', (text, want) => {
    expect(speakersIn('fr', [text])).toEqual(want);
  });

  it.each([
    ['Pour Julien Perrin, la journée a mal commencé : son train a été supprimé.'],
    ['Le préfet, arrivé à Quimper, a rencontré le maire Jean Morel.'],
    ['Claire Dubois est arrivée à Nantes. Dit-elle vrai ? Personne ne le sait.'],
    ['Paul Roche a appelé sa mère.'],
  ])('left alone: %s', (text) => {
    expect(speakersIn('fr', [text])).toEqual([]);
  });
});
