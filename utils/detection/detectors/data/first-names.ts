/**
 * Common given names across cultures, lower case, written from general knowledge. Space
 * separated per group so the list stays compact in the bundle; parsed once into a Set.
 */
import { words } from './word-list';
import { WORLD_GIVEN_NAMES } from './world-names';

const GIVEN_NAMES = words`
aaron abby abigail ada adam addison adele adrian adriana adrienne agnes aidan aiden aimee alan alana albert alberta alec alejandra
alex alexa alexander alexandra alexandria alexis alfred alice alicia alina alisha alison alissa allan allen allison alma alvin alyssa
amanda amber amelia amy ana andre andrea andreas andrew andy angel angela angelica angelina angie anita ann anna annabelle anne
annette annie anthony antoinette antonio april archie ariana ariel arlene arnold arthur ashlee ashley ashton audrey austin autumn
ava avery bailey barbara barry beatrice becky belinda ben benjamin bernadette bernard bernice beth bethany betty beverly bianca bill
billy blake bobbie bobby bonnie brad bradley brady brandi brandon brandy brenda brendan brent brett brian briana brianna bridget
brittany brittney brooke bruce bryan bryce caitlin caleb calvin cameron camila candace candice cara carl carla carlos carly carmen
carol caroline carolyn carrie carson casey cassandra cassidy catherine cathy cecilia cedric celeste chad charlene charles charlie
charlotte chase chelsea cheryl chester chloe chris christa christian christie christina christine christopher christy chuck cindy
claire clara clarence claudia clayton clifford clint clinton cody colby cole colin colleen connie connor constance corey cory
courtney craig cristina crystal curtis cynthia daisy dakota dale dallas dalton damian damon dan dana daniel danielle danny darin
darlene darrell darren darryl daryl dave david dawn dean deanna debbie deborah debra deirdre delia denise dennis derek derrick
desiree destiny devin devon diana diane dianne dominic dominique don donald donna donovan dora doris dorothy douglas drew dustin
dwayne dylan earl ebony eddie edgar edith edna eduardo edward edwin eileen elaine eleanor elena eli elijah elisa elizabeth ella
ellen elliot elliott ellie eloise elsie emily emma eric erica erik erika erin ernest esther ethan eugene eva evan evelyn faith
felicia felix fernando fiona florence floyd frances francesca francis francisco frank franklin fred freddie frederick gabriel
gabriela gabrielle gail garrett gary gavin gene geoffrey george georgia georgina gerald geraldine gilbert gina gladys glen glenda
glenn gloria gordon grace graham grant greg gregory gretchen gwendolyn hailey haley hannah harold harriet harry harvey hayden
hazel heather hector heidi helen henry herbert herman holly hope howard hugh hunter ian irene iris isaac isabel isabella isabelle
ivan jack jackie jaclyn jacob jacqueline jade jaime jake james jamie jan jane janelle janet janice jared jasmine jason jay jean
jeanette jeanne jeff jefferson jeffery jeffrey jenna jennifer jenny jeremiah jeremy jerome jerry jesse jessica jessie jesus jill
jim jimmy jo joan joann joanna joanne jodi jody joe joel johanna john johnny jon jonathan jordan jorge jose joseph josephine josh
joshua joy joyce juan juanita judith judy julia julian juliana julie june justin kaitlyn kara karen kari karina karl katelyn
katherine kathleen kathryn kathy katie katrina kay kayla kaylee keith kelley kelli kellie kelly kelsey ken kendra kenneth kent
kerry kevin kim kimberly kirk kristen kristi kristie kristin kristina kristy krystal kurt kyle kylie lacey lance larry latoya
laura lauren laurie lawrence leah lee leigh lena leon leonard leroy leslie lester lillian lily linda lindsay lindsey lisa lloyd
logan lois lonnie lora lorena lori lorraine louis louise lucas lucille lucy luis luke lydia lyle lynn mackenzie madeline madison
maggie malcolm mallory mandy marc marcia marco marcus margaret margarita maria marian marianne marie marilyn mario marion marjorie
mark marlene marsha marshall martha martin marvin mary mason matthew maureen maurice max maxine megan meghan melanie melinda melissa
melody melvin mercedes meredith mia micheal michael michele michelle miguel mike mildred miles milton mindy miranda misty mitchell
molly monica monique morgan muriel myra myrtle nadia nancy naomi natalie natasha nathan nathaniel neil nelson nicholas nichole
nick nicole nina noah noel nora norma norman olivia oliver omar oscar owen paige pamela patricia patrick patsy patti patty paul
paula paulette pauline pearl peggy penny perry peter philip phillip phyllis priscilla rachael rachel ralph ramon randall randy
raquel ray raymond rebecca rebekah regina reginald renee rhonda ricardo richard rick ricky riley rita robert roberta roberto robin
rochelle rodney roger roland ron ronald ronnie rosa rosalie rose rosemary ross roxanne roy ruby russell ruth ryan sabrina sally
sam samantha samuel sandra sandy sara sarah savannah scott sean selena seth shane shannon shari sharon shaun shawn shawna sheila
shelby shelley shelly sheri sherri sherry shirley sidney sierra simon sofia sonia sonya sophia sophie spencer stacey stacie stacy
stanley stefanie stella stephanie stephen steve steven sue summer susan suzanne sydney sylvia tabitha tamara tami tammy tanya tara
tasha taylor ted teresa terrence terri terry thelma theodore theresa thomas tiffany tim timothy tina toby todd tom tommy toni
tony tonya tracey traci tracy travis trevor tricia troy tyler tyrone valerie vanessa vernon veronica vicki vickie vicky victor
victoria vincent viola violet virginia vivian wade walter wanda warren wayne wendy wesley whitney william willie wilma winston
yolanda yvette yvonne zachary zoe zachariah alvaro amalia anabel araceli beatriz camilo catalina consuelo dolores esperanza
estela esteban federico fidel graciela guadalupe guillermo gustavo ignacio ines javier jesusa jimena joaquin lorenzo luciana
lucia lupe marisol mateo mauricio nicolas pablo paloma pilar rafael ramiro raul rocio rodrigo rogelio salvador santiago
sergio silvia soledad teodoro valentina vicente ximena yesenia adriano alessandro alessia alessio angelo antonella
antonietta arianna benedetta bruno carlo carolina cesare chiara claudio cristiano daniela dario davide domenico
emanuele enrico enzo fabio fabrizio federica filippo flavio francesco franco gabriele giacomo gianluca gianni giorgia giorgio
giovanna giovanni giulia giuliana giulio giuseppe giuseppina ilaria lorenza luca lucio luigi marcello mariangela mariano
massimo matteo maurizio michela mirella nicola nicoletta paola paolo pietro raffaele raffaella renato riccardo
romilda rosaria salvatore serena silvio simona simone stefania stefano tiziana tommaso valeria valerio vincenzo vittoria
vittorio fiammetta aurelio agostino alain amandine amelie anais antoine apolline arnaud aurelie baptiste benoit brigitte
camille capucine cecile celine chantal clement colette corinne cyril delphine denis didier elodie emile emilie etienne
fabien fabienne florian francois francoise frederic gaelle gaspard genevieve gerard gilles guillaume helene herve hugo
jacques josiane julien juliette laetitia laurent lea lucien ludovic manon marcel margaux
marius mathieu mathilde maxime michel mireille nathalie odile olivier pascal patrice philippe pierre rene romain sandrine
sebastien serge solange stephane sylvain sylvie thierry thibault valentin veronique virginie xavier yves agnieszka albrecht
anja anke annegret barbel bernd birgit bjorn carsten christoph dagmar detlef dieter dirk
elke erich ernst franziska friedrich gerd gerhard gertrud gisela gudrun gunter gunther hanna hannelore hans
harald heike heiko heinz helga helmut henning hildegard holger horst ilse ingeborg ingrid irmgard jens joachim jochen
johann johannes jorg jurgen karin katharina klaus konrad lars lukas manfred markus martina matthias maximilian
monika niklas nils norbert olaf otto petra rainer ralf reinhard renate rolf rudolf sabine sebastian siegfried silke
stefan steffen susanne sven thorsten tobias torsten udo ulrich ulrike ursula uwe volker werner wilhelm wolfgang ludwig
anneke bram bas daan femke floor geert gerrit hendrik henk jaap jeroen joost kees koen lieke maarten marieke martijn niels
pieter rutger sander sanne thijs wim willem wouter agnetha anders annika arvid astrid birgitta bo britt dag elin emil
frida gunnar gustav hakan henrik hilda jonas kerstin lasse leif linnea magnus malin mats mikael
olof oskar per ragnar rasmus sigrid solveig sten stig tove ulf viggo freja ida ebba kristian kristoffer morten
ole preben soren thor trine aino aleksi eero ilkka jukka juha kalle leena liisa marja mika mikko pekka riikka sanna satu
tapio timo tuomas tuuli ville guðrun sigríður jón helgi kristín ólafur einar aleksandr aleksandra alexei alla
anastasia andrei anton arkady boris bogdan darya dmitri dmitry ekaterina evgeny fyodor galina grigory igor ilya irina
katya kirill konstantin ksenia larisa lev lyudmila maksim marina mikhail nadezhda natalia natalya nikita nikolai oksana oleg
olga pavel pyotr roman ruslan sergei sergey stanislav svetlana tatiana tatyana vadim valery vasily viktor vladimir
vladislav vyacheslav yaroslav yekaterina yelena yulia yuri zoya agata andrzej beata bozena danuta dorota elzbieta
ewa grzegorz halina henryk irena jadwiga jakub janina janusz jaroslaw jerzy jolanta jozef kamil katarzyna krystyna krzysztof
leszek lukasz magdalena malgorzata marek mariusz marta michal miroslaw pawel piotr rafal renata ryszard slawomir stanislaw
stanisława tadeusz tomasz urszula wieslaw witold wojciech zbigniew zofia časlav dragan dusan goran jovan ljubica milan
milica miloš miroslav nenad nikola petar radovan slobodan snežana vesna zoran zeljko ivana jelena marija mirjana tomislav
ante josip luka mateja tamas zoltan laszlo istvan gabor janos attila ferenc gyorgy katalin zsuzsanna erzsebet eszter
judit krisztina ildiko andras bela csaba imre tibor jiri jana petr pavla lucie tereza vaclav ondrej lenka radek zdenek
vladimira alena milena bohumil dimitrios giorgos georgios konstantinos nikolaos ioannis panagiotis christos vasileios athanasios
eleni katerina vasiliki dimitra angeliki despina kostas yannis spyros stavros theodoros alexandros
ahmed ali amina amir aisha fatima fatma hassan hussein ibrahim karim khalid layla leila mahmoud mariam mohamed mohammad mohammed
muhammad mustafa nour rashid said salma samir tariq yasmin yasmine youssef yusuf zainab zahra zaid hamza hana
hiba ismail jamal khadija malik mona nabil rania reem rami sami walid yousef bilal faisal farah hadi haroun imran jamila kareem
laila latifa mansour noor rashida saeed safiya samira tarek wael ayse emine elif mehmet ahmet huseyin hasan
osman murat emre burak can cem deniz ece ozge zeynep merve esra selin kemal orhan serkan tolga volkan aarav aditi
aditya akash amit amita anand anil anjali ankit anup arjun arun aruna ashok asha deepak deepa devi dev dinesh divya gaurav
gita gopal harish harsha indira jaya kavita kiran krishna kumar lakshmi madhu mahesh manish manoj meena mohan naveen neha nikhil
nisha pooja prakash pradeep pramod priya rahul raj rajesh rajiv rakesh ramesh ravi rekha rohit sachin sanjay sanjeev santosh
sarita shanti shivani shreya sita sneha sudha sunil sunita suresh swati uma usha vijay vikram vinod vivek yash arvind
prasad venkat lakshman sanjana tanvi ishaan vihaan reyansh saanvi ananya diya aanya wei wang li zhang liu chen yang huang
zhao xiaoming xiaoling xiu ying mei lan hui jing fang lei jun ming hong yan qiang tao jie lin na yulan yun xin hao yi
yu zhen ling ping jian guang fei hua xia hiroshi takashi kenji yuki yuko keiko akira haruto yui sakura kaito ren sota
yuto riku aoi mio rin daiki takumi naoki shota kazuki haruka misaki nanami ayaka yumi emi kaori tomoko naoko kenta ryota satoshi
takeshi makoto minoru tetsuya hideki masato yoshiko michiko akiko seo-yeon ji-ho ji-woo seo-jun ha-eun min-seo do-yun
jiwoo minji jisoo jimin yuna hyun sung jae young soo eun hye kwame kofi kojo akosua abena yaw chinedu chioma chukwuemeka
ngozi obinna adaeze emeka ifeoma oluwaseun olumide ayodele babajide folake funmilayo tunde yemi tendai tatenda thabo thandiwe
sipho lerato nomvula zanele lindiwe bongani mandla themba amara zuri imani jabari juma baraka neema wanjiru wambui kamau otieno
achieng njeri abdi abdullah aziz bashir dawit tesfaye haile almaz selam makeda sekou mamadou moussa aminata fatou ousmane
kalman inessa rosalind ludmila margit zelda zora ottilie fritz hedwig mathias kaspar jorgen bent birthe grethe inge jytte
kirsten lone mette pia ulla vibeke lise bodil jean-luc
tiago joao goncalo duarte rui nuno pedro manuel
francisca leonor mariana matilde vasco afonso bernardo diogo henrique joaquim
vitor thiago caio felipe guilherme leonardo matheus vinicius bruna fernanda
larissa leticia luana aline debora eduarda
adelaide annalise bettina cornelia dorothea elfriede gottfried gretel hedda henrike ingo isolde jutta liesel lothar margarethe
mechthild reinhold rosemarie waltraud wilfried alfie isla poppy imogen rosie evie millie phoebe
seren rhys gareth owain bryn cerys sian carys eilidh hamish angus ewan fraser callum ciaran siobhan niamh aoife saoirse
sinead declan eoin cian oisin padraig seamus aisling roisin grainne orla tadhg darragh conor kieran
kaden jaden jayden brayden ayden landon liam levi ezra asher leo hudson jaxon grayson
carter josiah wyatt nolan easton cooper jace jameson bentley greyson colton axel brooks rowan silas theo kai jasper
emery everly harper aria scarlett aurora penelope nova luna paisley skylar brooklyn
everleigh madelyn kinsley aubrey quinn piper serenity willow gianna
kennedy kendall makayla jordyn jocelyn adalyn adeline raelynn lyla ayla kaia mila nyla eliana alaina
tamika shanice latasha keisha lakisha tanisha shaniqua aaliyah darnell deshawn tyrell terrell marquis jalen
deandre jermaine lamar cornell rashad
emilia stevie hal scotty helena duane abe darion kris dudley roderick moises elissa norberto letitia deron olin isobel hollis
jodie macie darcy skye matilda maya lachlan hayley lola gemma orin kasper jesper elody kamryn kyleigh
aleksander alicja aniela antoni bartosz bogusław bożena czesław dariusz
dominika edyta elżbieta feliks franciszek grażyna hubert ignacy iwona izabela jacek
jarosław józef justyna kacper karolina kazimierz kinga
lucyna łukasz maciej małgorzata marcin marzena mateusz michał mieczysław mikołaj mirosław
oliwia patryk paulina paweł przemysław radosław rafał stanisław sylwia szymon wacław
waldemar weronika wiesław wiktoria władysław zdzisław zenon zuzanna zygmunt elwira
malwina sabina tekla waleria jeremiasz gedeon henryka apolonia eustachy konstancja bronisław bolesław mirosława genowefa
sem ruben luuk stijn gijs jelle wessel mees
teun fleur lotte anouk mirjam annemieke evelien fien tess saar maud fenna
lisanne janne nienke marloes willemijn cornelis klaas joop bert ruud frits arie
sjoerd tjeerd hidde femme
adrien aurélien benoît bertrand cédric christophe damien émile étienne fabrice
françois frédéric gaël gérard grégoire hervé hugues jérôme joël loïc
quentin rémi rené sébastien stéphane
timothée yannick agathe amélie anaïs aurélie béatrice céline clémence
coralie élise élodie émilie estelle fanny françoise geneviève hélène
laure léa madeleine mélanie océane perrine séverine
solène thérèse valérie véronique zoé gaëlle maëlle noémie ophélie ségolène
cristian daniele edoardo
mirko
umberto alessandra caterina cinzia
emanuela gabriella giada manuela patrizia
azzurra flaviana teodolinda nuccia vinicio loreto evasio protasio battista
alejandro alfonso álvaro andrés ángel arturo césar cristóbal emilio ernesto gerardo
gonzalo héctor jacobo joaquín julián julio marcos martín nicolás óscar patricio ramón
raúl rubén tomás víctor blanca carlota concepción
inés josefa juana lucía luisa nerea noelia
rocío rosario susana hermenegildo maría josé
joão luiz luís otávio paulo sérgio davi lucca heitor benício murilo théo lívia heloísa cecília eloá
júlia luíza alícia suélen talita marcela márcia
elias moritz jürgen günter
jörg maik hartmut lina leonie
ute tanja annabell
catharina evelina nelly lisann mina amira luan jonah vito henri kian furkan
hemant isha jyoti
sandeep shalini sharad shruti uday
mohini susheel giriraj vidur kanchan mukul rupinder harpreet gurpreet manpreet jaspreet simran navneet
sukhwinder baljit kuldeep savita preeti ritu seema pankaj varun tarun karan rohan siddharth
abhishek saurabh vishal mukesh yogesh naresh umesh ganesh suman ajay vijaya lalita padma radha parvati aishwarya
kabir ayaan atharv
alberto enrique nuria montserrat ainhoa itziar iker unai mikel aitor asier xabier jordi begoña bronwyn rupert wendell freya
eline reto urs
niall ciara caoimhe clodagh sorcha fionn éabha cathal ruairí áine eimear fiadh mairéad donncha chantelle marike anri wian kabelo
hemi tane anahera aroha wiremu rawiri ngaio nikau manaia kahu mikaere rangi hine kiri tamati matiu hohepa
rory gergő vivien flóra bálint márton ákos florin nikolina snježana jasna
`;

