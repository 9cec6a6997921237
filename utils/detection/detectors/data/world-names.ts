/**
 * Given names and family names of cultures the main lists (first-names.ts, surnames.ts) cover
 * thinly: Central and Eastern Europe, the Nordics, Turkey, Greece, West, East and Southern
 * Africa, the Arab world, Iran, South Asia, East and Southeast Asia, Israel, Armenia, Georgia.
 * Lower case, written from general knowledge (2026-11-24), with every entry that is also an
 * English word, a common place, a brand or a tech term left out, and nothing of two letters
 * except a few surnames (wu, xu, li, yu, lu, ng, vo, vu). Most common first within each culture.
 */
import { words } from './word-list';

export const WORLD_GIVEN_NAMES: readonly string[] = words`
aada aadhya aamir aapo aarti aatu abdallah abdel abdelaziz abdelrahman abdul abdulaziz abdullahi
abdulrahman abebe abeer abhijit abimbola abiodun abirami abiy abla abolfazl abubakar achara
achilleas adanna adaobi adebayo ademola adeola adesola adewale adeyemi adhiambo adi adjoa
adnan advait adwoa adéla afia afiq afroza afsaneh afshin afua agam agus
ahmad aicha aidil aikaterini aila aileen aili aiman aina aisyah ajit ajith akari
akbar akello akinwale akinyi akmal aksel akua akwasi alaa albena aleena aleko aleksandar
aleksei alemu alenka alexandre alexandru
alexey aleš alireza alisa aliyu aljaž alok alon alva alžbeta amahle amaka amal aman
amandeep amani amanuel amarjit ambreen amin aminah aminu aminul amirah amitava ammar amna amnon
amogelang amrit anahit analyn anam anan anano anas anastasios anbu anca andi andile
andreea andrej andrey andries andrija andriy andrás anele angelos anggun anh
aniket anikó anindita anirban anisur anitha annaliza anneli annelie
annikki antonios antonis antonín antti antónio antônia antônio anum anurag anush anusha anushka
anvi anwar anyango anzhela anđela aparecida apostolos aqilah araba araksya aram aras arash aravind aravinda
archana arda areeba arend arief arif arina arindam aristotelis arjen arjuna arkadiusz arlyn arman
armen armin armine arnab arnar arne arnel aron arooj arpi arsalan arsen arshdeep artem arthit artin arto artur artyom
asabe asad asaf asanka asfaw asger ashish ashkan ashot ashraf ashraful ashwin asif aslam
aslı asma asmaa assefa astghik asuka asya atanas ataur atefeh athanasia atieno atif atim atli
atul auma aurel aurelia auwal auður avik avital avni avraham avtar awuor aya ayanda ayano ayele
ayelet ayesha aylin ayman aymen aynur ayobami ayomide aysha ayu ayumi ayush ayşe azadeh azar azeb azhar
azizah azlan azman azra baaba babak babar babatunde babirye babis badri bagus bahar bahram bakari balaji balakrishna
balbir baldur balqis balwinder balázs bambang banafsheh baran barbare barbora bardia barnabás bart
bartłomiej baruch barış bassam batsheva batuhan bayu behnam behzad beka bekele bello
bence benedek benedita bengt benigno bente bereket beren berglind berhanu berit berna bernadett besik bezawit
bharath bhargavi bhaskar bhavani bhavna bheki bhuvana bidisha bikram biljana bilkisu bima bimpe binh
biniam binta binyamin biodun birgir birgitte birtukan bisi biswajit bjarne bjarni björn bjørn blanka blaž
boaz boglárka bogumiła bohuslav boitumelo bojan bolanle bongbong bonolo boonmee
borislav boryana botond boyan boštjan božena branislav branka branko bryndís
brynja buddhika budi buhle bukola burcu buse bushra busisiwe bình büşra bảo camelia camilla cansu
carien catarina cengiz ceren chae-won chaewon chaim chaiwat chalerm chamara chamari chaminda chana
chanaka chandan chandra chanida chao charalampos charmaine chathura chathurika chebet chepkoech cherono chiamaka
chibuike chidi chidinma chidozie chihiro chijioke chika chima chinaza chinonso chinwe chinyere chiomaka
chiranjeevi chisom christo chrysoula chukwudi chunhua ciprian conceição constantin
corazon corina cornel cosmin costel crina cristiane csilla cuong
cătălin cường da-hyun dachi dafni dahyun daisuke dalia daljit damilola damir damla danial
danica danie danilo daniyal danjuma dante dapo daria darius dariush darko
dasun davor davíð dawid dayo debashish debasis debjani debolina dedi dedy deepan deepika
deepthi defne dejan delali demeke denisa denitsa deon derya desislava desta devorah dewi
dezső dhananjaya dhanush dhruv dian diego dieu dilani dilara dilek dilruba dilrukshi dilshan dimas dimitar
dimitris dimuth dina dineo dipankar ditte divina diệu dmitriy
dmytro doaa doina domagoj dominik dong-hyun donghyun dongmei dorin doron dorte
dotun dov doyun doğan dragana dragoș dragutin dror duaa dubravka duc dulanjali dumisani dumitru dunja
durga duru duy duygu dušan dzifa dániel dávid débora dóra dũng ebbe ebere ebrahim ebru ebuka ecaterina ecem
ecrin edem edgardo eduard eevi efe efia efraim efrat efren efstathios efthymia eftychia efua egill
ehsan eija eino eirik eirini eiríkur eitan ejaz ejnar ekene eko ekow ekua elad elango eldad
elene elham elikem elina elisabeth eliso elizaveta elize eliška elli elmarie
elorm elsa elvira elías elín elísabet emad eman embla emiko emmanouil emmanuel
emília enes enikő eniola enni enyonam ephraim eranga erdem eren erez eri erkan erkki erlinda
erling erzsébet esi esin espen esraa essi esti etelka etenesh eugen eun-ji eun-seo eunji eunseo
evangelia evangeline evangelos evdokia evgenia evi ewelina eyal eylül eyob ezgi fabiana fadi
faezeh fahad fahd fahmi fahmida faizal fajar famke fangfang fanni faraz farhad farhan farhana fariba
farid faridah farshid farzad farzana farzaneh fatemeh fatih fatimah fauzi fawad fawzi fayyaz fazlul febe
femi feng ferdinand fereshteh feven fiifi fikre filip filipa
filiz firdaus fitri fiza flemming florentina florica floris folasade fotini fotios
franjo frederik fredrik freyja frikkie frøydis funmi furaha
fábio fátima galih galit gamze ganesan garba garegin garima gautam gautham
gayan gayane gayathri gašper gbenga gebre gebremedhin gebreyesus geertruida geeta geetha geir gela gennady
georgi georgiana gergana gergely gert getachew gevorg ghada ghadeer ghassan gheorghe gia giang giannis
gideon gilang giorgi girma gitte gizella gizem goga gohar gokul golnar golnaz gonçalo gopi
gordana goro gowthami graça griet grigor grigore grigorios guiying gunilla
guoqiang guram gurbir gurdeep gurjit gurleen gurmeet gurnam guro guus guðmundur guðný guðrún
gyula györgy gábor géza gísli gönül göran gül gülay gülsüm ha-jun ha-neul ha-yoon habiba habibu habibur hacer hadar
hadas hadeel hadiza hafiz hafsa hafsat hagai hai hailu haim haitham haiyan hajara hajnalka hajun
hakob haleh halil halima halimah halla halldór halvor hamad hameed hamid hamidah hamidreza hamisi hammad hampus
hamzah han hanan haneul hanh hani hanieh hanife hanne hannele hannes hannu haoran haoyu
haraldur harbhajan hardeep harel hari harika harinder haris haritha harjeet harjit harleen harri
haruki haruna haruo hashim hasina hasitha hasmik hasnah hasnain hatice hau hauwa
haya hayato hayk hayoon hazem haziq hazwan heba hedviga hege heikki hekla heli helle
helmi hema hendra hendri hendrika hengameh hennie henok heru hesam
hesham hidayat hideo hien hieu hila hilde hildur hilkka hilmar himari hina hinata hira hiro hiroki hiroko
hiroto hiruni hirut hisham hitomi hiwot hiếu hiền hlengiwe hoai hoda hodaya homa hongmei honoka horia hosein
hossein houman hovhannes hoài hrafnhildur hrant hripsime hristo hrvoje huda huiling hulda humaira huong husain
husayn hussain huyen huyền huzaifa huệ hyejin hyemin hyun-woo hyunjin hyunwoo håkan
håkon hùng hülya hüseyin hương hạnh hải hậu hằng ichiro idowu idris ifeanyi ifeoluwa ifunanya
ihor iida ijaz ijeoma ikenna ikhsan ilan ilana ilango ilayda ildikó ilham ilias ilie ilija ilinca iliya ilmari
ilona imad iman imane imelda imtiaz inbal indah inderjit indranil ingabire
ingegerd inger ingibjörg ingunn ingvar inkeri inna inês ioan ioana ioanna ionela ionuț iqbal
iqra iradukunda irakli irdina irem ireneusz iresha irfan irini irit irwan irén isak isamu
ishani ishara ishimwe ishita ishrat ishtiaq iskandar ismael ismaila israa issa istván isuru itai itay itsuki
iulian iuliana ivanka iwan iyabo izumi izzat jaba jaber jabir jabulani jaco
jacobus jae-won jaehyun jaewon jagan jagdeep jagjit jagoda jahangir jahid jakob jalal
jameel jamil janaka janani janez jani janka jannat jannatul jannie jari jarmila jarmo
jaroslav jaroslava jasleen jasmeet jasmina jaspal jaswinder javad javed javeria jayanthi jaypee
jayson jef jenni jennilyn jenő jepchirchir jepkoech jeptoo jernej jesmin
jette jhumpa ji-eun ji-hoon ji-hye ji-min ji-soo ji-won ji-yeon ji-yoon jiahui jianguo jianhua
jianjun jianping jiaqi jiawei jiaxin jiayi jide jieun jiho jihoon jihye jin jin-woo jindřich jingjing
jintana jinwoo jiro jitka jiwon jiyeon jiyoon jiří joana johan
jojo joko jolanda jomar jomari jonalyn joon-ho joonas joonho jorik josef josefin
jovana jovelyn joydeep jože juho jumana jumoke jun-seo jun-woo
junaid junjie junko junseo junwoo juraj jussi jyothi ján jános jéssica jóhann jóhanna
józsef jørgen júlio kaan kaarina kaat kabiru kader kadir kaede kaew kafui kagiso kaija kaisa
kaiwen kakha kalaivani kalina kaloyan kalyan kalyani kamal kamala kamarul kamila kamohelo kamonwan kamran
kamsi kamyar kanako kanchana kannan kanokwan kanya karabo karanveer karel karine
karla karol karthik karthikeyan kartik kartika kartini kashif kassahun kassem kasun
katarina katarína kateryna kateřina kathir katja katlego katrien katrín katsuhiro kaur kaushalya
kaushik kaveh kavinda kavitha kavya kayode kazuko kazuo keabetswe kebede keerthana keerthi
kehinde keisuke kekeli kelechi kemi kenichi kerem keren ketevan keti
ketino keyvan keza kgomotso khadijah khai khairul khaled khaleda khanh khanyisile khatia khoa kholofelo
khurram khushi khánh khải kiara kiarash kibet kidist kidus kiet kimia kimmo kimutai kipchoge kiprono kiprop
kirandeep kiril kirsi kishore kittipong kittisak kiệt kjell kjersti klara klaudia
klára knarik knud knut koba kobina kodwo koharu koichi koki kolawole komal
konstantina koos kosisochukwu kosuke kouki kourosh koushik kowsalya krasimir krešimir krikor
kristián kristján kristína kristóf kristýna krisztián kriti
kryštof kseniya kulwinder kumiko kumudini kunal kunle kusal kwabena kwadwo
kwaku kwamena kwasi kweku kwesi kyoko kyriaki kyriakos kálmán károly kátia kübra ladan ladi ladislav lado lahiru
laiba lajos lakshya laleh lali lamai lanre larai lasantha lasha latha latif
laurențiu lauri lavanya lavi lavinia lawal laxmi lazar leandro lebo lebogang leevi lela lemlem
lene leni lennart leonid leonidas leonora lesego lestari letícia levan levent
levente levon leyla liat libor libuše liesbeth lieven liezl lihi lihle lihua lijuan lika lili lilia
lilit lilja lilla lilyana limor lingling linh linnéa linus lior liora lipi liping lito liviu
lixia liya liza lizelle liên ljiljana loes lokesh loredana lubna lucian
lucija ludvig lujain lukáš lulama luminița lungile luqman lurdes lusine luyolo luzia
luzviminda lwazi lyubomir lyubov lászló lộc maame madhavan madhavi madhumita
madhuri madiha madushan mafalda magdalini magdolna magesh magnús maha mahalakshmi maham mahbub mahdi
mahdieh mahela maher mahira mahlet mahmud mahmuda mahmut mahnaz mahnoor mahsa mahtab mai maia mainak
maira maja majed majid malak malathi malee malene mallika malsha malthe mamta mamuka manal manana
manasa mandeep manee mani manikandan manisha manjit manjot manny manolis
mansoureh mansur mao maral marcell marcelo marelize maren margareta margarit
margrét mari mariami marianna maricar maricel mariko marilou
mariska marissa marit marites marivic mariya marián marjan marjatta markku marko markéta
marte marthe martim marwa marwan maryam masahiro masako masao masego mashrafe masoud masoumeh
masud matei matej mateus mathis matjaž matti mattias matěj mawuena
mawuli mayank mayar mayumi mazen mbali medea megawati megha megumi mehdi mehedi mehran
mehrdad mehri mehwish meir meital mekdes mekonnen melek melike melker menachem mengistu mengyao merab merav merel
merja meron mert mervat meryem meseret mesfin metin metka mher michaela michail michiel
mieke mihaela mihai mihail miho mihály mikheil miki mikkel miklós
milad milagros milana milla milorad min-ho min-ji min-seok minato minenhle
mingxuan minh minho minjun minna minseo minseok mircea miri miriam
miroslava mitali mitra mitu miyu mizanur miłosz mladen moataz modupe mohammadreza
mohd mohit mohsen mohsin moin mojca mojgan mojtaba momchil mominul momoka momčilo monir moran
mordechai morenike morteza moshe mostafa moumita mounika mounir mourad moushumi mousumi mpho mthunzi mubashir
mudassar muhammadu muhammed mujibur mulu mulugeta mumtaz muna munachi muneeb munir munira murad
murugan musa mushfiqur mushtaq mustapha muthoni muthu mwajuma mwanaisha mykhailo mykola mylene myrna
myrthe myrto mzia márcio mária máté märta mónika naama nabeel nabila nachman nadav nadeeka nadeem
nadeesha nadine naeem nafula nagarjuna nagendra nahid nahom naila nairi najla nakato naledi nalin
namrata namubiru nanako nandha nandhini nandi nandini nanna nantana nanuli nao napat narayana narek
narges narine narong naser nasim nasimiyu nasir nasiru nasrin nasser nataša natela natia
natsuki nattapong nattaya natália natálie nauman navdeep naveed navid navya nawal nawaz nayden nazanin
nazia nazlı nazmi nazmul necati neda neelam neelima negar negash nehir nekesa nektarios nele nemanja
nenita nermin nesma nesreen nesrin nestan neta netsanet nevena nevenka nga ngan ngoc ngân ngọc nhan nhat nhi
nhlanhla nhung nhân nhật niaz nicolae nicoleta nida nidhi nihat nii nika niki niko
nikolay nikoleta nikolett nikoloz nikos nilay nili nilmini niloufar nilufar nima nimali nimra
ning nino niran nirmala niroshan nisreen nithya nitin niyi nizar njoki nkechi nkiru nkosinathi nnamdi
nneka noa noam noboru nodar noga nokuthula noman nompumelelo nomsa nonoy nonso noora noraini
norazlina noreen norhayati noriko nosipho noura noémi nshuti nune nura nuray nurul nusrat nutsa
nuwan nvard nyambura oana oanh obaidul obiageli obiora octavian odysseas ofentse ofer ofir ofra ofri ogechi
ognyan ohad oindrila okechukwu olamide olanrewaju olav olawale oleksandr oleksiy olena olivér
olle olli oluchi olufemi olusegun oluwadamilare oluwafemi oluwatobi olwethu omer
omid omolara omotola ondřej onni onthatile onur onyeka opeyemi orathai oratile oren ori orit orsolya orvokki
osama osamu oskari osnat otar othman ottó outi ovidiu owais oyinkansola ozioma oğuz oľga paata
pacita pairoj palani palesa pallavi palle panagiota pandian panos panu papia paramjit
paraskevi parastoo pardis pari parisa parminder paromita parsa parth partha parvathi parveen parvez parvin parviz pasi
patcharee patrycja patrícia pattaraporn pavan pavithra pavlina pavlos pavol pawan
payal payam payel pegah pejman peng penka pensri pentti perla pernille pervez petri
petro petros petru petya peyman phimchanok phong phongsak phuc phumzile phuong phát phúc phương piet
pihla pinaki pirjo piroska piumi piyali plamen polina poonam pornthip porntip poul poulami
pouya prabhjot prabhu pranav prasanna prasenjit prasert prasit prateek pravallika praveen
prayut predrag preethi primož priscila pritam priyanka puneet pushpa puspa puspita
putri páll päivi péter pınar přemysl qasem qasim qian qing quan quang quoc quynh quân quốc quỳnh rabab
rabia rachna radhika radin radka radoslav radu radwan rafaela raffi rafiq
rafiqul raghav raghavendra raghu ragnheiður ragnhild raha raheel rahel rahim rahma rahmat raija raimo
raimunda raimundo raisa rajarshi rajasekhar rajat rajeev rajendran rajeswari rajib rajinder raju rajveer
rakib ralitsa raluca ramana ramazan rambabu ramil ramin ramkumar ramona ramu ramy ramya rana
randa randi rangga ranjan ranjit ranjith rasha rasheed rashidi rashmi rastislav ratana
ratih ratko ratna rattana ravinder ravit rawan raya rayan rayssa razak razia recep refilwe rehan rehema
reiko remco remedios remus revathi revaz revital rey reynaldo reza rezo riaan
riaz ridwan rie riitta rika rikke rimsha rina rini risa rishi risto rituparna ritva rivka
riya rizki rizky rizwan robbe rodel rodica rodolfo rohani rohini rokeya rolando romi rommel
romualdo ronak ronel roni ronit ronke roos rosita rositsa rosli rosnah rostam rosângela rotem rowena
roxana roya rozita ruan ruba rubel rubina ruchi rudi ruel rukayya rukhsana ruksana rula ruma rumana rumi
runa rungnapa ruoxi rupa rupsa rusudan ruti ruwan ruwani ruzanna ružica ryo ryosuke
réka róbert răzvan saad sabbir sachiko sachini sachith sade sadia sadiq sahar sahil
sahithi sai saiful sailaja saima sairam sajid sakchai sakib sakshi saleem salih salim salisu salla salmah salman
salome saman samaneh samar sameer sameera samina sampath sampurna samvel samy sana sanae sanath
sanaz sanchita sandhya sandile sandip sandro sanduni sang-woo sangeetha sangwoo sani sanja
sanjeewa santhosh saowalak sapna saqib sarabjit sarala saranya sarath saratu saravanan sarawut
sarfraz sargis sarit sasikala sasithorn sathish satish satnam satria saurav sawsan sayaka
sayan saša schalk sebastiana sebastião seble seda sedat segun sehrish sekar sekhar selasi selim
sello selvam selvi semra sena senait senam senja senthil seo-hyun seo-jin seo-yun seohyun seojin
seojun seoyeon seoyun sepehr sepideh seppe seppo serap serdar sergiu serhiy setareh seun seung-
min seungmin sevak sevgi sevim sewwandi shabana shabnam shadi shafiq shafiqul shahbaz shahd shahid shahidul shahin
shahla shahnaz shahram shahrul shahzad shahzaib shai shaima shaimaa shaista shaked shakeel shakib shamim
shampa shani shankar shantanu shanthi shapla sharmila sharmin shashika shaurya shayan shazia shehu shehzad shereen
shigeru shikha shila shilpa shimon shinichi shinji shiori shira shiran shireen shirin shiva shivam shiyu shlomo shoaib
shohei shokoufeh shreyas shuai shubham shufen shuhua shunsuke shushan shuvo shweta si-woo siamak
sibel sibusiso siddhartha siddiq sidra sigal signe sigrún sigurd sigurður siiri silje
silviu silviya sima simin simisola simão sinan sindisiwe sindre sinikka sinta siphesihle
siranush sirinya siriporn sirisha siriwan sirpa sisay sissel siti siva sivakumar sivaraj siwoo sixten siya
siyabonga siyu sizwe slamet slavica slávka smadar smaranda smbat snezhana snorri so-hee
so-yeon sobia sofie sofija sofiko soha sohail sohee soheila sohel sohini sohrab somayeh sombat somchai somjit
somkid somnath somporn somsak somsri somto somtochukwu somying sona sonali sonam sondre songül soojin
sopho soraya sorin sorina soroush sotirios soumya sourabh sourav souta sowjanya sowmya soyeon soňa spyridon
sravan sravani sravya sreeja sridevi sridhar srikanth srilatha srinivas srinivasa srđan
stathis stav stavroula steen stefka stefán steinunn stelios stepan stephanus sterre stian
stina stine stjepan stoyan stylianos su-jin subbarao subhajit subramanian subrata suchart suchitra sudarat
sudeshna sudheer sudhir sudipto sufyan suha suhail sujatha sujin sujoy sukanya sukhdev sukhpreet
sulaiman sulayman sule suleiman sumaira sumaiya sumana sumanta sumathi sumaya sumayyah sumbul sumire sumit sumon
sundar sunee sunette sung-hoon sunghoon sungmin supachai supaporn supriya supriyo surachai
surajit suranga suraya suren surinder surya sushil sushma susilo susmita sutthipong suwanna
svein sveinn svend svetoslav swapan swathi swetha syafiq syafiqah syahrul syazwan synnøve
szabolcs szilvia sándor sáng sânziana sólveig sónia søren süleyman sławomir sơn tadej tadesse
taha tahereh tahir tahira tahmina taisiya taiwo takuya talal talatu talha tali talia tamal
tamanna tamar tamaz tamilselvi tamim tamir tamrat tamuna tamás tania tanima tanmoy tanushree tanveer
tanvir tapani taraneh taras tareq tarık taslima tasnim tasos tatevik tathagata
tatsuya tatul taufik tauseef tawfik tawfiq tayfun tayo tayyaba tebogo teboho teemu teguh teja tejaswi
tejinder tekle temitope temur tengiz teodor teodora teona teresita terhi terje teshome
tessie tewodros thaksin thalita thamires thanakorn thanasis thanawat thandeka thanh thao
tharindu tharushi thato thaís thea thembeka themistoklis thenmozhi thida thien thilina
thilini thinh thiru thisara thitima thiện thoa thulani thuong thuy thuỷ thư thương thảo thắng thịnh thủy tian
tien tigist tigran tiina tijana tijjani tijn tilahun tilda timur tinatin tingting tinna tippawan tirunesh
tithi titilayo tiên tiến toan tobi tochukwu todor toluwani tomas tomer tomiwa tommi
tomohiro tomáš torben torill tornike toshiro tosin tova toàn traian trang trinh trisha trond
truc trung trâm trúc trịnh tsegaye tsehay tshepiso tshepo tsion tsira tsubasa tsumugi tsveta tsvetan tsvetanka tuan
tudor tuhina tuija tumelo tuncay turgut turid tuula tuva tuyet tuyết tuğba tuấn twan tymon tzila tzipi
tzvi tài tâm tímea tülay tünde türkan uche uchenna udari ugochi ujjwal ulyana umair umar ummi
umutoni unni unnur upeksha upul urmi urmila uroš urška usama usman uthman uttam uwase uyen uyên uzair
uzma uğur vahan vahe vahid vaishnavi vakhtang valli vamsi vandana vangelis vani vanitha
vanja varalakshmi vardan varduhi varsha varuzhan varvara vasanth vasavi vasil vasile
vasilis vasilisa vasu vasuki vasyl vazgen vazha vedant veerle vegard veikko veli velichka velu venkata
venkatesh venla venu vered veronika vesela veselin vidar vidya viera vigdis vignesh
vikas viktoria viktoriya viktória villads vilmos vimal vinay vinh vinícius violeta
viorel viorica virgilio vitaly vitória việt vlad vlasta vlatka vojislav vojtěch
volodymyr vratislav vuk vusi václav vân väinö vít věra wafa wafaa wahyu wairimu wakana waleed
wanchai wangari wanida wanindu wanjiku wannes waqar waqas waraporn warre warunee waseem
wasim wasswa watchara wati wawan weerapong weidong weiwei wenhao wenjie wenjun wichai wichit widad
wiktor wilfredo wilhelmina winai wojtek wolde workneh wout
wulan wynand xiao xiaohong xiaohui xiaojun xiaoli xiaomei xiaowei xiaoyan xiaoyu xinyi
xiulan xiuying xolani xuan xueying xuân yaa yaakov yael yahel yahia yahya yair yakubu yamato yana yanling
yanping yanti yara yarden yaroslava yasaman yaseen yasemin yashoda yasin yasir yasmeen
yasser yassin yasuo yavuz yayra yazan yazid ye-ji ye-jin ye-rin yehoshua yehuda yehudit yeji yejin
yeliz yerin yeshi yetunde yevgenia yevgeniy yevgeny yfke yichen yifat yigal yingluck yingying yinka yitzhak
yixuan yiğit ylva yoav yocheved yohannes yoichi yoko yolandi yona yonas yonatan yong yordan yordanka yosef
yoshio yoshiro young-ho youngho yua yudi yuhang yuhua yuichi yuji yuka
yumei yumiko yunus yupin yuriy yury yusra yusuke yuting yutong yuval yuvaraj yuxin
yuxuan yuya yıldız yılmaz yến zahid zahraa zain zaiton zakaria zakariya zakhar zalán zaruhi
zaven zawadi zayd zayed zaynab zaza zbyněk zdeněk zdeňka zeeshan zehava zehra zeina zeinab zeki
zenaida zerihun zerrin zewditu zeyu zhanna zhenyu zhi zhihao zhiqiang zhivko zhiwei zhiyuan ziad ziaur
ziba zihan zikri zina zinhle ziv zixuan ziyad ziyi zlata zlatica zlatko zodwa zohar zohreh zoi zoltán
zorica zornitsa zsolt zsuzsa zsófia zubaida zubair zubairu zulaihat zulkifli zurab zuraidah zuzana
zviad zvonimir ádám ágnes árni áron árpád ásdís ásta åke åsa åse éva ólöf ömer özgür özlem
øyvind ümit þorsteinn þórunn þórður đorđe đạt đức ľubomír ľuboš şerife şeyma şule şükrü šimon špela štefan
štěpán šárka žarko željka željko žiga ștefan
`;

