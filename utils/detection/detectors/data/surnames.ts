/**
 * Frequent family names across cultures whose endings say nothing (surname endings such as
 * "-ski" or "-son" are in person-words.ts), lower case, written from general knowledge. Names
 * that are also English words, places or brands (Hill, Rose, Costa, Ferrari) are left out: on
 * their own they would turn "Costa Rica" into a person. A listed surname is name evidence like a
 * surname ending, nothing more.
 */
import { accentFoldingLookup, withFoldedForms } from './first-names';
import { words } from './word-list';
import { WORLD_SURNAMES } from './world-names';

const SURNAMES = words`
patel sharma singh gupta reddy nair pillai iyer iyengar menon naidu mehta joshi desai kapoor khanna malhotra chopra
bhatia arora sethi mehrotra agarwal aggarwal bansal goel mittal verma srivastava tiwari mishra pandey dubey trivedi
chaturvedi banerjee chatterjee chattopadhyay mukherjee bhattacharya ganguly ghosh chakraborty gowda hegde shetty
adiga panicker kakkar talwar mahajan bharadwaj chauhan rathore yadav thakur choudhary qureshi siddiqui ansari
garcía garcia rodríguez rodriguez martínez martinez hernández hernandez lópez lopez gonzález gonzalez pérez perez
sánchez sanchez ramírez ramirez torres gómez gomez díaz diaz morales gutiérrez gutierrez jiménez jimenez ruiz
álvarez alvarez castillo romero vargas mendoza herrera medina vázquez vazquez moreno muñoz munoz rojas navarro
domínguez dominguez serrano suárez suarez molina delgado ortega rubio marín sanz iglesias núñez nunez garrido
cortés cortes lozano guerrero prieto méndez mendez cabrera carrasco caballero aguilar giménez gimenez ibáñez ibanez
durán duran benítez benitez heredia orosco ledesma espinosa bustos almonte
silva santos oliveira souza sousa pereira carvalho almeida ferreira rodrigues gomes ribeiro martins rocha alves
araújo araujo barbosa barros cardoso nascimento moreira cavalcanti correia teixeira mendes nogueira macedo saraiva
moraes batista azevedo freitas monteiro vieira
dubois durand leroy moreau lefebvre lefèvre fournier morel girard mercier dupont lambert bonnet legrand garnier faure
rousseau guérin guerin roussel perrin morin gauthier gautier fontaine chevalier masson boyer lemaire duval joly picard
barbier guyot carré deschamps renault prévost prevost fabre giraud lefevre blanchard
rossi russo esposito bianchi colombo ricci marino greco gallo conti mancini giordano rizzo lombardi moretti barbieri
santoro mariani rinaldi caruso galli gentile martinelli vitale lombardo coppola marchetti parisi ferraro fabbri
marini grasso valentini messina gatti pellegrini palumbo sanna rizzi cattaneo morelli silvestri pellegrino giuliani
benedetti barone rossetti caputo montanari palmieri bernardi ferretti bellini basile donati piras sartori costantini
milani pagano ruggiero sorrentino orlando negri orsini mazzocchi buzzi
jansen janssen visser smit meijer mulder dekker brouwer dijkstra smits vermeulen schouten hoekstra verhoeven koster
huisman peeters molenaar hermans oosterhuis hofman heijden velde vries
müller mueller schmidt schneider fischer weber meyer wagner becker schulz hoffmann schäfer schaefer schröder schroeder
neumann zimmermann krüger krueger hartmann schmitt schmitz krause lehmann schulze köhler koehler herrmann huber
fuchs scholz möller moeller schubert friedrich günther winkler lorenz baumann franke albrecht schuster böhm schumacher
krämer vogt jäger seidel heinrich brandt schreiber dietrich ziegler kuhn kühn pfeiffer
nowak kowalczyk wójcik wojcik woźniak mazur krawczyk kaczmarek zając wieczorek wróbel stępień adamczyk dudek pawlak
walczak sikora michalak szewczyk pietrzak marciniak włodarczyk chmielewski kubiak kołodziej kaźmierczak sobczak
konieczny kulig majchrzak bartczak
johnson williams jones davis wilson anderson thompson robinson harris lewis nelson mitchell roberts phillips campbell
evans edwards collins stewart morris rogers murphy peterson richardson watson patterson hughes simmons gonzales
bryant myers hamilton sullivan wallace owens reynolds ellis gibson mcdonald murray simpson stevens tucker
crawford boyd kennedy dixon robertson nichols ferguson hawkins perkins gardner stephens matthews watkins olson carroll
duncan snyder cunningham bradley andrews elliott chavez lawson schultz williamson johnston mccoy howell morrison
hansen fernandez garza nguyen gilbert garrett larson frazier hanson fowler carlson pearson
fleming jensen davidson hopkins soto caldwell jennings barnett horton shelton barrett obrien mckinney
rodriquez fletcher haynes mcdaniel vaughn norris mullins benson cummings baldwin griffith valdez
hubbard salazar reeves stevenson burgess thornton mcgee strickland townsend goodwin patton swanson maldonado
erickson hodges adkins osborne mccarthy estrada sandoval fitzgerald doyle sherman saunders alvarado padilla ballard
schwartz mcbride christensen mclaughlin zimmerman buchanan copeland pittman mccormick holloway poole morton abbott
figueroa massey roberson harrington wilkins underwood hogan mckenzie collier phelps mcguire wilkerson
doherty fitzpatrick bennett byrne brennan gallagher kavanagh nolan dunne quinn moloney clarke kingi tuilagi parata ngata tipene
`;

/** Whether a lower-case word is a listed surname, with or without its accents. */
export const isListedSurname = accentFoldingLookup(withFoldedForms([...SURNAMES, ...WORLD_SURNAMES]));

/**
 * English surnames that are also everyday words, places or institutions ("Church", "Hill", "Price").
 * The surname lists leave them out, since alone they are words; after a strong cue ("Her name is
 * Anna Church", "last name: Hill") they are the surname.
 */
export const WORD_SURNAMES: ReadonlySet<string> = new Set(
  words`church hill hills hall park parks lane field fields bridge bridges rivers river young cook price wells brooks ford banks
  wood woods stone king bishop marsh moore green brown white black gray grey rose hunter baker carpenter mason fisher
  shepherd walker turner cooper bell lake house mills mill castle chapel temple dean knight page rich hope joy grace
  faith love frost snow winter summer day may street court bay forest heath moss reed rush sharp short long little`,
);
