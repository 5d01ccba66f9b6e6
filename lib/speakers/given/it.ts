/**
 * Italian given names (1700), as data: a capitalised run that reaches one of these after
 * other capitalised words ("Labour MP for Kensington Emma Dent Coad") starts the person's name there.
 * Source: the npm package @faker-js/faker 10.6.0, locale "it", person.first_name (MIT,
 * the Faker.js contributors).
 * Generated once; names of one or two letters and with spaces dropped.
 */
export const GIVEN_IT = `Abaco Abbondanza Abbondanzio Abbondio Abdone Abelardo Abele Abenzio Abibo Abramio Abramo Acacio
Acario Accursio Achille Acilia Acilio Aciscolo Acrisio Ada Adalardo Adalberta Adalberto
Adalfredo Adalgisa Adalgiso Adalrico Adamo Addo Addolorata Adelaide Adelardo Adelasia Adelberto
Adelchi Adele Adelfo Adelgardo Adelina Adelmo Adeodato Adina Adolfo Adone Adria Adriana Adriano
Adrione Afro Agabio Agamennone Agape Agapito Agata Agazio Agenore Agesilao Agnese Agostina
Agostino Agrippa Aiace Aida Aidano Aimone Aladino Alamanno Alano Alarico Alba Albano Alberico
Alberta Alberto Albina Albino Alboino Albrico Alceo Alceste Alcibiade Alcide Alcina Alcino Alda
Aldo Aldobrando Aleandro Aleardo Aleramo Alessandra Alessandro Alessia Alessio Alfio Alfonsa
Alfonso Alfreda Alfredo Algiso Alice Alida Alighiero Alina Allegra Alma Almerigo Almiro Aloisio
Altea Alvaro Alviero Alvise Amabile Amadeo Amalia Amanda Amando Amanzio Amaranto Amata Amato
Amatore Amauri Ambra Ambrogio Ambrosiano Amedeo Amelia Amelio Amerigo Amico Amilcare Amina
Amintore Amleto Amone Amore Amos Ampelio Anacleto Anastasia Anatolia Ancilla Andrea Andromeda
Angela Angelica Angelo Aniceto Aniello Anita Anna Annabella Annagrazia Annamaria Annibale
Annunziata Ansaldo Anselmo Ansovino Antea Antelmo Antero Antigone Antimo Antino Antioco
Antonella Antonello Antonia Antonio Apollina Apollinare Apollo Apollonia Appia Apuleio Aquilino
Arabella Araldo Aratone Arcadio Archimede Archippo Arcibaldo Ardito Arduino Aresio Argelia
Argimiro Argo Arialdo Arianna Ariberto Ariele Ariosto Aris Aristarco Aristeo Aristide Aristione
Aristo Aristofane Aristotele Armando Armida Arminio Arnaldo Aronne Arrigo Artemisa Arturo
Ascanio Asdrubale Asella Asia Asimodeo Assunta Assunto Asterio Astianatte Astrid Ataleo Atanasia
Atanasio Athos Attila Attilano Attilio Auberto Audace Augusto Aurelia Aureliano Aurelio Auro
Aurora Ausilia Ausiliatrice Ausilio Ave Averardo Aza Azeglio Azelia Azelio Azzurra Babila Bacco
Baldassarre Balderico Baldo Baldomero Baldovino Bambina Barbara Barbarigo Bardo Bardomiano
Barnaba Barsaba Barsimeo Bartolo Bartolomea Bartolomeo Basileo Basilia Basilio Bassiano Bassilla
Bastiano Batilda Battista Beata Beato Beatrice Belina Bellino Beltramo Benedetta Benedetto
Beniamina Beniamino Benigna Benigno Benito Benvenuta Benvenuto Berardo Berengario Berenice
Bernadetta Bernardo Beronico Bertoldo Bertolfo Betta Biagio Bianca Bibiana Bibiano Bice Bindo
Bino Birino Bonagiunta Bonaldo Bonaventura Bonavita Bonifacio Bonito Boris Bortolo Brancaleone
Brando Brigida Brigitta Bruna Brunilde Bruno Bruto Caino Caio Calanico Calcedonio Callisto
Calogera Calogero Calpurnia Camelia Camilla Camillo Candida Candido Cantidio Canziano Capitolina
Carina Carla Carlo Carlotta Carmela Carmelo Carmen Carmine Carola Carolina Caronte Carponio
Casilda Casimira Casimiro Cassandra Cassiano Cassio Cassiopea Casto Cataldo Catena Caterina
Catullo Cecco Cecilia Cecilio Celeste Celinia Celso Cesare Cesario Cherubino Chiaffredo Chiara
Cino Cinzia Cipriano Cirano Ciriaco Cirilla Cirillo Cirino Ciro Clara Clarenzio Claudia Claudio
Cleandro Clelia Clemente Clemenzia Cleo Cleofe Cleonico Cleopatra Climaco Clinio Clodomiro
Clodoveo Cloe Clorinda Cointa Colmanno Colmazio Colomba Colombano Colombo Concetta Concetto
Concordio Consolata Cora Corbiniano Cordelia Coreno Corinna Coriolano Cornelia Cornelio Coronato
Corrado Cosima Cosimo Cosma Costante Costantino Costanza Costanzo Cremenzio Crescente Crescenzia
Crescenzio Crespignano Crispino Cristaldo Cristiana Cristiano Cristina Cristoforo Crocefissa
Crocefisso Cronida Cunegonda Cuniberto Cupido Cuzia Daciano Dacio Dafne Dagoberto Dalida Dalila
Dalmazio Damaso Damiana Damiano Damocle Daniela Daniele Danilo Danio Dante Daria Dario Davide
Davino Deanna Debora Decimo Degna Delfina Delfino Delia Delinda Delizia Demetria Demetrio
Democrito Demostene Deodata Deodato Desdemona Desiderata Desiderato Desiderio Devota Diamante
Diana Dianora Didimo Diego Diletta Dina Dino Diocleziano Diodata Diodoro Diogene Diomede Dione
Dionigi Dionisia Dionisio Divo Doda Dodato Dolores Domenica Domenico Domezio Domiziano Donata
Donatella Donatello Donato Donna Dora Doriano Dorotea Doroteo Druina Duccio Duilio Dulina
Durante Ebe Eberardo Ecclesio Edda Edelberga Edgardo Edilberto Editta Edmondo Edoardo Edvige
Efisio Efrem Egeo Egidio Eginardo Egisto Egizia Egle Elaide Elda Elena Eleonora Elettra
Eleuterio Elia Eliana Eliano Elide Elifio Eligio Elimena Elio Eliodoro Elisa Elisabetta Elisea
Eliseo Elita Ella Elmo Elogio Eloisa Elpidio Elsa Elvezio Elvia Elvino Elvira Emanuela Emanuele
Emidio Emilia Emiliana Emiliano Emilio Emma Emmerico Empirio Endrigo Enea Enecone Enimia Ennio
Enrica Enrico Enzo Eracla Eraclide Eraldo Erardo Erasmo Erberto Ercolano Ercole Erenia Eriberto
Erico Ermanno Ermelinda Ermenegarda Ermenegilda Ermenegildo Ermes Ermete Ermilo Erminia Erminio
Ernesta Ernesto Eros Ersilia Esaù Esmeralda Estella Ester Esterina Esuperio Eterie Ettore
Euclide Eufebio Eufemia Eufemio Eufrasia Eufronio Eugenia Eugenio Eulalia Euridice Eusebia
Eusebio Euseo Eustorgio Eustosio Eutalia Eutalio Eva Evaldo Evandro Evangelina Evaristo Evasio
Evelina Everardo Evidio Evodio Evremondo Ezechiele Ezio Fabiana Fabiano Fabio Fabiola Fabrizio
Famiano Fatima Fausta Fausto Fazio Fedele Federica Federico Fedora Fedro Felice Felicia
Feliciano Felicita Ferdinando Fermiano Fermo Fernanda Fernando Ferruccio Festo Fiammetta
Fidenziano Fidenzio Filiberto Filippa Filippo Filomena Filomeno Fiordaliso Fiore Fiorella
Fiorenza Fiorenziano Fiorenzo Flaminia Flavia Flaviana Flaviano Flavio Fleano Flora Floriana
Floriano Floridia Florina Foca Folco Fortunata Fortunato Fosca Fosco Franca Francesca Francesco
Franco Frido Frontiniano Fulberto Fulgenzio Fulvia Fulvio Furio Furseo Fuscolo Gabino Gabriele
Gabriella Gaetano Gaglioffo Gaia Gaio Galatea Galdino Galeazzo Galileo Gallicano Gandolfo
Garimberto Gaspare Gastone Gaudenzia Gaudenzio Gaudino Gautiero Gavino Gedeone Gelsomina
Geltrude Geminiano Gemma Generosa Generoso Genesia Genesio Gennaro Genoveffa Gentile Genziano
Gerardo Gerasimo Geremia Gerino Germana Germano Gerolamo Geronimo Geronzio Gertrude Gervasio
Gesualdo Gherardo Ghita Giacinta Giacinto Giacobbe Giacomo Giada Giadero Giambattista
Gianbattista Giancarlo Giandomenico Gianfranco Gianluca Gianluigi Gianmarco Gianmaria Gianmario
Gianni Gianpaolo Gianpiero Gianpietro Gianuario Giasone Gigliola Gilberto Gilda Gildo Giliola
Gillo Gineto Ginevra Gino Gioacchina Gioacchino Giobbe Gioberto Gioconda Giocondo Gioele Gioia
Giona Gionata Giordano Giorgia Giorgio Giosuele Giosuè Giotto Giovanna Giovanni Giove Gioventino
Giovenzio Girardo Girolamo Gisella Giuda Giuditta Giulia Giuliana Giuliano Giulio Giulitta
Giuseppa Giuseppe Giuseppina Giusta Giustiniano Giusto Glauco Glenda Gloria Godeberta Godiva
Goffredo Golia Gomberto Gondulfo Gonerio Gonzaga Gordiano Gosto Gottardo Graciliano Grato Grazia
Graziana Graziano Graziella Gregorio Greta Grimaldo Griselda Gualberto Gualtiero Guelfo Guenda
Guendalina Guerrino Guglielmo Guiberto Guido Guiscardo Gumesindo Gundelinda Gustavo Iacopo
Iacopone Iago Ianira Icaro Icilio Ida Idea Ido Iginia Iginio Igino Ignazio Igor Ilaria Ilario
Ilda Ildebrando Ildefonso Ildegarda Ildegonda Ileana Ilenia Ilia Illidio Illuminato Ilva Imelda
Immacolata Immacolato Incoronata Indro Ines Innocente Innocenza Innocenzo Iolanda Iole Iona Ione
Ionne Iorio Ippocrate Ippolito Irene Ireneo Iride Iris Irma Irmina Isa Isabella Isacco Isaia
Ischirione Iside Isidora Isidoro Ismaele Isotta Italia Italo Ivan Ivano Ivanoe Ivetta Ivo Ivone
Ladislao Lamberto Lancilotto Landolfo Lanfranco Lapo Lara Laura Laurentino Lauriano Lautone
Lavinia Lavinio Lazzaro Lea Leandro Leda Lelia Lena Leo Leonardo Leone Leonia Leonida Leonilda
Leonio Leontina Leonzio Leopardo Leopoldo Letizia Letterio Lia Liana Liberata Liberato
Liberatore Liberio Libero Liberto Liboria Liborio Licia Lidania Lidia Lidio Lieto Liliana Linda
Lino Lisa Lisandro Livia Liviana Livino Livio Lodovica Lodovico Loredana Lorella Lorena Loreno
Lorenza Lorenzo Loretta Loriana Loris Luana Luca Luce Lucia Luciana Luciano Lucilla Lucio
Lucrezia Ludano Ludovica Ludovico Luigi Luigia Luisa Luminosa Luna Macaria Macario Maccabeo
Maddalena Mafalda Maffeo Magda Maggiorino Magno Maida Maiorico Malco Mamante Mancio Manetto
Manfredo Manilio Manlio Mansueto Manuela Manuele Mara Marana Marcella Marcello Marciano Marco
Mareta Margherita Maria Marianna Mariano Marica Mariella Marilena Marina Marinella Marinetta
Marino Mario Marisa Marita Marolo Marta Martina Martino Maruta Marzia Marzio Massima
Massimiliano Massimo Matilde Matroniano Matteo Mattia Maura Maurilio Maurizio Mauro Medardo
Medoro Melania Melanio Melchiade Melchiorre Melezio Melissa Melitina Menardo Menelao Meneo
Mennone Menodora Mercede Mercurio Messalina Metello Metrofane Mia Michela Michelangelo Michele
Milena Milo Mimma Mina Minerva Minervina Minervino Miranda Mirco Mirella Miriam Mirko Mirocleto
Mirta Misaele Modesto Moira Monaldo Monica Monitore Morena Moreno Morgana Mosè Muziano Nadia
Namazio Napoleone Narciso Narseo Narsete Natale Natalia Natalina Nazario Nazzareno Nazzaro Neiva
Neopolo Neoterio Nerea Nereo Neri Nestore Nicarete Nicea Niceforo Niceto Nicezio Nicla Nico
Nicodemo Nicola Nicoletta Nicolò Nilde Nina Ninfa Niniano Nino Nives Noemi Norberto Norina Norma
Nostriano Novella Noè Nuccia Nunziata Nunzio Oddone Oderico Odetta Odidone Odilia Odorico Ofelia
Olga Olimpia Olimpio Olinda Olindo Olivia Oliviera Oliviero Omar Ombretta Omero Ondina Onesta
Onesto Onofrio Onorata Onorina Onorino Onorio Orazio Orchidea Orenzio Oreste Orfeo Oriana
Orietta Orio Orlando Ornella Oronzo Orsino Orso Orsola Orsolina Ortensia Ortensio Osanna Oscar
Osmondo Osvaldo Otello Otilia Ottaviano Ottavio Ottilia Ottone Ovidio Paciano Pacifico Pacomio
Palatino Palladia Palladio Palmazio Palmira Pamela Pammachio Pancario Pancrazio Panfilo Pantaleo
Pantaleone Paola Paolo Pardo Paride Parmenio Pasquale Paterniano Patrizia Patrizio Patroclo
Pauside Pelagia Peleo Pellegrino Penelope Pericle Perla Perseo Petronilla Petronio Pia Piera
Pierangelo Piergiorgio Pierluigi Piermarco Piero Piersilvio Pietro Pio Pippo Placida Placido
Platone Plinio Plutarco Polidoro Polifemo Polissena Pollione Pompeo Pomponio Ponziano Ponzio
Porfirio Porzia Porziano Postumio Prassede Priamo Primo Prisca Priscilla Prisco Privato Procopio
Proserpina Prospera Prospero Protasio Proteo Prudenzia Prudenzio Publio Pupolo Pusicio Quartilla
Quarto Quasimodo Querano Quieta Quintiliano Quintilio Quintino Quinziano Quinzio Quirino
Quiteria Rachele Radolfo Raffaele Raffaella Raide Raimondo Rainaldo Rainelda Ramiro Raniero
Ranolfo Rebecca Regina Reginaldo Regolo Remigio Remo Remondo Renata Renato Renzo Respicio
Ricario Riccarda Riccardo Richelmo Rina Rinaldo Rino Rita Robaldo Roberta Roberto Rocco Rodiano
Rodolfo Rodrigo Rolando Rolfo Romana Romano Romeo Romero Romilda Romina Romoaldo Romola Romolo
Romualdo Rosa Rosalia Rosalinda Rosamunda Rosanna Rosario Rosita Rosmunda Rossana Rossella
Rubiano Rufina Rufino Rufo Ruggero Ruperto Rutilo Saba Sabato Sabazio Sabele Sabina Sabino
Sabrina Saffiro Saffo Saladino Salomone Salomè Salustio Salvatore Salvo Samanta Samona Samuele
Sandra Sandro Sansone Sante Santina Santo Sapiente Sara Sarbello Saturniano Saturnino Saul
Saverio Savina Savino Scolastica Sebastiana Sebastiano Seconda Secondiano Secondina Secondo
Sefora Selene Selvaggia Semiramide Semplicio Sempronio Senesio Senofonte Serafina Serafino
Serapione Serena Sergio Servidio Serviliano Sesto Settimio Settimo Severa Severiano Severino
Severo Sibilla Sico Sicuro Sidonia Sidonio Sigfrido Sigismondo Silvana Silvano Silverio
Silvestro Silvia Silvio Simeone Simona Simone Simonetta Sinesio Sinfronio Sireno Siria Siriano
Siricio Sirio Siro Sisto Smeralda Soave Soccorso Socrate Sofia Sofronia Solange Solocone Sonia
Sostene Sosteneo Sostrato Spano Spartaco Speranza Speranzio Stanislao Stefania Stefano Stella
Stiliano Stiriaco Surano Susanna Sveva Sviturno Tabita Taddeo Taide Tamara Tammaro Tancredi
Tarcisio Tarquinia Tarsilla Tarso Taziana Taziano Tazio Tea Tecla Telchide Telemaco Telica
Temistocle Teobaldo Teodata Teodolinda Teodora Teodoro Teodosio Teodoto Teogene Terenzio Teresa
Terzo Tesauro Tesifonte Teudosia Tibaldo Tiberio Tiburzio Ticone Timoteo Tina Tirone Tito
Tiziana Tiziano Tizio Tobia Tolomeo Tommaso Torquato Tosca Tosco Tranquillo Trasea Tristano
Tullia Tulliano Tullio Turi Turibio Tussio Ubaldo Ubertino Uberto Ugo Ugolina Ugolino Uguccione
Ulberto Ulderico Ulfa Ulfo Ulisse Uliva Ulpiano Ulrico Ulstano Ultimo Umberto Umile Unna Uranio
Urbano Urdino Uriele Ursicio Ursino Ursmaro Vala Valente Valentina Valentino Valeria Valeriana
Valeriano Valerico Valerio Valfredo Valfrido Valtena Valter Vanda Vanessa Vanna Varo Vasco
Vedasto Velio Venanzio Venceslao Venera Veneranda Venerando Venere Venerio Ventura Venusta
Venustiano Venusto Vera Verano Verdiana Verecondo Verena Verenzio Veriana Veridiana Veronica
Verulo Vespasiano Vezio Vidiano Vidone Vilfredo Viliana Viliberto Vilma Vincenza Vincenzo
Vindonio Vinebaldo Vinfrido Vinicio Viola Violante Virgilio Virginia Virginio Virone Viscardo
Vissia Vitale Vitalico Vito Vittore Vittoria Vittoriano Vittorio Vivaldo Viviana Viviano
Vladimiro Vodingo Volfango Vulmaro Vulpiano Walter Wanda Zabedeo Zabina Zaccaria Zaccheo Zaira
Zama Zanita Zanobi Zarina Zefiro Zelinda Zena Zenaide Zenebio Zeno Zenobia Zenobio Zenone Zetico
Zita Zoe Zoilo Zosima Zosimo`;
