package org.crosswalk.demo;

import java.util.List;

/**
 * Where a demo family's names and home language come from. The lists are long on purpose: a
 * caseload of a dozen Maria Garcias makes search, sorting and duplicate checks look better than
 * they are. Surnames do not repeat across heritages, so distinct-surname counts mean something.
 */
enum Heritage {

    HISPANIC("Spanish", 0.35,
            names("Marisol Yesenia Yaritza Nilda Glorimar Maribel Zuleyka Migdalia Carmen Lourdes Jessenia Yamilet Daniela"
                    + " Valeria Gabriela Sofía Luz Iris Wanda Ivelisse Keishla Nayeli Xiomara Yadira Liliana Natalia Camila"
                    + " Isabella Alondra Jazmín Rosa Brenda Leticia Karina Milagros Damaris Noemí"),
            names("José Luis Carlos Jorge Miguel Ángel Juan Héctor Edwin Wilfredo Javier Julio Ramón Rafael Manuel Pedro"
                    + " Jesús Alexis Christian Jayden Adrián Mateo Santiago Sebastián Diego Elián Yadiel Joel"),
            names("Rivera Rodríguez Santiago Colón Cruz Ortiz Torres Vázquez Pérez Martínez González Hernández López Díaz"
                    + " Morales Ramos Reyes Medina Figueroa Rosario Nieves Ayala Maldonado Negrón Rosado Velázquez Quiñones"
                    + " Pagán Delgado Cintrón Burgos Báez Feliciano Mercado Matos Acevedo Serrano Marrero Soto Vega Castillo"
                    + " Jiménez Ruiz Álvarez Sánchez Aponte Cordero Irizarry Oquendo Padilla Camacho Guzmán Montañez Lugo"
                    + " Pacheco Ocasio Tirado Fuentes Espinal Peña")),

    BLACK_AMERICAN(null, 0,
            names("Aaliyah Jasmine Destiny Tamika Keisha Imani Ebony Latoya Shanice Tiana Brianna Kiara Ashanti Danielle"
                    + " Monique Tasha Kenya Alicia Janelle Nia Zaria Jada Aisha Tanisha Crystal Shantel Erica Tiara Kayla"
                    + " Raven Jamila Dominique Latrice Precious Shayla Kendra Amari Ayanna"),
            names("Jamal DeShawn Marcus Tyrell Darnell Malik Andre Terrence Jalen Isaiah Elijah Xavier Jermaine Curtis"
                    + " Dante Khalil Tyrone Cedric Jaylen Kareem Darius Micah Josiah Amir Zion"),
            names("Washington Jefferson Jackson Banks Freeman Gaines Mosley Booker Dorsey Pettaway Whitaker Simmons Coleman"
                    + " Hayes Bryant Wiggins McCoy Lofton Battle Mack Hairston Staton Tolliver Boykin Ware Blackwell Person"
                    + " Holloway Merriweather Spruill Gadsden Pinckney Ravenell Singletary Truesdale Dukes Grier Faison"
                    + " Moultrie Glover Terrell Hargrove Keyes Ingram Lattimore Sutton Barnwell Rountree Chavis Pressley"
                    + " Williams Johnson Brown Robinson Harris")),

    ANGLO(null, 0,
            names("Ashley Brittany Amanda Jessica Samantha Kaitlyn Megan Heather Nicole Stephanie Amber Courtney Chelsea"
                    + " Lindsay Tiffany Kelsey Hannah Emily Sarah Rebecca Melissa Jennifer Kristen Alyssa Morgan Taylor"
                    + " Shannon Erin Caitlin Olivia Emma Ava Madison Abigail"),
            names("Tyler Brandon Kyle Cody Ryan Justin Michael Matthew Joshua Jacob Logan Mason Liam Noah Ethan Connor"
                    + " Dylan Austin Nicholas Zachary"),
            names("Sullivan Murphy Kowalski Russo DeLuca Esposito Kelly O'Connor Walsh Novak Wojcik Lombardi Marino Caruso"
                    + " Fitzgerald Brennan Doyle Gallagher Carlson Olson Baker Clark Miller Wilson Taylor Anderson Thompson"
                    + " White Martin Moore Allen Young Wright Scott Green Adams Nelson Hill Campbell Mitchell Roberts"
                    + " Phillips Evans Turner Parker Collins Edwards Stewart Morris Bouchard")),

