/**
 * Polish given names of one sex only, as data: a name of `pl.ts` in the female list and not the
 * male one, or the reverse (158 female, 224 male; 0 in both lists and 11
 * others stay of unknown sex). "He"/"she" never goes to a person whose given name says the other sex.
 * Source: the same as `pl.ts`: @faker-js/faker 10.6.0, locale "pl", person.first_name.female and
 * .male (MIT, the Faker.js contributors): a name of one list only.
 * A name that any other list gives the other sex stays unknown too ("Andrei", "Andrea", "Jean": names
 * travel): the female and male first names of every locale of @faker-js/faker 10.6.0 (MIT) and of the
 * Python package Faker (Debian python3-fake-factory 0.9.3, MIT), and the two lists above.
 * Generated once from the lists of `pl.ts`.
 */
export const FEMALE_PL = `Adelajda Agata Agnieszka Agrypina Aida Aleksandra Alicja Alina Amabela Amanda Anastazja Andżelika Angela Angelina Anna Antonina Ariadna Aurora
Barbara Beatrycze Berta Bibiana Bibianna Brygida
Cecylia Chloe Cyra
Daria Diana Dina Dorota
Edyta Eleonora Eliza Elwira Elżbieta Emilia Estera Eudokia Eudoksja Eugenia Ewa Ewelina
Ferdynanda Filipa Florencja Franciszka
Gabriela Gertruda Ginewra Gloria Gracja Greta
Hanna Helena Henryka
Ilona Irena Irma Izabela Izolda
Jadwiga Jakubina Janina Joanna Józefina Judyta Julia Julita Justyna
Kamila Karolina Katarzyna Kira Klara Klaudia Klementyna Kleopatra Konstancja Koralia Kornelia Krystyna Ksawera Ksenia
Larysa Laura Laurencja Laurentyna Leila Lidia Lilia Liliana Lilianna Lilla Liza Lucja Ludwika Luiza
Łucja
Magdalena Maja Małgorzata Malwina Maria Marianna Marta Martyna Maryna Matylda Melania Michalina Monika
Nadzieja Natalia Nina Noemi
Ofelia Olimpia Oliwia
Patrycja Paula Paulina Pelagia Penelopa
Rachela Rebeka Regina Renata Roksana Róża Rozalia Rufina Ruta
Sabina Sara Serafina Stefania Stella Sybilla Sylwia
Tacjana Tamara Tekla Teodora Teresa
Walentyna Waleria Wanda Wanesa Weronika Wiara Wiktoria Wilhelmina Wirginia
Żaneta
Zoe Zofia Zuzanna`;

export const MALE_PL = `Aaron Abraham Adam Agaton Alan Albert Aleksander Aleksy Alfred Alwar Ambroży Anatol Andrzej Ansgary Antoni Apollinary Apollo Archibald Arkadiusz Arkady Arnold Arseniusz Artur Arystarch Atanazy August
Baldwin Bazyli Benedykt Beniamin Bernard Bertram Bertrand Błażej Borys Brajan Bruno
Cecyliusz Cezary Cyrus Cyryl
Damian Daniel Dariusz Dawid Demetriusz Dionizy Dominik Donald
Edgar Edmund Edward Edwin Efraim Efrem Eleazar Eliasz Emanuel Emil Erast Ernest Erwin Eugeniusz Eustracjusz
Fabian Feliks Filemon Filip Florian Franciszek Fryderyk
Galfryd Gedeon Gerald Gerazym Gilbert Gonsalwy Grzegorz Gwido
Harald Henryk Herbert Herman Hieronim Hilarion Hipolit Horacy Hubert Hugo
Ignacy Igor Innocenty Ireneusz Izaak Izajasz Izydor
Jakub Janusz Jeremi Jeremiasz Jerzy Joachim Jonatan Józef Jozue Julian Juliusz Justyn
Kalistrat Kazimierz Klarencjusz Klaudiusz Klemens Konrad Konstanty Konstantyn Kornel Korneli Korneliusz Krystian Krzysztof Ksawery Ksenofont Kwintyn
Laurencjusz Laurenty Leon Leonard Leonid Lucjan Ludwik
Łazarz Łukasz
Magnus Makary Maksym Maksymilian Marceli Marcin Marek Mateusz Maurycy Michał Mikołaj Miron Modest Mojżesz
Natan Natanael Nazariusz Nazary Nestor Nikodem
Olaf Oleg Oliwier Onufry Orestes Oskar Osmund
Pankracy Pantaleon Patrycjusz Patrycy Patryk Paweł Piotr Platon Polikarp Porfiriusz Porfiry Prokles Prokop Prokul
Rafał Rajmund Rajnold Randolf Reginald Robert Roderyk Roger Roland Roman Romeo Rudolf Ryszard
Salomon Salwator Samson Samuel Sebastian Serafin Sergiusz Seweryn Spirydion Stanisław Stefan Sylwester Szczepan Szymon
Teodor Terencjusz Tobiasz Tomasz Tymoteusz
Wacław Walenty Walentyn Walerian Walery Walgierz Walter Wawrzyniec Wiktor Wilfryd Wilhelm Wincenty Witalis Władysław Włodzimierz
Zachariasz Zachary Zygmunt`;
