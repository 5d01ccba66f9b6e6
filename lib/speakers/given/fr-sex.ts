/**
 * French given names of one sex only, as data: a name of `fr.ts` in the female list and not the
 * male one, or the reverse (419 female, 452 male; 16 in both lists and 43
 * others stay of unknown sex). "He"/"she" never goes to a person whose given name says the other sex.
 * Source: the same as `fr.ts`: @faker-js/faker 10.6.0, locale "fr", person.first_name.female and
 * .male (MIT, the Faker.js contributors): a name of one list only (a name of the
 * locale's "generic" list counts as both).
 * A name that any other list gives the other sex stays unknown too ("Andrei", "Andrea", "Jean": names
 * travel): the female and male first names of every locale of @faker-js/faker 10.6.0 (MIT) and of the
 * Python package Faker (Debian python3-fake-factory 0.9.3, MIT), and the two lists above.
 * Generated once from the lists of `fr.ts`.
 */
export const FEMALE_FR = `Abdonie Abeline Abigaelle Abigaïl Acacie Acanthe Adalbaude Adalsinde Adegrine Adélaïde Adèle Adélie Adeline Adeltrude Adolphie Adonise Adrastée Adrehilde Adrienne Agathe Agilberte Aglaé Agnane Agneflète Agnès Agrippine Aimée Alaine Alaïs Albane Albérade Alberte Alcidie Alcine Alcyone Aldegonde Aleth Alexandrine Alexanne Alexine Alice Aliénor Aliette Aline Alizé Aloïse Aloyse Alphonsine Althée Amaliane Amalthée Amande Amandine Amante Amarande Amaranthe Amaryllis Ambre Ambroisie Améliane Amélie Ameline Améthyste Aminte Anaëlle Anaïs Anastasie Anceline Andrée Anémone Angadrême Angèle Angélina Angeline Angélique Angilberte Anicée Anicette Annabelle Annette Annonciade Ansberte Anstrudie Anthelmette Antigone Antoinette Antonine Aphélie Apolline Aquiline Arabelle Argine Ariane Aricie Arielle Arlette Armance Armande Armandine Armeline Armelle Armide Armine Arnaude Arsènie Artémis Arthurine Asceline Ascension Assomption Astarté Astérie Astrée Astride Athalie Athanasie Athénaïs Athina Aubertine Aude Audeline Audrey Aure Aurélie Aurélienne Aurelle Auriane Aurore Auxane Aveline Avigaëlle Avoye Axeline Axelle Aymardine Aymonde Azalée Azélie Azeline
Barbe Basilisse Bathilde Béatrice Bénédicte Bérangère Bernadette Berthe Bertille Betty Beuve Blanche Blandine Brigitte Brunehaut Brunehilde
Capucine Carine Caroline Catherine Cécile Célestine Céline Chantal Charlaine Charline Charlotte Chloé Christelle Christiane Christine Clara Clarisse Claudine Clélie Clémence Clémentine Clio Clotilde Coline Conception Coralie Coraline Corentine Corinne Cyrielle
Danielle Daphné Débora Delphine Denise Dieudonnée Doriane Dorine Dorothée Douce
Édith Éléonore Élia Éliane Élisabeth Élise Élodie Éloïse Émeline Émérance Émérencie Émilie Évangéline Évelyne
Edmée Ella Elsa Emmanuelle Emmelie Ernestine Estelle Esther Eudoxie Eugénie Eulalie Euphrasie Eusébie Eva
Ève
Fanny Fantine Faustine Félicie Flavie Fleur Flore Florence Florie Fortunée France Francette Francia Francine Françoise Frédérique
Gabrielle Gaëlle Garance Geneviève Georgette Gerberge Gertrude Gisèle Guenièvre Guilhemine Guillemette Gustavine Gwenaëlle
Hélène Héloïse Henriette Hermine Honorine Hortense Huguette
Inès Irène Irina Iris Isabelle Iseult Ismérie
Jacinthe Jacqueline Janine Jeanne Jehanne Jocelyne Joëlle Joséphine Judith Julia Juliette Justine
Laura Laurane Laure Laureline Laurène Lauriane Laurine Léa Léna Léonie Léonne Léopoldine Lorraine Lucie Lucienne Lucille Ludivine Lydie
Madeleine Magali Maguelone Mahaut Mallaury Manon Marceline Margot Marguerite Marianne Marie Marine Marlène Marthe Martine Mathilde Maud Maureen Mauricette Maxellende Mégane Mélanie Mélisande Mélissa Mélissandre Mélodie Michèle Mireille Miriam Moïsette Monique Morgane Muriel Mylène
Nadège Nadine Nathalie Nicole Nine Noëlle Noémie
Océane Odette Odile Olive Olympe Ombline Ophélie Oriande Oriane Orlane Ozanne
Paule Paulette Pauline Pécine Pélagie Pénélope Perrine Pétronille Philippine Philomène Primerose Priscille Prudence Pulchérie
Quentine Quiéta Quintia
Rachel Raphaëlle Raymonde Rebecca Régine Reine Réjeanne Renée Rita Rolande Romane Rosalie Rose Roseline
Sabine Salomé Sandra Sandrine Sarah Ségolène Séverine Sibylle Sixtine Solange Soline Sophie Stéphanie Suzanne Suzon Swassane Sylviane Sylvie
Tatiana Thaïs Théodora Thérèse Tiphaine
Ursule
Valérie Véronique Victoire Vinciane Violette Virginie Viviane
Xavière
Yolande Ysaline Yseult Yvette Yvonne
Zoé Zoéva`;

