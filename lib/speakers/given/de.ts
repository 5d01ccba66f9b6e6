/**
 * German given names (1144), as data: a capitalised run that reaches one of these after
 * other capitalised words ("Labour MP for Kensington Emma Dent Coad") starts the person's name there.
 * Source: the npm package @faker-js/faker 10.6.0, locale "de", person.first_name (MIT,
 * the Faker.js contributors).
 * Generated once; names of one or two letters and with spaces dropped.
 */
export const GIVEN_DE = `Aaliyah Aaron Abby Abdul Abdullah Abigail Ada Adam Adelina Adrian Adriana Adriano Ahmad Ahmed
Ahmet Aileen Aimee Alan Alana Albert Alea Alena Alessa Alessandro Alessia Alessio Alex Alexa
Alexander Alexandra Alexia Alexis Aleyna Alfred Ali Alia Alica Alice Alicia Alina Alisa Alisha
Alissa Aliya Aliyah Allegra Alma Alyssa Amalia Amanda Amar Amelia Amelie Amina Amir Amira Amon
Amy Ana Anabel Anastasia Andre Andrea Andreas Andrew Angela Angelina Angelique Angelo Anja Ann
Anna Annabel Annabell Annabelle Annalena Anne Anneke Annelie Annemarie Anni Annie Annika Anny
Anouk Ansgar Anthony Anton Antonia Antonio Arda Arian Ariana Ariane Armin Arne Arno Arthur Artur
Arved Arvid Arwen Ashley Asya Aurelia Aurora Ava Ayleen Aylin Ayman Ayse Azra Baran Baris
Bastian Batuhan Bela Ben Benedikt Benjamin Bennet Bennett Benno Bent Berat Berkay Bernd Betty
Bianca Bianka Bilal Bjarne Björn Boris Brandon Brian Bruno Bryan Burak Caitlin Calvin Can Cara
Carina Carl Carla Carlo Carlos Carlotta Carmen Carolin Carolina Caroline Caspar Cassandra
Catharina Catrin Cecile Cecilia Cedric Cedrik Celia Celina Celine Cem Ceyda Ceylin Chantal
Charleen Charlie Charlotta Charlotte Chayenne Cheyenne Chiara Chris Christian Christiano
Christin Christina Christoph Christopher Cindy Claas Claire Clara Clarissa Clemens Colin Colleen
Collien Collin Conner Connor Constantin Cora Corinna Corvin Cosima Curt Damian Damien Dana
Daniel Daniela Danilo Danny Daria Darian Dario Darius Darleen Darren David Davide Davin Dean
Defne Delia Denise Deniz Dennis Denny Devin Diana Diego Dilara Dina Dion Domenic Domenik Dominic
Dominik Dorian Dorothea Dustin Dylan Ecrin Eda Eddi Eddy Edgar Edwin Efe Ege Eileen Ela Elaine
Elanur Elea Elena Eleni Eleonora Elia Eliah Eliana Elias Elif Elijah Elina Elisa Elisabeth Ella
Ellen Elli Elly Elsa Emanuel Emelie Emely Emil Emilia Emilian Emilie Emilio Emily Emir Emirhan
Emma Emmely Emmi Emmy Emre Enes Enie Enna Enno Enrico Enya Eren Eric Erik Esma Estelle Esther
Etienne Eva Evelin Evelina Eveline Evelyn Fabian Fabien Fabienne Fabio Fabrice Falk Fatima Fatma
Felicia Felicitas Felina Felix Femke Fenja Ferdinand Fiete Filip Fine Finia Finja Finlay Finley
Finn Finnja Finnley Fiona Flora Florentine Florian Francesca Francesco Franka Franz Franziska
Frederic Frederick Frederik Frederike Freya Frida Frieda Friederike Friedrich Fritz Furkan Fynn
Gabriel Georg Gerrit Giada Gian Gianluca Gina Gino Giulia Giuliana Giuliano Giuseppe Gregor
Greta Gustav Hagen Hailey Hamza Hana Hanna Hannah Hannes Hanno Hans Hasan Hassan Hauke Heidi
Helen Helena Helene Helin Hendrik Hennes Henning Henri Henrick Henriette Henrik Henrike Henry
Hermine Hugo Hussein Ian Ibrahim Ida Ilayda Ilias Ilja Ilyas Imke Immanuel Ina Ines Inga Inka
Irem Isa Isabel Isabell Isabella Isabelle Ismael Ismail Ivan Iven Ivonne Jack Jacob Jacqueline
Jaden Jakob Jamal James Jamie Jamila Jan Jana Jane Janek Janin Janina Janine Janis Janna Janne
Jannek Jannes Jannik Jannis Jano Janosch Jara Jared Jari Jarne Jarno Jaron Jasmin Jasmina
Jasmine Jason Jasper Jay Jayden Jayson Jean Jella Jenna Jennifer Jenny Jens Jeremias Jeremie
Jeremy Jermaine Jerome Jesper Jesse Jessica Jessy Jette Jil Jill Jim Jimmy Joana Joanna Joe Joel
Joelina Joeline Joelle Joey Johann Johanna Johannes John Johnny Joleen Jolie Jolien Jolin Jolina
Joline Jon Jona Jonah Jonas Jonathan Jonna Jonte Joost Jordan Joris Joscha Joschua Josef Josefin
Josefine Joseph Josephin Josephine Josh Joshua Josie Josua Josy Joy Joyce Juan Judith Judy Jule
Julia Julian Juliana Juliane Julie Julien Julienne Julika Julina Julius Juna Juri Justin Justine
Justus Kaan Kai Kaja Kalle Karim Karina Karl Karla Karlo Karlotta Karolina Karoline Kassandra
Katarina Katharina Kathrin Katja Katrin Kay Kaya Kayra Keanu Kenan Kenny Keno Kerem Kerim Kevin
Kian Kiana Kiara Kilian Kim Kimberley Kimberly Kimi Kira Kjell Klaas Klara Klemens Konrad
Konstantin Koray Korbinian Korinna Kristin Kurt Kyra Laila Lana Lara Larissa Lars Lasse Laura
Laureen Laurence Laurens Laurenz Laurin Lavinia Lea Leah Lean Leana Leander Leandra Leandro
Leann Lee Leif Leila Len Lena Lene Leni Lenia Lenja Lenn Lennard Lennart Lennert Lennie Lennox
Lenny Lenya Leo Leon Leona Leonard Leonardo Leonhard Leoni Leonidas Leonie Leonora Leopold Leroy
Leticia Letizia Levent Levi Levin Levke Lewin Lewis Leyla Lia Liah Liam Lian Liana Lias Lili
Lilia Lilian Liliana Lilith Lilli Lillian Lilly Lily Lina Linda Lindsay Line Linn Linnea Lino
Linus Lio Lion Lionel Lisa Lisann Lisanne Liv Livia Liz Logan Lola Loreen Lorena Lorenz Lorenzo
Loris Lotta Lotte Louis Louisa Louise Luan Luana Luc Luca Lucas Lucia Lucian Lucie Lucien
Lucienne Lucy Ludwig Luis Luisa Luise Luiz Luk Luka Lukas Luke Luna Lutz Luzie Lya Lydia Lyn
Lynn Maddox Madeleine Madita Madleen Madlen Mads Magdalena Magnus Maik Maike Mailin Maira Maja
Maksim Malena Malia Malik Malin Malina Malte Mandy Manuel Mara Marah Marc Marcel Marco Marcus
Mareike Marek Maren Maria Mariam Marian Marie Marieke Mariella Marika Marina Mario Marisa
Marissa Marit Marius Mark Marko Markus Marla Marleen Marlen Marlena Marlene Marlo Marlon Marta
Marten Martha Martin Marvin Marwin Mary Maryam Mateo Mathilda Mathilde Mathis Matilda Matis Mats
Matteo Mattes Matthias Matthis Matti Mattis Maurice Max Maxi Maxim Maxima Maximilian Maxine Maya
Mayra Medina Medine Mehmet Meik Meike Melanie Melek Melike Melina Melinda Melis Melisa Melissa
Melvin Merle Merlin Mert Merve Meryem Mette Mia Michael Michaela Michel Michelle Mick Mieke
Miguel Mika Mikail Mike Mila Milan Milana Milena Milla Milo Mina Mio Mira Mirac Miray Mirco
Miriam Mirja Mirko Mohamed Mohammad Mohammed Mona Monique Moritz Morten Muhammed Murat Mustafa
Nadine Nadja Naemi Nancy Naomi Natalia Natalie Nathalie Nathan Nathanael Neele Nela Nele Nelli
Nelly Nelson Neo Nevio Nia Nick Niclas Nico Nicolai Nicolas Nicole Niels Nika Nike Nikita Niklas
Niko Nikolai Nikolas Nila Nils Nina Nino Nisa Noah Noel Noemi Nora Norman Odin Oke Ole Oliver
Olivia Omar Onur Oscar Oskar Pascal Patrice Patricia Patrick Patrizia Paul Paula Paulina Pauline
Peer Penelope Pepe Peter Phil Philine Philip Philipp Phoebe Pia Pierre Piet Pit Pius Quentin
Quirin Rafael Rahel Raik Ramon Rania Raphael Rasmus Raul Rayan Rebecca Rebekka René Riana
Ricardo Riccardo Richard Rick Rico Rieke Rike Robert Robin Rocco Roman Romeo Romina Romy Ron
Ronja Rosa Rosalie Ruben Ruby Ryan Sabrina Sahra Said Salih Sally Salome Sam Samantha Sami Samia
Samira Sammy Samuel Sandra Sandro Sandy Sanja Santino Saphira Sara Sarah Sascha Saskia Sean
Sebastian Selim Selin Selina Selma Semih Sena Shawn Sidney Sienna Silas Silja Simeon Simon Sina
Sinan Sinja Sky Smilla Sofia Sofie Sonja Sophia Sophie Soraya Stefan Stefanie Steffen Stella
Stephan Stephanie Steve Steven Stina Sude Summer Susanne Svea Sven Svenja Sydney Sönke Sören
Tabea Taha Talea Talia Tamara Tamia Tamina Tamino Tammo Tanja Tara Tarik Tarja Tayler Taylor Teo
Teresa Tessa Thalea Thalia Thea Theo Theodor Theresa Thies Thilo Thomas Thorben Thore Thorge Tia
Tiago Til Till Tillmann Tim Timm Timo Timon Timothy Tina Tino Titus Tizian Tjark Tobias Tom
Tomke Tommy Toni Tony Torben Tore Tristan Tuana Tyler Tyron Umut Valentin Valentina Valentino
Valeria Valerie Vanessa Veit Vera Veronika Victor Victoria Viktor Viktoria Vin Vincent Viola
Vito Vitus Vivian Vivien Vivienne Wibke Wiebke Wilhelm Willi William Willy Xaver Xenia Yannic
Yannick Yannik Yannis Yara Yaren Yasin Yasmin Ylvi Ylvie Youssef Yunus Yusuf Yven Yves Yvonne
Zara Zehra Zeynep Zoe Zoey Zoé Ömer`;
