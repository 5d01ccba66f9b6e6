// The eleventh round's kinds in French, Spanish, Italian and German (issue 10: recall in fr/es,
// wrong pairs in it/de), in sentences written for this test in the style of each language's live
// blogs, with cases to leave alone.
import { describe, expect, it } from 'vitest';
import { speakersIn } from './helpers';

const speakers = speakersIn;

describe('German: "hat sich … geäußert" reports words, unless a negation stands before the participle', () => {
  it.each([
    ['Jonas Albrecht hat sich auf der Pressekonferenz zu den Vorwürfen geäußert: „Das ist absurd.“', ['Jonas Albrecht']],
    ['Auch Carla Wendt hat sich inzwischen auf Instagram geäußert: „Wir sind erschüttert.“', ['Carla Wendt']],
    ['Zu dem Urteil hat sich am Abend auch Carla Wendt geäußert: „Ich bin enttäuscht.“', ['Carla Wendt']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });

  it.each([
    ['Zu den Vorwürfen hat sich Jonas Albrecht bisher nicht geäußert.'],
    ['Dazu hat sich Carla Wendt noch nie öffentlich geäußert.'],
  ])('left alone: %s', (text) => {
    expect(speakers('de', [text])).toEqual([]);
  });
});

describe('German: a name ending in s, x or z takes a bare apostrophe in the genitive ("Merz\' Vorschlag"): the owner, no speaker', () => {
  it.each([
    ["Merz' Vorschlag wurde in der Fraktion begrüßt: „Endlich bewegt sich etwas.“", []],
    ["Weiß' Rücktritt kommentierte die Partei knapp: „Wir respektieren die Entscheidung.“", []],
    ["Merz' Vorschlag stößt auf Kritik, sagte Carla Wendt.", ['Carla Wendt']],
  ])('%s', (text, want) => {
    expect(speakers('de', [text])).toEqual(want);
  });
});

describe('French: an object pronoun before a verb that carries its subject ("nous a-t-elle confié", "se félicite-t-il")', () => {
  it.each([
    ['La préfète Hélène Marchal s\'est rendue sur place. « La situation reste très tendue », nous a-t-elle confié.', ['Hélène Marchal']],
    ['Le maire Pascal Doucet a parcouru les rues inondées. « On n\'a jamais vu ça », nous a-t-il raconté.', ['Pascal Doucet']],
    ['La syndicaliste Sophie Binet était sur le plateau. « C\'est une victoire d\'étape », se félicite-t-elle.', ['Sophie Binet']],
    ['La ministre Agnès Roy a visité l\'usine. « C\'est un beau projet », s\'est-elle réjouie.', ['Agnès Roy']],
    ['Le président Louis Barre a pris la parole. « Nous tiendrons bon », s\'est-il exclamé.', ['Louis Barre']],
  ])('%s', (text, want) => {
    expect(speakers('fr', [text])).toEqual(want);
  });

  it.each([
    ['« Je suis soulagée », nous confie-t-elle. L\'infirmière Julie Masson sortait de garde.'],
    ['La joueuse Inès Caron a été sacrée. Est-elle la meilleure de sa génération ?'],
  ])('left alone: no one named before the pronoun, or a question: %s', (text) => {
    expect(speakers('fr', [text])).toEqual([]);
  });
});
