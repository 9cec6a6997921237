/**
 * Given names and family names of cultures the main lists (first-names.ts, surnames.ts) cover
 * thinly: Central and Eastern Europe, the Nordics, Turkey, Greece, West, East and Southern
 * Africa, the Arab world, Iran, South Asia, East and Southeast Asia, Israel, Armenia, Georgia.
 * Lower case, written from general knowledge (2026-11-24), with every entry that is also an
 * English word, a common place, a brand or a tech term left out, and nothing of two letters
 * except a few surnames (wu, xu, li, yu, lu, ng, vo, vu). Most common first within each culture.
 */

export const WORLD_GIVEN_NAMES = `
aada aadhya aamir aapo aarav aarti aatu abdallah abdel abdelaziz abdelrahman abdul abdulaziz abdullah abdullahi
abdulrahman abebe abeer abena abhijit abhishek abimbola abiodun abirami abiy abla abolfazl abubakar achara achieng
achilleas adaeze adam adanna adaobi adebayo ademola adeola adesola adewale adeyemi adhiambo adi aditi aditya adjoa
adnan adrian adriana advait adwoa adéla afia afiq afonso afroza afsaneh afshin afua agam agata agnes agnieszka agus
ahmad ahmed ahmet aicha aidil aikaterini aila aileen aili aiman aina aino aisha aishwarya aisyah ajay ajit ajith akari
akash akbar akello akiko akinwale akinyi akira akmal akosua aksel akua akwasi alaa albena aleena aleko aleksandar
aleksander aleksandr aleksandra aleksei aleksi alemu alena alenka alexandra alexandre alexandros alexandru alexei
alexey aleš ali alice alicja alina alireza alisa aliyu aljaž allan almaz alok alon alva alžbeta amahle amaka amal aman
amandeep amani amanuel amarjit ambreen amin amina aminah aminu aminul amir amirah amit amitava ammar amna amnon
amogelang amrit ana anahit analyn anam anan anand anano ananya anas anastasia anastasios anbu anca anders andi andile
andrea andreas andreea andrei andrej andrey andries andrija andriy andrzej andrás anele angeliki angelos anggun anh
aniket anikó anil anindita anirban anisur anita anitha anja anjali ankit anna annaliza anneli annelie annemieke annika
annikki anouk anton antoni antonios antonis antonín antti antónio antônia antônio anum anurag anush anusha anushka
anvi anwar anyango anzhela anđela aoi aparecida apostolos aqilah araba araksya aram aras arash aravind aravinda
archana arda areeba arend arie arief ariel arif arina arindam aristotelis arjen arjun arjuna arkadiusz arlyn arman
armen armin armine arnab arnar arne arnel aron arooj arpi arsalan arsen arshdeep artem arthit artin arto artur artyom
arun arvid arvind asabe asad asaf asanka asfaw asger asha ashish ashkan ashok ashot ashraf ashraful ashwin asif aslam
aslı asma asmaa assefa astghik astrid asuka asya atanas ataur atefeh athanasia athanasios atharv atieno atif atim atli
attila atul auma aurel aurelia auwal auður avik avital avni avraham avtar awuor aya ayaan ayaka ayanda ayano ayele
ayelet ayesha ayla aylin ayman aymen aynur ayobami ayodele ayomide aysha ayu ayumi ayush ayşe azadeh azar azeb azhar
azizah azlan azman azra baaba babak babar babatunde babirye babis badri bagus bahar bahram bakari balaji balakrishna
balbir baldur baljit balqis balwinder balázs bambang banafsheh baraka baran barbare barbora bardia barnabás bart
bartosz bartłomiej baruch barış bashir bassam batsheva batuhan bayu beata beatriz behnam behzad beka bekele bello
bence benedek benedita bengt benigno bente bereket beren berglind berhanu berit berna bernadett bernardo besik bezawit
bharath bhargavi bhaskar bhavani bhavna bheki bhuvana bianca bidisha bikram bilal biljana bilkisu bima bimpe binh
biniam binta binyamin biodun birgir birgitta birgitte birtukan bisi biswajit bjarne bjarni björn bjørn blanka blaž
boaz bodil bogdan boglárka bogumiła bohumil bohuslav boitumelo bojan bolanle bolesław bongani bongbong bonolo boonmee
boris borislav boryana botond boyan boštjan bożena božena bram branislav branka branko britt bruna bruno bryndís
brynja buddhika budi buhle bukola burak burcu buse bushra busisiwe bình büşra bảo caio camelia camila camilla cansu
carien carla catarina cecilia cem cengiz ceren chae-won chaewon chaim chaiwat chalerm chamara chamari chaminda chana
chanaka chandan chandra chanida chao charalampos charmaine chathura chathurika chebet chepkoech cherono chiamaka
chibuike chidi chidinma chidozie chihiro chijioke chika chima chinaza chinedu chinonso chinwe chinyere chioma chiomaka
chiranjeevi chisom christo christos chrysoula chukwudi chukwuemeka chunhua ciprian clara conceição constantin consuelo
corazon corina cornel cornelia cornelis cosmin costel crina cristian cristiane cristina csaba csilla cuong czesław
cătălin cường da-hyun daan dachi dafni dagmar dahyun daiki daisuke dalia daljit damilola damir damla dana danial
danica danie daniel daniela danilo daniyal danjuma dante danuta dapo daria dario darius dariush dariusz darko darya
dasun davi david davor davíð dawid dawit dayo debashish debasis debjani debolina dedi dedy deepa deepak deepan deepika
deepthi defne dejan delali delia demeke denisa denitsa deniz deon derya desislava despina desta devi devorah dewi
dezső dhananjaya dhanush dhruv dian diana diego dieu dilani dilara dilek dilruba dilrukshi dilshan dimas dimitar
dimitra dimitrios dimitris dimuth dina dineo dinesh diogo dipankar ditte divina divya diya diệu dmitri dmitriy dmitry
dmytro do-yun doaa doina dolores domagoj dominik dominika dong-hyun donghyun dongmei dora dorin doron dorota dorte
dotun dov doyun doğan dragan dragana dragoș dragutin dror duaa duarte dubravka duc dulanjali dumisani dumitru dunja
durga duru duy duygu dušan dzifa dániel dávid débora dóra dũng ebba ebbe ebere ebrahim ebru ebuka ecaterina ece ecem
ecrin edem edgardo eduard eduardo edyta eero eevi efe efia efraim efrat efren efstathios efthymia eftychia efua egill
ehsan eija einar eino eirik eirini eiríkur eitan ejaz ejnar ekaterina ekene eko ekow ekua elad elango eldad elena
elene eleni elham elias elif elikem elin elina elisabeth eliso elizaveta elize eliška elke ella ellen elli elmarie
elorm elsa elvira elías elín elísabet elżbieta emad eman embla emeka emiko emil emilia emine emma emmanouil emmanuel
emre emília enes enikő eniola enni enyonam enzo ephraim eranga erdem eren erez eri erik erika erkan erkki erlinda
erling ernesto erzsébet esi esin espen esra esraa essi esti eszter etelka etenesh eugen eun-ji eun-seo eunji eunseo
eva evangelia evangeline evangelos evdokia evgenia evgeny evi ewa ewelina eyal eylül eyob ezgi ezra fabiana fadi
faezeh fahad fahd fahmi fahmida faisal faizal fajar famke fangfang fanni farah faraz farhad farhan farhana fariba
farid faridah farshid farzad farzana farzaneh fatemeh fatih fatima fatimah fatma fauzi fawad fawzi fayyaz fazlul febe
fei felipe femi femke feng fenna ferdinand ferenc fereshteh fernanda fernando feven fien fiifi fikre filip filipa
filiz firdaus fitri fiza flemming fleur florentina florica floris folake folasade fotini fotios francisca francisco
franciszek francois franjo frederik fredrik freja freyja frida frikkie frøydis funmi funmilayo furaha furkan fyodor
fábio fátima gabriela gabriella galih galina galit gamze ganesan ganesh garba garegin garima gaurav gautam gautham
gayan gayane gayathri gašper gbenga gebre gebremedhin gebreyesus geert geertruida geeta geetha geir gela gennady
georgi georgiana georgios gergana gergely gerrit gert getachew gevorg ghada ghadeer ghassan gheorghe gia giang giannis
gideon gijs gilang giorgi giorgos giovanna girma gitte gizella gizem goga gohar gokul golnar golnaz gonçalo gopi goran
gordana goro gowthami graça grażyna griet grigor grigore grigorios grigory grzegorz guilherme guiying gunilla gunnar
guoqiang guram gurbir gurdeep gurjit gurleen gurmeet gurnam guro gurpreet gustav gustavo guus guðmundur guðný guðrún
gyula györgy gábor géza gísli gönül göran gül gülay gülsüm ha-jun ha-neul ha-yoon habiba habibu habibur hacer hadar
hadas hadeel hadi hadiza hafiz hafsa hafsat hagai hai haile hailu haim haitham haiyan hajara hajnalka hajun hakan
hakob haleh halil halima halimah halina halla halldór halvor hamad hameed hamid hamidah hamidreza hamisi hammad hampus
hamza hamzah han hana hanan haneul hanh hani hanieh hanife hanna hanne hannele hannes hannu hans hao haoran haoyu
haraldur harbhajan hardeep harel hari harika harinder haris harish haritha harjeet harjit harleen harpreet harri
harsha haruka haruki haruna haruo haruto hasan hashim hasina hasitha hasmik hasnah hasnain hassan hatice hau hauwa
haya hayato hayk hayoon hazem haziq hazwan heba hedviga hege heidi heikki heitor hekla helena helga helgi heli helle
helmi heloísa hema hemant hendra hendri hendrik hendrika hengameh henk hennie henok henrik henrique henryk heru hesam
hesham hiba hidayat hidde hideo hien hieu hila hilde hildur hilkka hilmar himari hina hinata hira hiro hiroki hiroko
hiroshi hiroto hiruni hirut hisham hitomi hiwot hiếu hiền hlengiwe hoai hoda hodaya homa hongmei honoka horia hosein
hossein houman hovhannes hoài hrafnhildur hrant hripsime hristo hrvoje hua huda hui huiling hulda humaira huong husain
husayn hussain hussein huyen huyền huzaifa huệ hye-jin hye-min hyejin hyemin hyun-jin hyun-woo hyunjin hyunwoo håkan
håkon hùng hülya hüseyin hương hạnh hải hậu hằng ibrahim ichiro ida idowu idris ifeanyi ifeoluwa ifeoma ifunanya igor
ihor iida ijaz ijeoma ikenna ikhsan ilan ilana ilango ilayda ildikó ilham ilias ilie ilija ilinca iliya ilkka ilmari
ilona ilse ilya imad iman imane imani imelda imran imre imtiaz inbal indah inderjit indira indranil ingabire inge
ingeborg ingegerd inger ingibjörg ingrid ingunn ingvar inkeri inna inês ioan ioana ioanna ioannis ionela ionuț iqbal
iqra iradukunda irakli irdina irem irena ireneusz iresha irfan irina irini irit irwan irén isak isamu isha ishaan
ishani ishara ishimwe ishita ishrat ishtiaq iskandar ismael ismail ismaila israa issa istván isuru itai itay itsuki
iulian iuliana ivan ivana ivanka iwan iwona iyabo izabela izumi izzat jaap jaba jabari jaber jabir jabulani jacek jaco
jacobus jadwiga jae-hyun jae-won jaehyun jaewon jagan jagdeep jagjit jagoda jahangir jahid jakob jakub jalal jamal
jameel jamil jamila jana janaka janani janez jani janina janka jannat jannatul janne jannie janusz jari jarmila jarmo
jaroslav jaroslava jarosław jasleen jasmeet jasmina jaspal jaspreet jaswinder javad javed javeria jaya jayanthi jaypee
jayson jef jelena jelle jenni jennilyn jens jenő jepchirchir jepkoech jeptoo jernej jeroen jerzy jesmin jesper jesse
jette jhumpa ji-eun ji-ho ji-hoon ji-hye ji-min ji-soo ji-won ji-woo ji-yeon ji-yoon jiahui jian jianguo jianhua
jianjun jianping jiaqi jiawei jiaxin jiayi jide jie jieun jiho jihoon jihye jimin jin jin-woo jindřich jing jingjing
jintana jinwoo jiro jisoo jitka jiwon jiwoo jiyeon jiyoon jiří joana joanna joaquim jocelyn johan johanna johannes
jojo joko jolanda jolanta jomar jomari jonalyn jonas joon-ho joonas joonho joost jorge jorik josef josefin josip josé
jovan jovana jovelyn joydeep jozef joão jože judit juha juho jukka juliana juma jumana jumoke jun jun-seo jun-woo
junaid junjie junko junseo junwoo juraj jurgen jussi justyna jyothi jyoti ján jános jéssica jóhann jóhanna jón józef
józsef jørgen júlia júlio kaan kaarina kaat kabir kabiru kacper kader kadir kaede kaew kafui kagiso kaija kaisa kaito
kaiwen kakha kalaivani kalina kalle kaloyan kalyan kalyani kamal kamala kamarul kamil kamila kamohelo kamonwan kamran
kamsi kamyar kanako kanchana kannan kanokwan kanya kaori karabo karan karanveer kareem karel kari karim karin karine
karl karla karol karolina karthik karthikeyan kartik kartika kartini kashif kasper kassahun kassem kasun katalin
katarina katarzyna katarína katerina kateryna kateřina kathir katja katlego katrien katrín katsuhiro kaur kaushalya
kaushik kaveh kavinda kavita kavitha kavya kayode kazimierz kazuki kazuko kazuo keabetswe kebede keerthana keerthi
kees kehinde keiko keisuke kekeli kelechi kemal kemi kenichi kenji kenneth kenta kerem keren kerstin ketevan keti
ketino keyvan keza kgomotso khadija khadijah khai khairul khaled khaleda khalid khanh khanyisile khatia khoa kholofelo
khurram khushi khánh khải kian kiara kiarash kibet kidist kidus kiet kimia kimmo kimutai kinga kipchoge kiprono kiprop
kiran kirandeep kiril kirill kirsi kirsten kishore kittipong kittisak kiệt kjell kjersti klaas klara klaudia klaus
klára knarik knud knut koba kobina kodwo koen kofi koharu koichi kojo koki kolawole komal konrad konstantin
konstantina konstantinos koos kosisochukwu kostas kosuke kouki kourosh koushik kowsalya krasimir krešimir krikor
krishna kristian kristin kristina kristián kristján kristín kristína kristóf kristýna krisztina krisztián kriti
krystyna kryštof krzysztof ksenia kseniya kuldeep kulwinder kumar kumiko kumudini kunal kunle kusal kwabena kwadwo
kwaku kwame kwamena kwasi kweku kwesi kyoko kyriaki kyriakos kálmán károly kátia kübra ladan ladi ladislav lado lahiru
laiba laila lajos lakshmi lakshya laleh lali lamai lanre larai larisa larissa lars lasantha lasha latha latif laura
laurențiu lauri lavanya lavi lavinia lawal laxmi layla lazar leandro lebo lebogang leena leevi leif leila lela lemlem
lene leni lenka lennart leonardo leonid leonidas leonor leonora lerato lesego lestari leszek letícia levan levent
levente levon leyla li liat libor libuše lieke liesbeth lieven liezl lihi lihle lihua liisa lijuan lika lili lilia
lilit lilja lilla lilyana limor lina lindiwe lingling linh linnea linnéa linus lior liora lipi liping lise lito liviu
lixia liya liza lizelle liên ljiljana loes lokesh loredana lorena louise luana lubna lucas lucia lucian luciana lucie
lucija lucyna ludmila ludvig luiz lujain luka lukáš lulama luminița lungile luqman lurdes lusine luuk luyolo luzia
luzviminda luís lwazi lyubomir lyubov lyudmila lászló lívia lộc maame maarten maciej madhavan madhavi madhumita
madhuri madiha madushan mafalda magdalena magdalini magdolna magesh magnus magnús maha mahalakshmi maham mahbub mahdi
mahdieh mahela maher mahesh mahira mahlet mahmoud mahmud mahmuda mahmut mahnaz mahnoor mahsa mahtab mai maia mainak
maira maja majed majid makoto maksim malak malathi malee malene malin mallika malsha malthe mamta mamuka manal manana
manasa mandeep mandla manee mani manikandan manish manisha manjit manjot manny manoj manolis manpreet mansour
mansoureh mansur manuel mao maral marcel marcell marcelo marcin marcos marek marelize maren margareta margarit margit
margrét mari maria mariam mariami mariana marianna marianne maricar maricel marie marieke marija mariko marilou
mariska marissa marit marites marius mariusz marivic mariya marián marja marjan marjatta markku marko markéta marloes
marta marte marthe martijn martim marwa marwan maryam marzena masahiro masako masao masego mashrafe masoud masoumeh
masud matei matej mateja mateus mateusz matheus mathias mathilde mathis matilde matjaž matti mattias matěj mawuena
mawuli mayank mayar mayumi mazen małgorzata mbali medea meena mees megawati megha megumi mehdi mehedi mehmet mehran
mehrdad mehri mehwish mei meir meital mekdes mekonnen melek melike melker menachem mengistu mengyao merab merav merel
merja meron mert mervat merve meryem meseret mesfin metin metka mette mher michaela michail michal michał michiel
michiko mieczysław mieke miguel mihaela mihai mihail miho mihály mika mikael mikhail mikheil miki mikkel mikko miklós
milad milagros milana milena milica milla milorad miloš min-ho min-ji min-jun min-seo min-seok mina minato minenhle
ming mingxuan minh minho minji minjun minna minoru minseo minseok mio mircea miri miriam mirjam mirjana miroslav
miroslava mirosław misaki mitali mitra mitu miyu mizanur miłosz mladen moataz modupe mohamed mohammad mohammadreza
mohammed mohd mohit mohsen mohsin moin mojca mojgan mojtaba momchil mominul momoka momčilo mona monika monir moran
mordechai morenike morten morteza moshe mostafa moumita mounika mounir mourad moushumi mousumi mpho mthunzi mubashir
mudassar muhammad muhammadu muhammed mujibur mukesh mulu mulugeta mumtaz muna munachi muneeb munir munira murad murat
murugan musa mushfiqur mushtaq mustafa mustapha muthoni muthu mwajuma mwanaisha mykhailo mykola mylene myra myrna
myrthe myrto mzia márcia márcio mária máté märta mónika naama nabeel nabil nabila nachman nadav nadeeka nadeem
nadeesha nadezhda nadia nadine naeem nafula nagarjuna nagendra nahid nahom naila nairi najla nakato naledi nalin
namrata namubiru nanako nanami nandha nandhini nandi nandini nanna nantana nanuli nao naoki naoko napat narayana narek
naresh narges narine narong naser nasim nasimiyu nasir nasiru nasrin nasser natalia natalya nataša natela natia
natsuki nattapong nattaya natália natálie nauman navdeep naveed naveen navid navneet navya nawal nawaz nayden nazanin
nazia nazlı nazmi nazmul necati neda neelam neelima neema negar negash neha nehir nekesa nektarios nele nemanja nenad
nenita nermin nesma nesreen nesrin nestan neta netsanet nevena nevenka nga ngan ngoc ngozi ngân ngọc nhan nhat nhi
nhlanhla nhung nhân nhật niaz nicolae nicoleta nida nidhi niels nienke nihat nii nika nikhil niki nikita niko nikola
nikolai nikolaos nikolay nikoleta nikolett nikoloz nikos nilay nili nilmini niloufar nils nilufar nima nimali nimra
nina ning nino niran nirmala niroshan nisha nisreen nithya nitin niyi nizar njeri njoki nkechi nkiru nkosinathi nnamdi
nneka noa noam noboru nodar noga nokuthula noman nompumelelo nomsa nomvula nonoy nonso noor noora nora noraini
norazlina norbert noreen norhayati noriko nosipho nour noura noémi nshuti nune nuno nura nuray nurul nusrat nutsa
nuwan nvard nyambura oana oanh obaidul obiageli obinna obiora octavian odysseas ofentse ofer ofir ofra ofri ogechi
ognyan ohad oindrila okechukwu oksana olaf olamide olanrewaju olav olawale oleg oleksandr oleksiy olena olga olivér
oliwia olle olli olof oluchi olufemi olumide olusegun oluwadamilare oluwafemi oluwaseun oluwatobi olwethu omar omer
omid omolara omotola ondřej onni onthatile onur onyeka opeyemi orathai oratile oren orhan ori orit orsolya orvokki
osama osamu oskar oskari osman osnat otar othman ottó otávio outi ovidiu owais oyinkansola ozioma oğuz oľga paata
pacita padma pairoj palani palesa pallavi palle panagiota panagiotis pandian pankaj panos panu papia paramjit
paraskevi parastoo pardis pari parisa parminder paromita parsa parth partha parvathi parveen parvez parvin parviz pasi
patcharee patrycja patryk patrícia pattaraporn paulina paulo pavan pavel pavithra pavla pavlina pavlos pavol pawan
paweł payal payam payel pedro pegah pejman pekka peng penka pensri pentti perla pernille pervez petar petr petra petri
petro petros petru petya peyman phimchanok phong phongsak phuc phumzile phuong phát phúc phương pia piet pieter
pieter-jan pihla pinaki piotr pirjo piroska piumi piyali plamen polina pooja poonam pornthip porntip poul poulami
pouya prabhjot prabhu pradeep prakash pranav prasad prasanna prasenjit prasert prasit prateek pravallika praveen
prayut preben predrag preethi preeti primož priscila pritam priya priyanka przemysław puneet pushpa puspa puspita
putri pyotr páll päivi péter pınar přemysl qasem qasim qian qiang qing quan quang quoc quynh quân quốc quỳnh rabab
rabia rachna radek radha radhika radin radka radoslav radosław radovan radu radwan rafael rafaela rafał raffi rafiq
rafiqul raghav raghavendra raghu ragnar ragnheiður ragnhild raha raheel rahel rahim rahma rahmat rahul raija raimo
raimunda raimundo raisa rajarshi rajasekhar rajat rajeev rajendran rajesh rajeswari rajib rajinder rajiv raju rajveer
rakesh rakib ralitsa raluca ramana ramazan rambabu ramesh rami ramil ramin ramkumar ramon ramona ramu ramy ramya rana
randa randi rangga rania ranjan ranjit ranjith raquel rasha rasheed rashid rashidi rashmi rasmus rastislav ratana
ratih ratko ratna rattana ravi ravinder ravit rawan raya rayan rayssa razak razia recep reem refilwe rehan rehema
reiko rekha remco remedios remus ren renata renato rene revathi revaz revital rey reyansh reynaldo reza rezo riaan
riaz ricardo ridwan rie riitta rika rikke riku rimsha rin rina rini risa rishi risto rita ritu rituparna ritva rivka
riya rizki rizky rizwan robbe rodel rodica rodolfo rodrigo rohan rohani rohini rohit rokeya rolando rolf romi rommel
romualdo ronak ronel roni ronit ronke roos rosalie rosemarie rosita rositsa rosli rosnah rostam rosângela rotem rowena
roxana roya rozita ruan ruba rubel ruben rubina ruchi rudi ruel rui rukayya rukhsana ruksana rula ruma rumana rumi
runa rungnapa ruoxi rupa rupinder rupsa ruslan rusudan rutger ruti ruwan ruwani ruzanna ružica ryo ryosuke ryota
ryszard réka róbert răzvan saad saanvi sabbir sachiko sachin sachini sachith sade sadia sadiq saeed safiya sahar sahil
sahithi sai saiful sailaja saima sairam sajid sakchai sakib sakshi saleem salih salim salisu salla salma salmah salman
salome saman samaneh samar sameer sameera samina samir samira sampath sampurna samuel samvel samy sana sanae sanath
sanaz sanchita sandeep sandhya sandile sandip sandro sanduni sang-woo sangeetha sangwoo sani sanja sanjay sanjeev
sanjeewa sanna sanne santhosh saowalak sapna saqib sara sarabjit sarala saranya sarath saratu saravanan sarawut
sarfraz sargis sarit sasikala sasithorn sathish satish satnam satoshi satria satu saurabh saurav savita sawsan sayaka
sayan saša schalk sebastiana sebastião seble seda sedat seema segun sehrish sekar sekhar selam selasi selim selin
sello selvam selvi semra sena senait senam senja senthil seo-hyun seo-jin seo-jun seo-yeon seo-yun seohyun seojin
seojun seoyeon seoyun sepehr sepideh seppe seppo serap serdar sergei sergey sergiu serhiy serkan setareh seun seung-
min seungmin sevak sevgi sevim sewwandi shabana shabnam shadi shafiq shafiqul shahbaz shahd shahid shahidul shahin
shahla shahnaz shahram shahrul shahzad shahzaib shai shaima shaimaa shaista shaked shakeel shakib shalini shamim
shampa shani shankar shantanu shanthi shapla sharmila sharmin shashika shaurya shayan shazia shehu shehzad shereen
shigeru shikha shila shilpa shimon shinichi shinji shiori shira shiran shireen shirin shiva shivam shiyu shlomo shoaib
shohei shokoufeh shota shreya shreyas shruti shuai shubham shufen shuhua shunsuke shushan shuvo shweta si-woo siamak
sibel sibusiso siddharth siddhartha siddiq sidra sigal signe sigrid sigríður sigrún sigurd sigurður siiri silje silke
silvia silviu silviya sima simin simisola simona simran simão sinan sindisiwe sindre sinikka sinta siphesihle sipho
siranush sirinya siriporn sirisha siriwan sirpa sisay sissel sita siti siva sivakumar sivaraj siwoo sixten siya
siyabonga siyu sizwe sjoerd slamet slavica slobodan slávka smadar smaranda smbat sneha snezhana snežana snorri so-hee
so-yeon sobia sofie sofija sofiko soha sohail sohee soheila sohel sohini sohrab solveig somayeh sombat somchai somjit
somkid somnath somporn somsak somsri somto somtochukwu somying sona sonali sonam sondre songül sonia soo-jin soojin
sopho soraya sorin sorina soroush sota sotirios soumya sourabh sourav souta sowjanya sowmya soyeon soňa spyridon
spyros sravan sravani sravya sreeja sridevi sridhar srikanth srilatha srinivas srinivasa srđan stanislav stanisław
stanisława stathis stav stavros stavroula steen stefan stefka stefán steinunn stelios stepan stephanus sterre stian
stijn stina stine stjepan stoyan stylianos su-jin subbarao subhajit subramanian subrata suchart suchitra sudarat
sudeshna sudha sudheer sudhir sudipto sufyan suha suhail sujatha sujin sujoy sukanya sukhdev sukhpreet sukhwinder
sulaiman sulayman sule suleiman sumaira sumaiya suman sumana sumanta sumathi sumaya sumayyah sumbul sumire sumit sumon
sundar sunee sunette sung-hoon sung-min sunghoon sungmin sunil sunita supachai supaporn supriya supriyo surachai
surajit suranga suraya suren suresh surinder surya susana susanne sushil sushma susilo susmita sutthipong suwanna
svein sveinn sven svend svetlana svetoslav swapan swathi swati swetha syafiq syafiqah syahrul syazwan sylwia synnøve
szabolcs szilvia szymon sándor sáng sânziana sérgio sólveig sónia søren süleyman sławomir sơn tadej tadesse tadeusz
taha tahereh tahir tahira tahmina taisiya taiwo takashi takeshi takumi takuya talal talatu talha tali talia tamal
tamanna tamar tamara tamaz tamilselvi tamim tamir tamrat tamuna tamás tania tanima tanja tanmoy tanushree tanveer
tanvi tanvir tanya tapani tapio taraneh taras tarek tareq tariq tarun tarık taslima tasnim tasos tatevik tathagata
tatiana tatsuya tatul tatyana taufik tauseef tawfik tawfiq tayfun tayo tayyaba tebogo teboho teemu teguh teja tejaswi
tejinder tekla tekle temitope temur tengiz teodor teodora teona teresita tereza terhi terje tesfaye teshome tess
tessie tetsuya teun tewodros thabo thaksin thalita thamires thanakorn thanasis thanawat thandeka thandiwe thanh thao
tharindu tharushi thato thaís thea themba thembeka themistoklis thenmozhi theodoros thiago thida thien thijs thilina
thilini thinh thiru thisara thitima thiện thoa thulani thuong thuy thuỷ thư thương thảo thắng thịnh thủy tiago tian
tibor tien tigist tigran tiina tijana tijjani tijn tilahun tilda timo timur tinatin tingting tinna tippawan tirunesh
tithi titilayo tiên tiến toan tobi tobias tochukwu todor tolga toluwani tomas tomasz tomer tomislav tomiwa tommi
tomohiro tomoko tomás tomáš toni torben torill tornike toshiro tosin tova tove toàn traian trang trinh trisha trond
truc trung trâm trúc trịnh tsegaye tsehay tshepiso tshepo tsion tsira tsubasa tsumugi tsveta tsvetan tsvetanka tuan
tudor tuhina tuija tumelo tuncay tunde tuomas turgut turid tuula tuva tuyet tuyết tuğba tuấn twan tymon tzila tzipi
tzvi tài tâm tímea tülay tünde türkan uche uchenna udari ugochi ujjwal ulf ulla ulyana uma umair umar umesh ummi
umutoni unni unnur upeksha upul urmi urmila uroš urszula urška usama usha usman uthman uttam uwase uyen uyên uzair
uzma uğur vadim vahan vahe vahid vaishnavi vakhtang valentina valery valli vamsi vandana vanessa vangelis vani vanitha
vanja varalakshmi vardan varduhi varsha varun varuzhan varvara vasanth vasavi vasco vasil vasile vasileios vasiliki
vasilis vasilisa vasily vasu vasuki vasyl vazgen vazha vedant veerle vegard veikko veli velichka velu venkat venkata
venkatesh venla venu vered veronika vesela veselin vesna vibeke vidar vidya viera vigdis viggo vignesh vihaan vijay
vijaya vikas vikram viktor viktoria viktoriya viktória villads ville vilmos vimal vinay vinh vinod vinícius violeta
viorel viorica virgilio vishal vitaly vitória vivek việt vlad vladimir vladislav vlasta vlatka vojislav vojtěch volkan
volodymyr vratislav vuk vusi vyacheslav václav vân väinö vít věra wael wafa wafaa wahyu wairimu wakana waldemar waleed
walid wambui wanchai wanda wangari wanida wanindu wanjiku wanjiru wannes waqar waqas waraporn warre warunee waseem
wasim wasswa watchara wati wawan weerapong wei weidong weiwei wenhao wenjie wenjun weronika wessel wichai wichit widad
wiesław wiktor wiktoria wilfredo wilhelmina willem wilma wim winai witold wojciech wojtek wolde workneh wout wouter
wulan wynand xia xiao xiaohong xiaohui xiaojun xiaoli xiaoling xiaomei xiaoming xiaowei xiaoyan xiaoyu xin xinyi xiu
xiulan xiuying xolani xuan xueying xuân yaa yaakov yael yahel yahia yahya yair yakubu yamato yan yana yanling yannick
yannis yanping yanti yara yarden yaroslav yaroslava yasaman yaseen yasemin yash yashoda yasin yasir yasmeen yasmin
yasser yassin yasuo yavuz yayra yazan yazid ye-ji ye-jin ye-rin yehoshua yehuda yehudit yeji yejin yekaterina yelena
yeliz yemi yerin yeshi yetunde yevgenia yevgeniy yevgeny yfke yichen yifat yigal ying yingluck yingying yinka yitzhak
yixuan yiğit ylva yoav yocheved yogesh yohannes yoichi yoko yolandi yona yonas yonatan yong yordan yordanka yosef
yoshiko yoshio yoshiro young-ho youngho yousef youssef yu yua yudi yuhang yuhua yuichi yuji yuka yuki yuko yulan yulia
yumei yumi yumiko yun yuna yunus yupin yuri yuriy yury yusra yusuf yusuke yuting yuto yutong yuval yuvaraj yuxin
yuxuan yuya yıldız yılmaz yến zahid zahra zahraa zaid zain zainab zaiton zakaria zakariya zakhar zalán zanele zaruhi
zaven zawadi zayd zayed zaynab zaza zbigniew zbyněk zdeněk zdeňka zdzisław zeeshan zehava zehra zeina zeinab zeki
zenaida zerihun zerrin zewditu zeynep zeyu zhanna zhen zhenyu zhi zhihao zhiqiang zhivko zhiwei zhiyuan ziad ziaur
ziba zihan zikri zina zinhle ziv zixuan ziyad ziyi zlata zlatica zlatko zodwa zofia zohar zohreh zoi zoltán zoran
zorica zornitsa zoya zsolt zsuzsa zsuzsanna zsófia zubaida zubair zubairu zulaihat zulkifli zurab zuraidah zuzana
zuzanna zviad zvonimir zygmunt ádám ágnes árni áron árpád ásdís ásta åke åsa åse éva ólafur ólöf ömer özgür özlem
øyvind ümit þorsteinn þórunn þórður đorđe đạt đức ľubomír ľuboš łukasz şerife şeyma şule şükrü šimon špela štefan
štěpán šárka žarko željka željko žiga ștefan
`;

