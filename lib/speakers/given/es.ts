/**
 * Spanish given names (205), as data: a capitalised run that reaches one of these after
 * other capitalised words ("Labour MP for Kensington Emma Dent Coad") starts the person's name there.
 * Source: the npm package @faker-js/faker 10.6.0, locale "es", person.first_name (MIT,
 * the Faker.js contributors).
 * Generated once; names of one or two letters and with spaces dropped.
 */
export const GIVEN_ES = `Adela Adriana Adán Agustín Alberto Alejandra Alejandro Alfonso Alfredo Alicia Amalia Ana Andrea Andrés Anita Anni Antonia Antonio Ariadna Armando Arturo
Barbara Beatriz Benito Benjamín Bernardo Berta Blanca
Caridad Carla Carles Carlos Carlota Carmen Carolina Catalina Cecilia Clara Claudia Claudio Clemente Concepción Conchita Cristina Cristián Cristóbal César
Daniel Daniela David Diana Diego Dolores Dorotea Débora
Eduardo Elena Elisa Eloisa Elsa Elvira Emilia Emilio Enrique Ernesto Esperanza Esteban Estela Ester Eva
Federico Felipe Fernando Florencia Francisca Francisco
Gabriel Gabriela Gerardo Germán Gilberto Gloria Gonzalo Graciela Gregorio Guadalupe Guillermina Guillermo Gustavo
Hermenegildo Hernán Homero Horacio Hugo
Ignacio Inés Irene Isabel Isabela Iván
Jacobo Jaime Javier Jennifer Jerónimo Jesús Joaquín Jordi Jorge Josefina Josep José Juan Juana Julia Julio
Laura Leonor Leticia Lilia Lola Lorena Lorenzo Lourdes Lucas Lucía Luis Luisa Luz
Magdalena Maica Manuel Manuela Marcela Marcos Margarita Mariana Mariano Maricarmen Marilú Mario Marisol Marta Martín María Mateo Matilde Mayte Mercedes Micaela Miguel Mónica
Natalia Nicolás Norma
Octavio Olivia
Pablo Patricia Patricio Pedro Pilar Pío
Rafael Ramiro Ramona Ramón Raquel Raúl Rebeca Reina Ricardo Roberto Rocío Rodrigo Rosa Rosalia Rosario Roser Rubén
Salvador Samuel Sancho Santiago Sara Sergi Sergio Silvia Sofía Soledad Sonia Susana
Teodoro Teresa Timoteo Tomás
Verónica Vicente Victoria Virginia Víctor
Yolanda
Ángel Ángela
Óscar`;

/**
 * Given names of Galician, Catalan and Basque, which Spanish news print as they are ("Xosé Manuel
 * Piñeiro", "Iñaki Lasa"): written for this project, not from the list above.
 */
export const GIVEN_ES_REGIONAL = `Xosé Xoán Xulio Xurxo Xaquín Xabier Xavier Anxo Brais Breixo Iago Uxía Antía Iria
Joan Pere Oriol Arnau Quim Núria Mireia Meritxell Montse Iñaki Iker Aitor Unai Mikel Gorka Koldo Josu Ainhoa Itziar Idoia Nerea Amaia`;