    HAITIAN("Haitian Creole", 0.5,
            names("Marie Guerline Nadège Fabienne Mirlande Widline Roseline Esther Lovely Mireille Sabine Nathalie Daphnée"
                    + " Rose-Marie Judith Ketly Islande Farah Edeline Magalie Sherline Gessica Woodline Dieula Vanessa"),
            names("Jean Pierre Wilson Frantz Jacques Ricardo Evens Peterson Stevenson Widner Jameson Kervens Ronald"
                    + " Emmanuel Jonas Fritznel"),
            names("Jean-Baptiste Joseph Louis Charles Etienne Dorval Célestin Saint-Fleur Auguste Belizaire Desir Exantus"
                    + " Fleurimond Georges Hyppolite Jean-Louis Laguerre Mondesir Noël Paul Petit-Frère Philogène"
                    + " Pierre-Louis Raymond Saintil Thélusma Toussaint Valcourt Vilmé Augustin Bastien Cadet Dorcé"
                    + " François Pierre")),

    VIETNAMESE("Vietnamese", 0.55,
            names("Linh Thao Mai Hoa Lan Ngoc Trang Huong Anh Thuy Nhung Phuong Hanh Vy Nga Tuyet Quynh Diem"),
            names("Minh Tuan Hung Duc Khoa Bao Huy Long Nam Phuc Quang Thanh"),
            names("Nguyen Tran Le Pham Hoang Vu Dang Bui Do Ho Ngo Duong Ly Truong Dinh Lam Phan Vo Huynh Ta")),

    PORTUGUESE("Portuguese", 0.5,
            names("Ana Fernanda Juliana Luciana Beatriz Larissa Tatiana Priscila Rafaela Jéssica Thaís Bruna Carla"
                    + " Mariana Débora Patrícia Lúcia Adriana"),
            names("João Paulo Tiago Rafael Bruno Lucas Gabriel Felipe Rodrigo Leandro Vitor André"),
            names("Silva Santos Pereira Costa Rodrigues Fernandes Almeida Gomes Carvalho Oliveira Souza Barbosa Teixeira"
                    + " Moreira Cardoso Monteiro Lopes Tavares Fonseca Andrade Pires Semedo Furtado Cabral Brandão"
                    + " Medeiros Correia Freitas Mendes Borges")),

    MIDDLE_EASTERN(null, 0,
            names("Fatima Amira Layla Noor Yasmin Mariam Hana Rania Salma Dalia Leila Zainab"),
            names("Omar Ahmed Yusuf Khaled Samir Karim Tariq Hassan"),
            names("Haddad Khalil Mansour Saleh Nasser Hamdan Aziz Farhat Ibrahim Mahmoud Qasim Rahman Sabbagh Youssef"
                    + " Darwish"));

    static final String ENGLISH = "English";

    final String homeLanguage;
    final double prefersHomeLanguage;
    final List<String> femaleNames;
    final List<String> maleNames;
    final List<String> surnames;

    Heritage(String homeLanguage, double prefersHomeLanguage, List<String> femaleNames, List<String> maleNames,
             List<String> surnames) {
        this.homeLanguage = homeLanguage;
        this.prefersHomeLanguage = prefersHomeLanguage;
        this.femaleNames = femaleNames;
        this.maleNames = maleNames;
        this.surnames = surnames;
    }

    /** The language a parent of this heritage asks to be served in. */
    String preferredLanguage(Dice dice) {
        return homeLanguage != null && dice.chance(prefersHomeLanguage) ? homeLanguage : ENGLISH;
    }

    private static List<String> names(String spaceSeparated) {
        return List.of(spaceSeparated.split(" "));
    }
}
