/**
 * Polish given names (393), as data: a capitalised run that reaches one of these after
 * other capitalised words ("Labour MP for Kensington Emma Dent Coad") starts the person's name there.
 * Source: the npm package @faker-js/faker 10.6.0, locale "pl", person.first_name (MIT,
 * the Faker.js contributors).
 * Generated once; names of one or two letters and with spaces dropped.
 */
export const GIVEN_PL = `Aaron Abraham Ada Adam Adelajda Adrian Agata Agaton Agnieszka Agrypina Aida Alan Albert Aleksander Aleksandra Aleksy Alfred Alicja Alina Alwar Amabela Amanda Ambroży Anastazja Anatol Andrzej Andżelika Angela Angelina Anna Ansgary Antoni Antonina Apollinary Apollo Archibald Ariadna Arkadiusz Arkady Arnold Arseniusz Artur Arystarch Atanazy August Aurora
Baldwin Barbara Bazyli Beatrycze Benedykt Beniamin Bernard Berta Bertram Bertrand Bibiana Bibianna Borys Brajan Bruno Brygida Błażej
Cecylia Cecyliusz Cezary Chloe Cyra Cyrus Cyryl
Damian Daniel Daria Dariusz Dawid Demetriusz Diana Dina Dionizy Dominik Donald Dorian Dorota
Edgar Edmund Edward Edwin Edyta Efraim Efrem Eleazar Eleonora Eliasz Eliza Elwira Elżbieta Emanuel Emil Emilia Erast Ernest Erwin Estera Eudokia Eudoksja Eugenia Eugeniusz Eustracjusz Ewa Ewelina
Fabian Feliks Ferdynanda Filemon Filip Filipa Florencja Florian Franciszek Franciszka Fryderyk
Gabriel Gabriela Galfryd Gedeon Gerald Gerazym Gertruda Gilbert Ginewra Gloria Gonsalwy Gracja Greta Grzegorz Gwido
Hanna Harald Helena Henryk Henryka Herbert Herman Hieronim Hilarion Hilary Hipolit Horacy Hubert Hugo
Ida Ignacy Igor Ilona Innocenty Irena Ireneusz Irma Izaak Izabela Izajasz Izolda Izydor
Jadwiga Jakub Jakubina Jan Janina Janusz Jeremi Jeremiasz Jerzy Joachim Joanna Jonatan Jozue Judyta Julia Julian Julita Juliusz Justyn Justyna Józef Józefina
Kalistrat Kamila Karol Karolina Katarzyna Kazimierz Kira Klara Klarencjusz Klaudia Klaudiusz Klemens Klementyna Kleopatra Konrad Konstancja Konstanty Konstantyn Koralia Kornel Korneli Kornelia Korneliusz Krystian Krystyna Krzysztof Ksawera Ksawery Ksenia Ksenofont Kwintyn
Larysa Laura Laurencja Laurencjusz Laurenty Laurentyna Lea Leila Leon Leonard Leonid Lidia Lilia Liliana Lilianna Lilla Liza Lucja Lucjan Ludwik Ludwika Luiza
Magdalena Magnus Maja Makary Maksym Maksymilian Malwina Marceli Marcin Marek Maria Marianna Marta Martyna Maryna Mateusz Matylda Maurycy Małgorzata Melania Michalina Michał Mikołaj Miron Modest Mojżesz Monika
Nadzieja Natalia Natan Natanael Nazariusz Nazary Nestor Nikodem Nikola Nina Noemi
Ofelia Olaf Oleg Olga Olimpia Oliwia Oliwier Onufry Orestes Oskar Osmund
Pankracy Pantaleon Patrycja Patrycjusz Patrycy Patryk Paula Paulina Paweł Pelagia Penelopa Piotr Platon Polikarp Porfiriusz Porfiry Prokles Prokop Prokul
Rachela Rafał Rajmund Rajnold Randolf Rebeka Regina Reginald Renata Robert Roderyk Roger Roksana Roland Roman Romeo Rozalia Rudolf Rufina Ruta Ryszard Róża
Sabina Salomon Salwator Samson Samuel Sara Sebastian Serafin Serafina Sergiusz Seweryn Spirydion Stanisław Stefan Stefania Stella Sybilla Sylwester Sylwia Szczepan Szymon
Tacjana Tamara Tekla Teodor Teodora Terencjusz Teresa Tobiasz Tomasz Tymoteusz
Wacław Walenty Walentyn Walentyna Waleria Walerian Walery Walgierz Walter Wanda Wanesa Wawrzyniec Weronika Wiara Wiktor Wiktoria Wilfryd Wilhelm Wilhelmina Wincenty Wirginia Witalis Władysław Włodzimierz
Zachariasz Zachary Zoe Zofia Zuzanna Zygmunt
Łazarz Łucja Łukasz
Żaneta`;