export const MALE_FR = `Aaron Abdon Abel Abélard Abelin Abondance Abraham Absalon Acace Achaire Achille Adalard Adalbald Adalbéron Adalbert Adalric Adam Adegrin Adelin Adelphe Adenet Adéodat Adhémar Adjutor Adolphe Adonis Adrien Agapet Agathange Agathon Agilbert Agnan Agrippin Aimable Aimé Alain Alban Albéric Albert Alcibiade Alcide Alcime Aldonce Aldric Aleaume Alexandre Alliaume Almine Aloïs Alphée Alphonse Alpinien Alverède Amalric Amandin Amant Ambroise Amédée Amélien Amiel Amour Anastase Anatole Ancelin Andéol Andoche André Angilbe Angilran Angoustan Anicet Annibal Ansbert Anselme Anthelme Antide Antoine Antonin Apollinaire Aquilin Arcade Archambaud Archibald Arian Ariste Aristide Armand Armel Armin Arnaud Arnould Arolde Arsène Arthaud Arthème Arthur Ascelin Athanase Audebert Audouin Audran Aurèle Aurian Auxence Axel Aymard Aymeric Aymon
Balthazar Baptiste Barnabé Barthélemy Bartimée Basile Bastien Baudouin Bénigne Benjamin Benoît Béranger Bérard Bernard Bertrand Blaise Bohémond Bon Boniface Bouchard Briac Brice Brieuc Bruno
Calixte Camélien Camillien Caribert Carloman Cassien Cédric Célestin Célien Césaire César Charlemagne Charles Childebert Chilpéric Chrétien Christodule Christophe Chrysole Chrysostome Clarence Claudien Cléandre Clément Cléry Clotaire Colin Côme Constant Constantin Corentin Cyprien Cyriaque Cyrille
Damien Daniel David Delphin Denis Désiré Didier Dieudonné Dimitri
Edgard Edmond Emmanuel Enguerrand Ernest Eubert Eudes Eudoxe Eugène Eusèbe Eustache
Édouard Éleuthère Élie Élisée Élzéar Émeric Émile Épiphane Éric Étienne Évariste Évrard
Fabien Fabrice Falba Fantin Félicité Félix Ferdinand Fiacre Fidèle Firmin Flavien Flodoard Florent Florestan Florian Fortuné Foulques Francisque François Frédéric Fulbert Fulcran Fulgence
Gabin Gaël Garnier Gaspar Gaspard Gaston Gatien Gaud Gautier Gédéon Geoffroy Georges Gérard Géraud Gerbert Gervais Ghislain Gilbert Gilles Girart Gislebert Gondebaud Gonthier Gontran Gonzague Grégoire Guérin Guillaume Gustave Guy Guyot
Hardouin Hector Hédelin Hélier Herbert Herluin Hervé Hilaire Hildebert Hincmar Honoré Hubert Hugues
Innocent Isidore
Jacques Japhet Jason Jeannel Jeannot Jérémie Jérôme Joachim Job Joël Johan Jonas Jonathan Joseph Josse Josselin Jourdain Jude Judicaël Jules Julien Juste Justin
Lambert Landry Laurent Lazare Léandre Léon Léonard Léopold Leu Leufroy Libère Liétald Lionel Loïc Longin Lorrain Lothaire Louis Loup Luc Lucas Lucien Ludolphe Ludovic
Macaire Malo Mamert Manassé Marc Marceau Marcel Marcelin Marius Martial Martin Mathurin Matthias Matthieu Maugis Maurice Maxence Maximilien Mayeul Médéric Melchior Mence Merlin Mérovée Michaël Moïse
Narcisse Nathan Nathanaël Naudet Néhémie Nestor Nicéphore Nicolas Noé Noël Norbert Normand
Octave Odilon Odon Oger Olivier Oury
Pacôme Palémon Parfait Pascal Paterne Paul Pépin Perceval Philémon Philibert Pie Pierre Pierrick Prosper
Rachid Raoul Raphaël Raymond Régis Réjean Rémi Renaud René Reybaud Richard Robert Rodolphe Rodrigue Roger Roland Romain Roméo Romuald Ronan
Salomon Samuel Sauveur Savin Savinien Sébastien Séraphin Serge Séverin Sidoine Sigebert Sigismond Silvère Simon Sixte Stanislas Stéphane Sylvain Sylvestre
Tancrède Tanguy Taurin Théodore Théodose Théophile Théophraste Thibault Thibert Thierry Thomas Timoléon Timothée Titien Tonnin Toussaint Trajan Turold
Ulysse Urbain
Valentin Valère Valéry Venance Venceslas Vianney Victor Victorien Victorin Vigile Vincent Vital
Waleran Wandrille
Xavier Xénophon
Yoann Yves
Zacharie Zaché Zéphirin`;