/** "joão" → "joao": names are looked up with their accents and without, as people write them both ways. */
export const foldAccents = (key: string): string => key.normalize('NFD').replace(/\p{M}/gu, '');

/** A name list as a set holding each name as written and without its accents. */
export const withFoldedForms = (words: readonly string[]): ReadonlySet<string> => new Set([...words, ...words.map(foldAccents)]);

/**
 * Whether a lower-case word is in `set`, as written or, when it has a non-ASCII character, without
 * its accents (ASCII words, nearly all, cost one set lookup).
 */
export function accentFoldingLookup(set: ReadonlySet<string>): (key: string) => boolean {
  return (key) => {
    if (set.has(key)) return true;
    for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) >= 128) return set.has(foldAccents(key));
    return false;
  };
}

export const GIVEN_NAME_SET: ReadonlySet<string> = withFoldedForms([...GIVEN_NAMES, ...WORLD_GIVEN_NAMES]);

const isListedGivenName = accentFoldingLookup(GIVEN_NAME_SET);

/**
 * Whether a lower-case word is a listed given name, with or without its accents, or two joined by
 * a hyphen ("anne-sophie", "hans-jürgen"): no list can hold every pair, so the lists hold a
 * hyphenated name only when its halves are not both listed.
 */
export const isGivenName = (key: string): boolean => {
  if (isListedGivenName(key)) return true;
  const dash = key.indexOf('-');
  return dash > 0 && isListedGivenName(key.slice(0, dash)) && isListedGivenName(key.slice(dash + 1));
};

