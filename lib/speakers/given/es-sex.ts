/**
 * Spanish given names of one sex only, as data: a name of `es.ts` in the female list and not the
 * male one, or the reverse (106 female, 92 male; 0 in both lists and 7
 * others stay of unknown sex). "He"/"she" never goes to a person whose given name says the other sex.
 * Source: the same as `es.ts`: @faker-js/faker 10.6.0, locale "es", person.first_name.female and
 * .male (MIT, the Faker.js contributors): a name of one list only.
 * A name that any other list gives the other sex stays unknown too ("Andrei", "Andrea", "Jean": names
 * travel): the female and male first names of every locale of @faker-js/faker 10.6.0 (MIT) and of the
 * Python package Faker (Debian python3-fake-factory 0.9.3, MIT), and the two lists above.
 * Generated once from the lists of `es.ts`.
 */
export const FEMALE_ES = `Adela Adriana Alejandra Alicia Amalia Ana Anita Anni Antonia Ariadna
Ángela
Barbara Beatriz Berta Blanca
Caridad Carla Carlota Carolina Catalina Cecilia Clara Claudia Concepción Conchita Cristina
Daniela Débora Diana Dolores Dorotea
Elena Elisa Eloisa Elsa Elvira Emilia Esperanza Estela Ester Eva
Florencia Francisca
Gabriela Gloria Graciela Guadalupe Guillermina
Inés Irene Isabel Isabela
Jennifer Josefina Juana Julia
Laura Leonor Leticia Lilia Lola Lorena Lourdes Lucía Luisa Luz
Magdalena Maica Manuela Marcela Margarita María Mariana Maricarmen Marilú Marisol Marta Matilde Mayte Mercedes Micaela Mónica
Natalia Norma
Olivia
Patricia Pilar
Ramona Raquel Rebeca Reina Rocío Rosa Rosalia Roser
Sara Silvia Sofía Soledad Sonia Susana
Teresa
Verónica Victoria Virginia
Yolanda`;

export const MALE_ES = `Adán Agustín Alberto Alejandro Alfonso Alfredo Andrés Antonio Armando Arturo
Ángel
Benito Benjamín Bernardo
Carles Carlos César Claudio Clemente Cristián Cristóbal
Daniel David Diego
Eduardo Enrique Ernesto Esteban
Federico Felipe Fernando Francisco
Gerardo Germán Gilberto Gonzalo Gregorio Guillermo Gustavo
Hermenegildo Hernán Homero Horacio Hugo
Ignacio Iván
Jacobo Javier Jerónimo Jesús Joaquín Jordi Jorge José Josep Juan Julio
Lorenzo Lucas Luis
Manuel Marcos Mariano Martín Mateo Miguel
Nicolás
Octavio
Óscar
Pablo Patricio Pedro Pío
Rafael Ramiro Ramón Raúl Ricardo Roberto Rodrigo Rubén
Salvador Samuel Sancho Santiago Sergi Sergio
Teodoro Timoteo Tomás
Vicente Víctor`;