export const WORLD_SURNAMES: readonly string[] = words`
aalto aaltonen aasen abashidze abbas abbasi abdallah abdelaziz abdo abdou abdullah abdullahi abe abebe abera abeyratne
abeysekera abeywickrama abrahamsson abrahamyan abramov abubakar acar acheampong addo adebayo adebisi adekunle
adeleke adeniyi adeoye adesanya adewale adewumi adeyemi adeyinka adjei afanasiev afolabi afridi
aghajanyan agyei agyeman ahmadi ahmadzadeh ahmed ahn ahonen ahuja aidoo ajayi akande akbari akgül akhtar akimov
akinola akinyemi aksenov aksoy akter akther akın al-rashid alabi alam alavi alawi aleksandrov alekseev alemu
alexandrov alexiou aliyu alizadeh alrashid altun altıntaş amankwah amar amarasinghe amare amiri amiryan amissah amoah
ampofo amponsah amsalem amundsen anagnostou anand anane andersen andersson ando andreasen andreassen andreasson
andreev andrei andresen angelopoulos angelov anghel anisimov ankrah annan ansah antal antoniou antonov antonsen
anttila antwi anwar anyanwu aoki appiah apte aquino arakelyan ardeleanu arhin ariffin arkhipov arnesen arslan
arvidsson arzoumanian asadi asamoah asante asatryan asfaw ashour ashraf asiedu aslam aslan aslanyan assefa atanasov
ateş athanasiou attias atwal avagyan avakian avcı avetisyan avraham awad awan awuah axelsson ayalew aydoğan aydın
ayele ayodele ayoub ayyub aziz azizi azoulay babayan babić badawi badenhorst badu baek baghdasaryan bagheri bahrami
bai baidoo baig bains bajwa bakar bakari bakke bakken bakos bakr bakradze balog balogh balogun baloyi balázs baláž
bandara bandaranaike barak barakat baranov barasa barbu barta bartoš basu bautista bayram başaran bedi
bediako bednář bedrossian begić bekele bello belousov belov belyaev bempong ben-ami ben-david ben-haim beneš bengtsson
beran berge berggren berglund bergman bergqvist bergström berhanu beridze berntsen bertelsen bezuidenhout bhalla bhat
bhatti bhuiya bhuiyan bhullar bielik birhanu birkeland biryukov bishara bisht biswas biton bizjak
bjarnadóttir bjarnason björk björklund björnsdóttir björnsson blaho blažek blažević blom blomqvist bláha boakye
boateng bochorishvili bodnár bogdanov bogdán bolkvadze bondar bondarenko bonifacio bonsu boonyarat borisov borkowski
boros botha boutros boyajian boyko bozkurt bošnjak božić božič brabec brar bruun budai bui bukhari bulut bureš buskila
buthelezi bykov byun bálint bíró bùi bălan bąk błaszczyk cai cao carlsen carmi cayetano chacko chadha chae chahine
chaisiri chaiyasit chami chan chandimal chang charoensuk chatzis chau chaudhary
chaudhry chavan chavchavadze cheema chen cheng cherian chernov chernyshev cheruiyot chetty cheung chien
chikovani chiriac chiu chkheidze cho choi chong chou choudhury chowdary chowdhury
christiansen christodoulou christoffersen chu chua chukwu chukwuma chun chung châu ciobanu claesson
clausen coetzee cohen cojocaru coman constantin constantinescu corpuz cozma coşkun cristea cronje cruz cui czarnecki
dabbagh dadiani dadzie dahan dahl dahlberg dai damanik daneshvar dang danielsen danielsson danielyan danilov danjuma
dankwa danso darko darwish datta daud davtyan davydov dayan degefa delacruz delić demidov demir demirci demissie deng
denisov deol deshpande desta deák dhaliwal dhillon diaconu dias dibaba diep dimaculangan dimitriou dimitrov
dimitrova dimopoulos dinescu dinh dinu dissanayake dizon diệp dlamini dmitriev doan dobos dobre dobrev dolenc doležal
dolidze domingo donkor dostál doukas doğan dragomir dsouza duah duan duda dudás duman dumitrescu dumitru
duong durmaz durrani dutta dvořák dwivedi dzneladze dąbrowski dương ebrahimi economou edirisinghe edri edvardsen
efimov efremov egorov eide einarsdóttir einarsson eiríksson eisenberg ekanayake ekinci eklund ekström ekwueme el-masri
el-sayed elbaz eliasson ellingsen elsayed emelyanov emenike enache endo engelbrecht engström enriquez eom erdem
erdoğan ergün eriksen eriksson ermakov esfahani eshun eskandari eskola esmaili espiritu essien evensen eze
ezeh ezenwa falk fallahi farag farahani farkas farkaš farouk fashola fawzy fazekas fedorov fedotov fehér fekete
feldman feng fernandes fernando feyisa fiala fikadu filatov filippov fjeld florea fodor fomin forsberg fosu fouad
fourie frandsen fransson frederiksen fredriksen fredriksson friedman friis frimpong frolov fujii fujimoto fujita
fujiwara fukuda fung fyodorov fábián fülöp gabay gaber gaikwad gajdoš galang galanis galstyan gamage gamal
gamsakhurdia ganchev gao garabedian garba garg garibashvili gasparyan gavrilov gebre gebremariam gebreselassie
gelana gelashvili gemechu genchev georgescu georgiadis georgiev georgieva georgiou gerasimov getachew gevorgyan
ghaffari ghafouri ghanem ghartey ghasemi ghazaryan gheorghe ghorbani giang giannopoulos gil gilani ginting
giorgadze girma gitau githinji goderdzishvili gogia gogoladze goh gokhale goldberg golob golubev goncharov gondal
gonsalves gorbunov gorshkov govender goyal grabowski grachev greenberg grewal grgić grigore grigoriev grigoryan
grishin grobler gromov gudeta gulbrandsen gulyás gumede gunaratne gunasekara gunawan gunawardena gundersen
gunnarsdóttir gunnarsson guo gurgenidze gusev gustafsson guðmundsdóttir guðmundsson gvenetadze gyamfi gál gáspár
górski güler gündoğdu güneş güven habib habibi habimana hadad haddad hadžić hagopian haile hailu hajdu hakala hakobyan
halabi halevi halim halldórsdóttir halldórsson halonen halvorsen halász hamad hamdan hamdi hamidi hamisi han
hanssen hansson hao haque hara harada harahap haraldsson harari hariri hartono harun harutyunyan hasanović hasegawa
hashemi hashimoto hashmi hassan hassanzadeh hattori hatzis haug hauge haugen haugland havel havlíček hawlader hayashi
hedlund hegazy hegedűs heikkilä heikkinen heinonen heiskanen helgadóttir helgason hellström helmy heng henriksen
henriksson heo herath hermansson hettiarachchi hewage heydari hidayat hijazi hiltunen hirano hirvonen hlinka hlongwane
hoang hodžić holmberg holmgren holub honcharenko hong honkanen hoque horowitz horvat horváth horák hosen hosny hossain
hosseini hosseinzadeh hou hovhannisyan hovsepyan howlader hoàng hribar hric hristov hrubý hruška hsieh hsu huang hudec
hudák hui hussein hussin hutapea huttunen huynh huỳnh hwang hyun hájek hämäläinen håkansson ibekwe ibrahim idris igwe
ihejirika ikeda ikonen ilie iliescu iliev ilić illés ilyin imai inoue intharasuk ioannou ionescu ionița iordache iqbal
isaev isaksen isaksson isfahani ishchenko ishida ishii ishikawa ispas issa ito ivanenko ivanishvili ivanov ivanova
iversen iwasaki iwata işık jaafar jabbar jaber jabłoński jacobsen jadhav jafari jafri jahangiri jaidee
jain jakab jakobsen jakobsson jakubowski jalali jamal janda janelidze jang janković jankowski jansson jasiński
javakhishvili javed jaworski jayakody jayaratne jayasinghe jayasuriya jayawardena jayawardene jelínek jeon
jeong jeppesen jepsen jespersen jessen jha jia jiang jikia jin johal johannessen johansen johansson johnsen jokinen
jonsson joo joubert jovanović juhász jun jung jurić jurčo jutt järvinen jääskeläinen jóhannsdóttir jóhannsson
jónsdóttir jónsson jónás jönsson jørgensen kabbani kabir kadam kadlec kagan kahn kahraman kakabadze kalinin
kalinowski kallio kamali kamath kamau kamel kamiński kanaan kaneko kanev kang kapanadze kaplan kara karaca
karagiannis karakaya karalis karam karanja karapetyan karataş kardashian karimi kariuki karjalainen karlsen karlsson
karpenko karpov karppinen karunaratne kashani kasparian kassa kassem kassim kato katona katsaros katz kavčič kawaguchi
kaya kazakov kazda kazemi kazmi kebede kelemen keskin ketola kettunen kevorkian khachatryan khachaturian
khalil khalili khan khandaker khani kharaishvili kharchenko kharitonov khatib khattak khatun khoo khosravi
khouri khoury khumalo khurana khutsishvili kiani kibet kieu kiknadze kikuchi kiladze kilonzo kim kimani kimura kimutai
kinnunen kinoshita kinyua kioko kipchoge kipiani kiplagat kiprono kiprop kiptoo kirakosyan kirillov kirov király kis
kiselev kitamura kittikun kivelä kiều kjeldsen kjær klemenčič klimov klymenko klíma kmeť knežević knudsen knutsen
knyazev kobakhidze kobayashi kocabaş kocsis kodikara koech koh kohli koivisto koivula kojima kokkonen kolar kolarov
kolesnikov kolev kollár kolář komarov kondo konečný konovalov konstantinou kontos koo koomson kopecký korhonen korir
korkmaz korolev kosgei koskinen kostenko kostić kostov kotov kotze koutsoukos koval kovalchuk kovalenko kovalev kovač
kovačević kovačić kovačič kovács kováč kováčik kovář kowalewski kowalski kozlov kozma kozłowski koç kočiš
krajnc kralj krasnov kratochvíl kravchenko kravets krejčí krishnan kristensen kristiansen
kristjánsdóttir kristjánsson kristoffersen krylov král kráľ król kuang kubo kubíček kucharski kudryavtsev
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
makris maksimov malan malik malinowski malka maltsev malyshev malý manalo manea mangubat manninen manole
manoogian mansor mansour mansouri manukyan manurung mao marais marchenko marcos mardirossian mareš margaryan
margvelashvili marinov marić marković martinsen martinsson martirosyan martynov maruyama maseko masilela maslov masri
massawe masuda matar matei mathebula mathiesen mathisen matić matoušek matsuda matsui matsumoto matsuo mattar mattila
mattsson matuška matveev mavros mazibuko mazilu mazurek mašek mbah mbugua mbwana mchedlishvili medvedev
mehmedović mehra mekonnen meladze melkonyan melnikov melnyk memon mendis meng mengistu mensah
mercado mesároš metreveli miah michailidis michalski miettinen mihai mihaylov mihăilă mikeladze mikhail
mikhailov mikkelsen mikuláš milošević minasyan mironov mirza mirzaei mitev mitra mitrović miura miyamoto
miyazaki mizrahi mkhize mkrtchyan mlakar mnatsakanyan mnguni mocanu mofokeng mogensen mohamad mohamed mohammadi
mohammed moiseev mok mokoena mokwena moldovan molefe molla mollah molnár mondal moodley moradi moraru moravec mori
morita moroz morozov mortazavi mortensen moskalenko mostafa mostert motamedi motaung mousa mousavi moussa movsisyan
msuya mthembu mualem mugisha mugo mukasa mulugeta munasinghe munteanu muradyan murakami muriuki murthy musa
musavi musil mustonen musyoka mutai mutua mwangi mwendwa myhre mäkelä mäkinen månsson mårtensson mészáros mølgaard
møller nader naderi nadiradze naguib nagy nahum naicker naidoo naik najafi najjar nakagawa nakajima
nakamura nakano nakata nakayama nam nanayakkara nanda nandi naqvi narayanan nasr nassar nasser nassif nasution
natsvlishvili naumov navon navrátil nazarenko nazari nazarian nazarov nazaryan ndlovu ndungu neagu nedelcu
negash negi nesterov ng ngcobo nghiem nghiêm ngo ngugi nguyễn ngô niazi nicolescu niculescu nielsen niemi
nieminen nikbakht nikiforov nikitin nikolaev nikolaidis nikolaou nikolić nikolov nikolova nilsen nilsson nishida
nishimura nissen nistor niu niyonzima njenga njoroge nkosi nkrumah nnadi noguchi nordin nordström nortje nouri novak
novikov novotný novák nowakowski nowicki nozadze nsubuga ntuli nugroho nurmi nwabueze nwachukwu nwafor nwankwo
nwosu nwoye nxumalo nyaga nyame nyarko nyberg nygaard nygård nyström næss németh nørgaard němec obeng obiora oblak
obradović ocampo ochieng odeh odhiambo odinga odusanya ofori ofosu ogawa ogbonna ogbu ogola oguejiofor ogunbanjo
ogunbiyi ogundele ogundipe ogunlana ogunleye ogunsanya ogunwale ohanian ohayon ohno oikonomou ojala ojo okada okafor
okamoto okeke okello okonkwo okoro okoth okoye okpara okropiridze oladele oladipo olaniyan olatunji olawale olesen
oliynyk olofsson olowu olsen olsson olszewski oláh omar omondi ondruš ong onishi ono onuoha onwuka onyango onyeka
onyema ooi oosthuizen oparah opiyo opoku oppong oprea orlov orosz orsós osei osipov ostrowski othman otieno ouma
ovchinnikov owino owusu oyebanji oyewole pachulia padayachee pai paik panagiotopoulos panayotov panganiban
pangilinan panjaitan pannu panov papadakis papadimitriou papadopoulos papadopoulou papageorgiou papanikolaou papava
papazian papp pappas paracha paraschiv pardede pascual pathirana patil patwary paulsen pavić pavlenko pavlov
pavlović pavlík pawar pawłowski pedersen peiris peled peltonen penev peng perera peres peretz perić permana
persson pesonen petek petersen petkov petrenko petrescu petrossian petrosyan petrou petrov petrova petrović pettersen
pettersson pešek pham phan phromma phua phung phùng phạm pillay pintér piotrowski pitkänen plotnikov
poghosyan pohan pokorný polat polishchuk polyakov ponomarenko ponomarev popa popescu popov popova popović pospíšil
potapov potgieter potočnik poulsen pourmohammadi prabhu prasad pratama preda premadasa pretorius prinsloo procházka
prokhorov prokofiev purba putra pușcaș pyo pyun pál pálsson pásztor pålsson qasim qian qin qiu quach quansah quarshie
quaye quek quách rabin rabinovich rabinowitz radebe radev radić radovanović radu rafiei ragab ragnarsson rahim
rahimi rahman rahmani rajan rajapaksa rajapakse rajput ramaswamy ramli rana ranasinghe randhawa rantanen rao raptis
rashid rashidi rasmussen rathnayake ratnayake rattanakul rawat razavi razmadze regassa rehman ren reyes
rezaei rezazadeh rhee rissanen ristić rizk rizvi rodionov rodrigo romanov rosenberg rossouw rostami rotaru
rotich rozman rudenko rukhadze rumyantsev rusu rutkowski ruto ruud rybakov ryu rácz räsänen rønning růžička saad
saakashvili saarinen sabag sabbagh saberi sabry sackey sadeghi sadowski sadri saeed saeheng saelim saetang safonov
saha sahakian sahakyan sahota saito sakai sakamoto sakurai salah saleh salehi salim salleh salminen salo
salonen samadi samarasinghe samaraweera samuelsson sandberg sandhu sandström sandu sangha sano santoso saputra
saragih sarfo sargsian sargsyan sarkar sarker sarkissian sarmiento sarpong sarı sasaki sasson sato sattar savchenko
savelyev savin savić savolainen sawant sawicki saxena sayegh seah sedláček segal sekhon sembiring
semenov semyonov senanayake seong seppälä sergeev setiawan sezer shabalala shah shahbazi shaheen shahin
shamsudin shao shapira shapiro sharabi sharifi shawky shcherbakov shehata shehu shen shengelia
shevardnadze shevchenko shevchuk shi shibata shiferaw shimizu shinde shirazi shirima shokri shrivastava shukla shukri
siddique sideris sidhu sidorov sigurðardóttir sigurðsson sihombing sikder simanjuntak simbolon
simeonov simiyu simić simonian simonov simonsen simonyan sinaga sinha sipos siregar sirisena siriwardena siriwat
sirola sison sitepu sithole sitompul situmorang siu sivertsen sjöberg sjögren skov skvortsov skála slavov slavík
sloboda smirnov smirnova sobolev sohn sokolov sokolova sokołowski solberg solheim soliman soloviev solovyov soltani
somogyi sood soomro soriano sorokin soukup soós srisawat srisuk stanciu stanković staněk stavrou stefanov
stefánsdóttir stefánsson stepanov stepanyan steyn stoica stojanović stoyanov stoyanova strydom ström strömberg strøm
stănescu subramaniam subramanian sudirman sugawara sugimoto sugiyama suh suharto sukarno sukjai sulakvelidze
suleiman sundberg surdu suri susanto sutrisno suwannarat sveinsson svendsen svensson svoboda swai swamy swanepoel
swisa sydorenko syed szabó szalai szczepański sze szekeres szilágyi szymański székely szőke szűcs sárközi
sârbu sæther söderberg sönmez søndergaard sørensen sýkora tabatadze tabrizi tadesse tafesse tagoe taha taheri tahir
takada takagi takahashi takano takeuchi takács talukder tambunan tamura tanaka tandon tangen taniguchi tannous tanoto
tarasov tarigan tashjian tavakoli tawfik taş tefera tehrani tekeste tekin tekle teklehaimanot tennakoon teo ter-
tesfaye tetteh thach theodorou theron thilakaratne thomassen thomsen thongdee thoresen thorsen thạch
tian tichý tikhomirov tikhonov tikkanen tilahun timofeev titov tiu tiwana tkachenko tkachuk todorov todorova
todorović toh toivonen tolentino toma tomaszewski tomić tomko tonev toprak touma tran triantafyllou trieu trinh
tripathi triệu trofimov truong trương trần trịnh tsai tsang tsao tse tsegaye tseng tsereteli tshabalala
tsiklauri tsintsadze tsui tsvetkov tudor tulu tuncer tunç tuominen turan turgeman turunen twumasi tymoshenko tzur tóth
tôn török tănase tăng tůma uchida uddin ueda ueno ugwu ungureanu upadhyay uppal ursu usman uwimana uysal uzor uçar
vacek vahidi vainio vaknin valach valenta valtonen vaněk vardanyan varga varghese varma vasile vasileiou
vasilev vasiliev vasilyev vass vasylenko venkataraman venter veres vergara veselý vestergaard vidmar
vidović vik viklund viljoen villanueva villareal vincze vinogradov virk virtanen virág vlachos vlasov vlček vo
voicu volkov volkova vorobiev voronin voronov vu vuković vuong vávra väisänen vörös vương wachira wafula wahba
walia wallin wang wanigasekara warraich watanabe waweru weerakoon weerasinghe wei weinstein weiss wekesa weng wessels
wibowo wickramasinghe wickremesinghe widodo wijaya wijeratne wijesekara wijesinghe wikström wilk wiredu
witkowski wiśniewski wojciechowski wolde woldemariam wondimu wong wongsawat wongsuwan worku wróblewski
wu wysocki xaba xia xiang xiao xie xiong xu xue yaacob yakovlev yakubu yamada yamaguchi
yamamoto yamashita yamazaki yan yang yankov yao yaron yassin yasuda yau yavuz yazdani yeboah yegorov yeo yeung yilma
yim yin yiu yokoyama yoo yoon yordanov yoshida yoshikawa younes younis yousafzai yousef yousefi yu yuen yun yunus
yurchenko yusof yusoff yücel yüksel yıldırım yıldız yılmaz zahran zaidi zainal zaitsev zajc zakaryan zakharov
zaki zalewski zaman zamani zamfir zarei zawadzki zayed zeidan zelenka zeman zeng zewde zhang zhao zhelyazkov zheng
zhong zhou zhu zhukov zhuravlev zhvania zidan zieliński zinchenko zoghbi zou zungu zupan zupančič zwane árnadóttir
árnason åberg åkesson çakır çelik çetin çiftçi çınar ólafsdóttir ólafsson öberg önal özcan özdemir özer özkan öztürk
ødegård østergaard ünal þórðarson čermák černý čierny ďurica đinh đorđević đoàn đào đặng říha şahin şen şimşek šarić
šebesta ševčík šimek šimko štěpánek šťastný žilinský živković
`;