/**
 * Given names that are also everyday words (or months, virtues, places): only a name when the
 * capitalisation and neighbourhood say so, never on their own at the start of a sentence.
 */
export const AMBIGUOUS_GIVEN_NAMES: ReadonlySet<string> = new Set(
  words`will mark may june april august grace hope faith joy rose lily ivy iris violet dawn summer autumn winter sky river angel
  bill bob pat sue don ray art jack frank earl guy gene rich grant dean drew chase chance hunter mason miles max victor sunny
  sandy amber crystal ruby jade pearl ginger holly penny candy misty destiny trinity harmony brooke glen wade lane reed roman
  king young long brown white black green page love star christian patience justice royal major ali jesus paris georgia
  dakota dallas austin jordan savannah sydney florence virginia india china kai leo nova luna hazel willow piper quinn
  carter cooper brooks nolan parker taylor hunter tanner sawyer baker miller rich sage ash bo min young hui lan lei fang
  jun hong ping tao na yi yu lin hana rin ren aoi can cem ece deniz emre per bo dag ida ole pia ulla lone inge
  jan sun sung soo eun jae hyun mei ming xin hao bruno kumar raj dev uma asha jaya
  gene jean pierre said amir noor reem sami
  alfie archie teddy louis marina carmen gloria aurora summer heaven stella clement constance prudence felix
  del van von de la le da di du al
  sofia santiago victoria mercedes pascal lech floor lotte noor sem bas kai luan vito mina nelly davi
  rosario dolores pilar esperanza consuelo concepción guadalupe shanti padma radha ganesh montserrat reto urs`,
);

/** Whether a lower-case given name is also an everyday word or place, with or without its accents ("Dağ"). */
export const isAmbiguousGivenName = accentFoldingLookup(AMBIGUOUS_GIVEN_NAMES);

/** A listed given name that is not also an everyday word or place: on its own evidence of a person. */
export const isUnambiguousGivenName = (key: string): boolean => isGivenName(key) && !isAmbiguousGivenName(key);
