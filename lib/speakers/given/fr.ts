/**
 * French given names (930), as data: a capitalised run that reaches one of these after
 * other capitalised words ("Labour MP for Kensington Emma Dent Coad") starts the person's name there.
 * Source: the npm package @faker-js/faker 10.6.0, locale "fr", person.first_name (MIT,
 * the Faker.js contributors).
 * Generated once; names of one or two letters and with spaces dropped.
 */
export const GIVEN_FR = `Aaron Abdon Abdonie Abel Abelin Abeline Abigaelle Abigaïl Abondance Abraham Absalon Abélard
Acace Acacie Acanthe Achaire Achille Adalard Adalbald Adalbaude Adalbert Adalbéron Adalric
Adalsinde Adam Adegrin Adegrine Adel Adelin Adeline Adelphe Adeltrude Adenet Adhémar Adjutor
Adolphe Adolphie Adonis Adonise Adrastée Adrehilde Adrien Adrienne Adèle Adélaïde Adélie Adéodat
Agapet Agathange Agathe Agathon Agilbert Agilberte Aglaé Agnan Agnane Agneflète Agnès Agrippin
Agrippine Aimable Aimé Aimée Alain Alaine Alaïs Alban Albane Albert Alberte Albérade Albéric
Alcibiade Alcide Alcidie Alcime Alcine Alcyone Aldegonde Aldonce Aldric Aleaume Aleth Alexandre
Alexandrine Alexanne Alexine Alexis Alice Aliette Aline Alix Alizé Aliénor Alliaume Almine
Almire Aloyse Aloïs Aloïse Alphonse Alphonsine Alphée Alpinien Althée Alverède Amaliane Amalric
Amalthée Amande Amandin Amandine Amant Amante Amarande Amaranthe Amaryllis Ambre Ambroise
Ambroisie Ameline Amiel Aminte Amour Amédée Améliane Amélie Amélien Améthyste Anastase Anastasie
Anatole Anatolie Anaël Anaëlle Anaïs Ancelin Anceline Andoche André Andrée Andéol Angadrême Ange
Angeline Angilbe Angilberte Angilran Angoustan Angèle Angélina Angélique Anicet Anicette Anicée
Annabelle Anne Annette Annibal Annonciade Ansbert Ansberte Anselme Anstrudie Anthelme
Anthelmette Antide Antigone Antoine Antoinette Antonin Antonine Anémone Aphélie Apollinaire
Apolline Aquilin Aquiline Arabelle Arcade Arcadie Archambaud Archange Archibald Argine Arian
Ariane Aricie Ariel Arielle Ariste Aristide Arlette Armance Armand Armande Armandine Armel
Armeline Armelle Armide Armin Armine Arnaud Arnaude Arnould Arolde Arsinoé Arsène Arsènie
Arthaud Arthur Arthurine Arthème Artémis Ascelin Asceline Ascension Assomption Astarté Astride
Astrée Astérie Athalie Athanase Athanasie Athina Athénaïs Aube Aubertine Aubry Aude Audebert
Audeline Audouin Audran Audrey Auguste Augustine Aure Aurelle Aurian Auriane Aurore Aurèle
Aurélie Aurélienne Auxane Auxence Aveline Avigaëlle Avoye Axel Axeline Axelle Aymard Aymardine
Aymeric Aymon Aymonde Azalée Azeline Azélie Balthazar Baptiste Barbe Barnabé Barthélemy Bartimée
Basile Basilisse Bastien Bathilde Baudouin Benjamin Benoît Bernadette Bernard Berthe Bertille
Bertrand Betty Beuve Blaise Blanche Blandine Bohémond Bon Boniface Bouchard Briac Brice Brieuc
Brigitte Brunehaut Brunehilde Bruno Béatrice Bénigne Bénédicte Béranger Bérangère Bérard Calixte
Camille Camillien Camélien Candide Capucine Caribert Carine Carloman Caroline Cassandre Cassien
Catherine Chantal Charlaine Charlemagne Charles Charline Charlotte Childebert Chilpéric Chloé
Christelle Christian Christiane Christine Christodule Christophe Chrysole Chrysostome Chrétien
Claire Clara Clarence Clarisse Claude Claudien Claudine Clio Clotaire Clotilde Clovis Cléandre
Clélie Clémence Clément Clémentine Cléry Colin Coline Conception Constance Constant Constantin
Coralie Coraline Corentin Corentine Corinne Cyprien Cyriaque Cyrielle Cyrille Cécile Cédric
Céleste Célestin Célestine Célien Céline Césaire César Côme Damien Daniel Danielle Daphné David
Delphin Delphine Denis Denise Diane Didier Dieudonné Dieudonnée Dimitri Dominique Dorian Doriane
Dorine Dorothée Douce Débora Désiré Edgard Edmond Edmée Ella Elsa Emma Emmanuel Emmanuelle
Emmelie Enguerrand Ernest Ernestine Estelle Esther Eubert Eudes Eudoxe Eudoxie Eugène Eugénie
Eulalie Euphrasie Eustache Eusèbe Eusébie Eva Fabien Fabrice Falba Fanny Fantin Fantine Faustine
Ferdinand Fiacre Fidèle Firmin Flavie Flavien Fleur Flodoard Flore Florence Florent Florestan
Florian Florie Fortuné Fortunée Foulques France Francette Francia Francine Francisque François
Françoise Frédéric Frédérique Fulbert Fulcran Fulgence Félicie Félicité Félix Gabin Gabriel
Gabrielle Garance Garnier Gaspar Gaspard Gaston Gatien Gaud Gautier Gaël Gaëlle Geneviève
Geoffroy Georges Georgette Gerberge Gerbert Germain Germaine Gertrude Gervais Ghislain Gilbert
Gilles Girart Gislebert Gisèle Gondebaud Gonthier Gontran Gonzague Grégoire Guenièvre Gui
Guilhemine Guillaume Guillemette Gustave Gustavine Guy Guyot Guérin Gwenaëlle Gédéon Gérard
Géraud Hardouin Hector Henri Henriette Herbert Herluin Hermine Hervé Hilaire Hildebert Hincmar
Hippolyte Honorine Honoré Hortense Hubert Hugues Huguette Hédelin Hélier Héloïse Hélène Innocent
Inès Irina Iris Irène Isabeau Isabelle Iseult Isidore Ismérie Jacinthe Jacqueline Jacques Jade
Janine Japhet Jason Jean Jeanne Jeannel Jeannot Jehanne Joachim Joanny Job Jocelyn Jocelyne
Johan Jonas Jonathan Joseph Josse Josselin Joséphine Jourdain Joël Joëlle Jude Judicaël Judith
Jules Julia Julie Julien Juliette Juste Justin Justine Jérémie Jérôme Lambert Landry Laura
Laurane Laure Laureline Laurence Laurent Lauriane Laurine Laurène Lazare Leu Leufroy Libère
Lionel Liétald Longin Lorrain Lorraine Lothaire Louis Loup Loïc Luc Lucas Lucie Lucien Lucienne
Lucille Ludivine Ludolphe Ludovic Lydie Léa Léandre Léna Léon Léonard Léonie Léonne Léopold
Léopoldine Macaire Madeleine Magali Maguelone Mahaut Mallaury Malo Mamert Manassé Manon Marc
Marceau Marcel Marcelin Marceline Margot Marguerite Marianne Marie Marine Marion Marius Marlène
Marthe Martial Martin Martine Mathilde Mathurin Matthias Matthieu Maud Maugis Maureen Maurice
Mauricette Maxellende Maxence Maxime Maximilien Mayeul Melchior Mence Merlin Michaël Michel
Michèle Mireille Miriam Monique Morgan Morgane Moïse Moïsette Muriel Mylène Médéric Mégane
Mélanie Mélisande Mélissa Mélissandre Mélodie Mérovée Nadine Nadège Narcisse Nathalie Nathan
Nathanaël Naudet Nestor Nicolas Nicole Nicéphore Nine Norbert Normand Noé Noémie Noël Noëlle
Néhémie Octave Océane Odette Odile Odilon Odon Oger Olive Olivier Olympe Ombline Ophélie Oriande
Oriane Orlane Oury Ozanne Pacôme Palémon Parfait Pascal Pascale Paterne Patrice Paul Paule
Paulette Pauline Perceval Perrine Philibert Philippe Philippine Philomène Philothée Philémon Pie
Pierre Pierrick Primerose Priscille Prosper Prudence Pulchérie Pécine Pélagie Pénélope Pépin
Pétronille Quentin Quentine Quintia Quiéta Rachel Rachid Raoul Raphaël Raphaëlle Raymond
Raymonde Rebecca Reine Renaud René Renée Reybaud Richard Rita Robert Roch Rodolphe Rodrigue
Roger Roland Rolande Romain Romane Romuald Roméo Ronan Rosalie Rose Roselin Roseline Régine
Régis Réjean Réjeanne Rémi Sabine Salomon Salomé Samuel Sandra Sandrine Sarah Sauveur Savin
Savinien Scholastique Serge Sibylle Sidoine Sigebert Sigismond Silvère Simon Simone Sixte
Sixtine Solange Soline Sophie Stanislas Stéphane Stéphanie Suzanne Suzon Swassane Sylvain
Sylvestre Sylviane Sylvie Sébastien Ségolène Séraphin Séverin Séverine Tancrède Tanguy Tatiana
Taurin Thaïs Thibault Thibert Thierry Thomas Théodora Théodore Théodose Théophile Théophraste
Thérèse Tim Timoléon Timothée Tiphaine Titien Tonnin Toussaint Trajan Tristan Turold Ulysse
Urbain Ursule Valentin Valentine Valère Valérie Valéry Venance Venceslas Vianney Victoire Victor
Victorien Victorin Vigile Vincent Vinciane Violette Virginie Vital Viviane Vivien Véronique
Waleran Wandrille Xavier Xavière Xénophon Yoann Yolande Ysaline Yseult Yves Yvette Yvonne
Zacharie Zaché Zoé Zoéva Zéphirin Ève Édith Édouard Éleuthère Élia Éliane Élie Élisabeth Élise
Élisée Élodie Éloïse Élzéar Éléonore Émeline Émeric Émile Émilie Émérance Émérencie Épiphane
Éric Étienne Évangéline Évariste Évelyne Évrard`;