export const WORLD_SURNAMES = `
aalto aaltonen aasen abashidze abbas abbasi abdallah abdelaziz abdo abdou abdullah abdullahi abe abebe abera abeyratne
abeysekera abeywickrama abrahamsson abrahamyan abramov abubakar acar acheampong adamczyk addo adebayo adebisi adekunle
adeleke adeniyi adeoye adesanya adewale adewumi adeyemi adeyinka adjei afanasiev afolabi afridi agarwal aggarwal
aghajanyan agyei agyeman ahmadi ahmadzadeh ahmed ahn ahonen ahuja aidoo ajayi akande akbari akgül akhtar akimov
akinola akinyemi aksenov aksoy akter akther akın al-rashid alabi alam alavi alawi aleksandrov alekseev alemu
alexandrov alexiou aliyu alizadeh alrashid altun altıntaş amankwah amar amarasinghe amare amiri amiryan amissah amoah
ampofo amponsah amsalem amundsen anagnostou anand anane andersen andersson ando andreasen andreassen andreasson
andreev andrei andresen angelopoulos angelov anghel anisimov ankrah annan ansah ansari antal antoniou antonov antonsen
anttila antwi anwar anyanwu aoki appiah apte aquino arakelyan ardeleanu arhin ariffin arkhipov arnesen arora arslan
arvidsson arzoumanian asadi asamoah asante asatryan asfaw ashour ashraf asiedu aslam aslan aslanyan assefa atanasov
ateş athanasiou attias atwal avagyan avakian avcı avetisyan avraham awad awan awuah axelsson ayalew aydoğan aydın
ayele ayodele ayoub ayyub aziz azizi azoulay babayan babić badawi badenhorst badu baek baghdasaryan bagheri bahrami
bai baidoo baig bains bajwa bakar bakari bakke bakken bakos bakr bakradze balog balogh balogun baloyi balázs baláž
bandara bandaranaike banerjee bansal barak barakat baranov barasa barbu barta bartoš basu bautista bayram başaran bedi
bediako bednář bedrossian begić bekele bello belousov belov belyaev bempong ben-ami ben-david ben-haim beneš bengtsson
beran berge berggren berglund bergman bergqvist bergström berhanu beridze berntsen bertelsen bezuidenhout bhalla bhat
bhatia bhattacharya bhatti bhuiya bhuiyan bhullar bielik birhanu birkeland biryukov bishara bisht biswas biton bizjak
bjarnadóttir bjarnason björk björklund björnsdóttir björnsson blaho blažek blažević blom blomqvist bláha boakye
boateng bochorishvili bodnár bogdanov bogdán bolkvadze bondar bondarenko bonifacio bonsu boonyarat borisov borkowski
boros botha boutros boyajian boyko bozkurt bošnjak božić božič brabec brar bruun budai bui bukhari bulut bureš buskila
buthelezi bykov byun bálint bíró bùi bălan bąk błaszczyk cai cao carlsen carmi cayetano chacko chadha chae chahine
chaisiri chaiyasit chakraborty chami chan chandimal chang charoensuk chatterjee chaturvedi chatzis chau chaudhary
chaudhry chauhan chavan chavchavadze cheema chen cheng cherian chernov chernyshev cheruiyot chetty cheung chien
chikovani chiriac chiu chkheidze chmielewski cho choi chong chopra chou choudhary choudhury chowdary chowdhury
christensen christiansen christodoulou christoffersen chu chua chukwu chukwuma chun chung châu ciobanu claesson
clausen coetzee cohen cojocaru coman constantin constantinescu corpuz cozma coşkun cristea cronje cruz cui czarnecki
dabbagh dadiani dadzie dahan dahl dahlberg dai damanik daneshvar dang danielsen danielsson danielyan danilov danjuma
dankwa danso darko darwish datta daud davtyan davydov dayan degefa delacruz delić demidov demir demirci demissie deng
denisov deol desai deshpande desta deák dhaliwal dhillon diaconu dias dibaba diep dimaculangan dimitriou dimitrov
dimitrova dimopoulos dinescu dinh dinu dissanayake dizon diệp dlamini dmitriev doan dobos dobre dobrev dolenc doležal
dolidze domingo donkor dostál doukas doğan dragomir dsouza duah duan dubey duda dudek dudás duman dumitrescu dumitru
duong durmaz durrani dutta dvořák dwivedi dzneladze dąbrowski dương ebrahimi economou edirisinghe edri edvardsen
efimov efremov egorov eide einarsdóttir einarsson eiríksson eisenberg ekanayake ekinci eklund ekström ekwueme el-masri
el-sayed elbaz eliasson ellingsen elsayed emelyanov emenike enache endo engelbrecht engström enriquez eom erdem
erdoğan ergün eriksen eriksson ermakov esfahani eshun eskandari eskola esmaili espiritu essien estrada evensen eze
ezeh ezenwa falk fallahi farag farahani farkas farkaš farouk fashola fawzy fazekas fedorov fedotov fehér fekete
feldman feng fernandes fernando feyisa fiala fikadu filatov filippov fjeld florea fodor fomin forsberg fosu fouad
fourie frandsen fransson frederiksen fredriksen fredriksson friedman friis frimpong frolov fujii fujimoto fujita
fujiwara fukuda fung fyodorov fábián fülöp gabay gaber gaikwad gajdoš galang galanis galstyan gamage gamal
gamsakhurdia ganchev ganguly gao garabedian garba garg garibashvili gasparyan gavrilov gebre gebremariam gebreselassie
gelana gelashvili gemechu genchev georgescu georgiadis georgiev georgieva georgiou gerasimov getachew gevorgyan
ghaffari ghafouri ghanem ghartey ghasemi ghazaryan gheorghe ghorbani ghosh giang giannopoulos gil gilani ginting
giorgadze girma gitau githinji goderdzishvili gogia gogoladze goh gokhale goldberg golob golubev goncharov gondal
gonsalves gorbunov gorshkov govender goyal grabowski grachev greenberg grewal grgić grigore grigoriev grigoryan
grishin grobler gromov gudeta gulbrandsen gulyás gumede gunaratne gunasekara gunawan gunawardena gundersen
gunnarsdóttir gunnarsson guo gupta gurgenidze gusev gustafsson guðmundsdóttir guðmundsson gvenetadze gyamfi gál gáspár
górski güler gündoğdu güneş güven habib habibi habimana hadad haddad hadžić hagopian haile hailu hajdu hakala hakobyan
halabi halevi halim halldórsdóttir halldórsson halonen halvorsen halász hamad hamdan hamdi hamidi hamisi han hansen
hanssen hansson hao haque hara harada harahap haraldsson harari hariri hartono harun harutyunyan hasanović hasegawa
hashemi hashimoto hashmi hassan hassanzadeh hattori hatzis haug hauge haugen haugland havel havlíček hawlader hayashi
hedlund hegazy hegde hegedűs heikkilä heikkinen heinonen heiskanen helgadóttir helgason hellström helmy heng henriksen
henriksson heo herath hermansson hettiarachchi hewage heydari hidayat hijazi hiltunen hirano hirvonen hlinka hlongwane
hoang hodžić holmberg holmgren holub honcharenko hong honkanen hoque horowitz horvat horváth horák hosen hosny hossain
hosseini hosseinzadeh hou hovhannisyan hovsepyan howlader hoàng hribar hric hristov hrubý hruška hsieh hsu huang hudec
hudák hui hussein hussin hutapea huttunen huynh huỳnh hwang hyun hájek hämäläinen håkansson ibekwe ibrahim idris igwe
ihejirika ikeda ikonen ilie iliescu iliev ilić illés ilyin imai inoue intharasuk ioannou ionescu ionița iordache iqbal
isaev isaksen isaksson isfahani ishchenko ishida ishii ishikawa ispas issa ito ivanenko ivanishvili ivanov ivanova
iversen iwasaki iwata iyengar iyer işık jaafar jabbar jaber jabłoński jacobsen jadhav jafari jafri jahangiri jaidee
jain jakab jakobsen jakobsson jakubowski jalali jamal janda janelidze jang janković jankowski jansson jasiński
javakhishvili javed jaworski jayakody jayaratne jayasinghe jayasuriya jayawardena jayawardene jelínek jensen jeon
jeong jeppesen jepsen jespersen jessen jha jia jiang jikia jin johal johannessen johansen johansson johnsen jokinen
jonsson joo joshi joubert jovanović juhász jun jung jurić jurčo jutt järvinen jääskeläinen jóhannsdóttir jóhannsson
jónsdóttir jónsson jónás jönsson jørgensen kabbani kabir kaczmarek kadam kadlec kagan kahn kahraman kakabadze kalinin
kalinowski kallio kamali kamath kamau kamel kamiński kanaan kaneko kanev kang kapanadze kaplan kapoor kara karaca
karagiannis karakaya karalis karam karanja karapetyan karataş kardashian karimi kariuki karjalainen karlsen karlsson
karpenko karpov karppinen karunaratne kashani kasparian kassa kassem kassim kato katona katsaros katz kavčič kawaguchi
kaya kazakov kazda kazemi kazmi kaźmierczak kebede kelemen keskin ketola kettunen kevorkian khachatryan khachaturian
khalil khalili khan khandaker khani khanna kharaishvili kharchenko kharitonov khatib khattak khatun khoo khosravi
khouri khoury khumalo khurana khutsishvili kiani kibet kieu kiknadze kikuchi kiladze kilonzo kim kimani kimura kimutai
kinnunen kinoshita kinyua kioko kipchoge kipiani kiplagat kiprono kiprop kiptoo kirakosyan kirillov kirov király kis
kiselev kitamura kittikun kivelä kiều kjeldsen kjær klemenčič klimov klymenko klíma kmeť knežević knudsen knutsen
knyazev kobakhidze kobayashi kocabaş kocsis kodikara koech koh kohli koivisto koivula kojima kokkonen kolar kolarov
kolesnikov kolev kollár kolář komarov kondo konečný konovalov konstantinou kontos koo koomson kopecký korhonen korir
korkmaz korolev kosgei koskinen kostenko kostić kostov kotov kotze koutsoukos koval kovalchuk kovalenko kovalev kovač
kovačević kovačić kovačič kovács kováč kováčik kovář kowalczyk kowalewski kowalski kozlov kozma kozłowski koç kočiš
kołodziej krajnc kralj krasnov kratochvíl kravchenko kravets krawczyk krejčí krishnan kristensen kristiansen
kristjánsdóttir kristjánsson kristoffersen krylov král kráľ król kuang kubiak kubo kubíček kucharski kudryavtsev
kuffour kufuor kulikov kulkarni kumar kumara kumarasinghe kumi kuo kurian kurniawan kurtuluş kuruc kuruvilla kuzmenko
kuzmin kuznetsov kuznetsova kučera kvaratskhelia kvirikashvili kwak kwan kwarteng kwek kwiatkowski kwok kwon kwong
kyei kyriakou kärkkäinen kılıç kříž laakso laaksonen lacson lagman lahtinen lai laine laitinen lakatos lambrou lamptey
langat lappalainen larsen larsson lartey lassen latifi lau lauridsen laursen lawal lazarev lazarov lazić lazăr lebedev
lee lehtinen lehto lehtonen lengyel leonov leppänen leung levchenko levin lewandowski li liang liao lieberman lim lin
lindberg lindgren lindholm lindqvist lindroos lindström liu liyanage lodhi loginov loh lok lomidze lomtadze
lordkipanidze lotfy louw lovrić lu lubis lui lukeš lukyanov lukács lukáč lundberg lunde lundgren lundin lundqvist
lundström lungu luo luong lupu luthra luu lyimo lysenko lyu lâm löfgren lưu lương maalouf mabaso mabena mabini
macapagal macaraeg macharia maciejewski madsen madushanka maeda maeng magbanua maglaya magnusson magnúsdóttir
magnússon magsaysay maharaj mahato mahlangu mahmoud mahmoudi maina maisuradze majewski majidi majumder mak makarov
makris maksimov malan malhotra malik malinowski malka maltsev malyshev malý manalo manea mangubat manninen manole
manoogian mansor mansour mansouri manukyan manurung mao marais marchenko marciniak marcos mardirossian mareš margaryan
margvelashvili marinov marić marković martinsen martinsson martirosyan martynov maruyama maseko masilela maslov masri
massawe masuda matar matei mathebula mathiesen mathisen matić matoušek matsuda matsui matsumoto matsuo mattar mattila
mattsson matuška matveev mavros mazibuko mazilu mazur mazurek mašek mbah mbugua mbwana mchedlishvili medvedev
mehmedović mehra mehta mekonnen meladze melkonyan melnikov melnyk memon mendis mendoza meng mengistu menon mensah
mercado mesároš metreveli miah michailidis michalak michalski miettinen mihai mihaylov mihăilă mikeladze mikhail
mikhailov mikkelsen mikuláš milošević minasyan mironov mirza mirzaei mishra mitev mitra mitrović mittal miura miyamoto
miyazaki mizrahi mkhize mkrtchyan mlakar mnatsakanyan mnguni mocanu mofokeng mogensen mohamad mohamed mohammadi
mohammed moiseev mok mokoena mokwena moldovan molefe molla mollah molnár mondal moodley moradi moraru moravec mori
morita moroz morozov mortazavi mortensen moskalenko mostafa mostert motamedi motaung mousa mousavi moussa movsisyan
msuya mthembu mualem mugisha mugo mukasa mukherjee mulugeta munasinghe munteanu muradyan murakami muriuki murthy musa
musavi musil mustonen musyoka mutai mutua mwangi mwendwa myhre mäkelä mäkinen månsson mårtensson mészáros mølgaard
møller nader naderi nadiradze naguib nagy nahum naicker naidoo naidu naik nair najafi najjar nakagawa nakajima
nakamura nakano nakata nakayama nam nanayakkara nanda nandi naqvi narayanan nasr nassar nasser nassif nasution
natsvlishvili naumov navarro navon navrátil nazarenko nazari nazarian nazarov nazaryan ndlovu ndungu neagu nedelcu
negash negi nesterov ng ngcobo nghiem nghiêm ngo ngugi nguyen nguyễn ngô niazi nicolescu niculescu nielsen niemi
nieminen nikbakht nikiforov nikitin nikolaev nikolaidis nikolaou nikolić nikolov nikolova nilsen nilsson nishida
nishimura nissen nistor niu niyonzima njenga njoroge nkosi nkrumah nnadi noguchi nordin nordström nortje nouri novak
novikov novotný novák nowak nowakowski nowicki nozadze nsubuga ntuli nugroho nurmi nwabueze nwachukwu nwafor nwankwo
nwosu nwoye nxumalo nyaga nyame nyarko nyberg nygaard nygård nyström næss németh nørgaard němec obeng obiora oblak
obradović ocampo ochieng odeh odhiambo odinga odusanya ofori ofosu ogawa ogbonna ogbu ogola oguejiofor ogunbanjo
ogunbiyi ogundele ogundipe ogunlana ogunleye ogunsanya ogunwale ohanian ohayon ohno oikonomou ojala ojo okada okafor
okamoto okeke okello okonkwo okoro okoth okoye okpara okropiridze oladele oladipo olaniyan olatunji olawale olesen
oliynyk olofsson olowu olsen olsson olszewski oláh omar omondi ondruš ong onishi ono onuoha onwuka onyango onyeka
onyema ooi oosthuizen oparah opiyo opoku oppong oprea orlov orosz orsós osei osipov ostrowski othman otieno ouma
ovchinnikov owino owusu oyebanji oyewole pachulia padayachee pai paik panagiotopoulos panayotov pandey panganiban
pangilinan panjaitan pannu panov papadakis papadimitriou papadopoulos papadopoulou papageorgiou papanikolaou papava
papazian papp pappas paracha paraschiv pardede pascual patel pathirana patil patwary paulsen pavić pavlenko pavlov
pavlović pavlík pawar pawlak pawłowski pedersen peiris peled peltonen penev peng perera peres peretz perić permana
persson pesonen petek petersen petkov petrenko petrescu petrossian petrosyan petrou petrov petrova petrović pettersen
pettersson pešek pham phan phromma phua phung phùng phạm pietrzak pillai pillay pintér piotrowski pitkänen plotnikov
poghosyan pohan pokorný polat polishchuk polyakov ponomarenko ponomarev popa popescu popov popova popović pospíšil
potapov potgieter potočnik poulsen pourmohammadi prabhu prasad pratama preda premadasa pretorius prinsloo procházka
prokhorov prokofiev purba putra pușcaș pyo pyun pál pálsson pásztor pålsson qasim qian qin qiu quach quansah quarshie
quaye quek qureshi quách rabin rabinovich rabinowitz radebe radev radić radovanović radu rafiei ragab ragnarsson rahim
rahimi rahman rahmani rajan rajapaksa rajapakse rajput ramaswamy ramli rana ranasinghe randhawa rantanen rao raptis
rashid rashidi rasmussen rathnayake rathore ratnayake rattanakul rawat razavi razmadze reddy regassa rehman ren reyes
rezaei rezazadeh rhee rissanen ristić rizk rizvi rodionov rodrigo rodrigues romanov rosenberg rossouw rostami rotaru
rotich rozman rudenko rukhadze rumyantsev rusu rutkowski ruto ruud rybakov ryu rácz räsänen rønning růžička saad
saakashvili saarinen sabag sabbagh saberi sabry sackey sadeghi sadowski sadri saeed saeheng saelim saetang safonov
saha sahakian sahakyan sahota saito sakai sakamoto sakurai salah salazar saleh salehi salim salleh salminen salo
salonen samadi samarasinghe samaraweera samuelsson sandberg sandhu sandström sandu sangha sano santos santoso saputra
saragih sarfo sargsian sargsyan sarkar sarker sarkissian sarmiento sarpong sarı sasaki sasson sato sattar savchenko
savelyev savin savić savolainen sawant sawicki saxena sayegh schmidt schwartz seah sedláček segal sekhon sembiring
semenov semyonov senanayake seong seppälä sergeev sethi setiawan sezer shabalala shah shahbazi shaheen shahin
shamsudin shao shapira shapiro sharabi sharifi sharma shawky shcherbakov shehata shehu shen shengelia shetty
shevardnadze shevchenko shevchuk shi shibata shiferaw shimizu shinde shirazi shirima shokri shrivastava shukla shukri
siddique siddiqui sideris sidhu sidorov sigurðardóttir sigurðsson sihombing sikder sikora silva simanjuntak simbolon
simeonov simiyu simić simonian simonov simonsen simonyan sinaga singh sinha sipos siregar sirisena siriwardena siriwat
sirola sison sitepu sithole sitompul situmorang siu sivertsen sjöberg sjögren skov skvortsov skála slavov slavík
sloboda smirnov smirnova sobolev sohn sokolov sokolova sokołowski solberg solheim soliman soloviev solovyov soltani
somogyi sood soomro soriano sorokin soukup soós srisawat srisuk srivastava stanciu stanković staněk stavrou stefanov
stefánsdóttir stefánsson stepanov stepanyan steyn stoica stojanović stoyanov stoyanova strydom ström strömberg strøm
stănescu stępień subramaniam subramanian sudirman sugawara sugimoto sugiyama suh suharto sukarno sukjai sulakvelidze
suleiman sundberg surdu suri susanto sutrisno suwannarat sveinsson svendsen svensson svoboda swai swamy swanepoel
swisa sydorenko syed szabó szalai szczepański sze szekeres szewczyk szilágyi szymański székely szőke szűcs sárközi
sârbu sæther söderberg sönmez søndergaard sørensen sýkora tabatadze tabrizi tadesse tafesse tagoe taha taheri tahir
takada takagi takahashi takano takeuchi takács talukder tambunan tamura tanaka tandon tangen taniguchi tannous tanoto
tarasov tarigan tashjian tavakoli tawfik taş tefera tehrani tekeste tekin tekle teklehaimanot tennakoon teo ter-
petrosyan tesfaye tetteh thach thakur theodorou theron thilakaratne thomassen thomsen thongdee thoresen thorsen thạch
tian tichý tikhomirov tikhonov tikkanen tilahun timofeev titov tiu tiwana tiwari tkachenko tkachuk todorov todorova
todorović toh toivonen tolentino toma tomaszewski tomić tomko tonev toprak touma tran triantafyllou trieu trinh
tripathi trivedi triệu trofimov truong trương trần trịnh tsai tsang tsao tse tsegaye tseng tsereteli tshabalala
tsiklauri tsintsadze tsui tsvetkov tudor tulu tuncer tunç tuominen turan turgeman turunen twumasi tymoshenko tzur tóth
tôn török tănase tăng tůma uchida uddin ueda ueno ugwu ungureanu upadhyay uppal ursu usman uwimana uysal uzor uçar
vacek vahidi vainio vaknin valach valdez valenta valtonen vaněk vardanyan varga varghese varma vasile vasileiou
vasilev vasiliev vasilyev vass vasylenko venkataraman venter veres vergara verma vermeulen veselý vestergaard vidmar
vidović vik viklund viljoen villanueva villareal vincze vinogradov virk virtanen virág visser vlachos vlasov vlček vo
voicu volkov volkova vorobiev voronin voronov vu vuković vuong vávra väisänen vörös vương wachira wafula wahba walczak
walia wallin wang wanigasekara warraich watanabe waweru weerakoon weerasinghe wei weinstein weiss wekesa weng wessels
wibowo wickramasinghe wickremesinghe widodo wieczorek wijaya wijeratne wijesekara wijesinghe wikström wilk wiredu
witkowski wiśniewski wojciechowski wolde woldemariam wondimu wong wongsawat wongsuwan worku woźniak wróbel wróblewski
wu wysocki wójcik włodarczyk xaba xia xiang xiao xie xiong xu xue yaacob yadav yakovlev yakubu yamada yamaguchi
yamamoto yamashita yamazaki yan yang yankov yao yaron yassin yasuda yau yavuz yazdani yeboah yegorov yeo yeung yilma
yim yin yiu yokoyama yoo yoon yordanov yoshida yoshikawa younes younis yousafzai yousef yousefi yu yuen yun yunus
yurchenko yusof yusoff yücel yüksel yıldırım yıldız yılmaz zahran zaidi zainal zaitsev zajc zając zakaryan zakharov
zaki zalewski zaman zamani zamfir zarei zawadzki zayed zeidan zelenka zeman zeng zewde zhang zhao zhelyazkov zheng
zhong zhou zhu zhukov zhuravlev zhvania zidan zieliński zinchenko zoghbi zou zungu zupan zupančič zwane árnadóttir
árnason åberg åkesson çakır çelik çetin çiftçi çınar ólafsdóttir ólafsson öberg önal özcan özdemir özer özkan öztürk
ødegård østergaard ünal þórðarson čermák černý čierny ďurica đinh đorđević đoàn đào đặng říha şahin şen şimşek šarić
šebesta ševčík šimek šimko štěpánek šťastný žilinský živković
`;
