/**
 * Abbreviated month names other than English, as `journalctl -o short` and other strftime `%b`
 * output print them under a non-English LC_TIME (`Απρ 15 12:20:28 mx2 postfix/...`, seen in
 * kumina/postfix_exporter#76). rsyslog and Postfix itself always write English names.
 *
 * Data, not code: extracted from the glibc 2.36 locale sources (Debian package `locales`
 * 2.36-9+deb12u14, /usr/share/i18n/locales/*, the `abmon` and `ab_alt_mon` lists of LC_TIME,
 * following `copy` directives), 190 languages. Lower-cased; names with spaces or ASCII digits are
 * left out, as are the English ones (time.ts has them). 39 names mean different months in
 * different languages: 16 take the month most locales give them (`lis` is November in Polish and
 * Czech, October in Croatian), and the 23 ties are left out (`srp`: August in Czech, July in
 * Croatian), so such a line is reported as unrecognised rather than dated to a guess.
 *
 * One string per month, January first, names separated by spaces.
 */
export const LOCALE_MONTH_NAMES: readonly string[] = [
  // jan
  'ama ark bhi dja ean ene eni faoi fer gen gen. ghe ian ini ion j-guer jaan jan. janv. jen jän kob kohi kăr led mqu mut oca ođđj pet qun s-ɔ san sau saus. sii sij sty stë sñt sān tammi urt xan xin yan yen zan zen çil ýan ğın ιαν ажь гыйн сту січ тохс шрк янв яну јан қаң հնվ יאַנ ינו جانفي جنؤری جنوري جنوری يانۋار ينا يناير ژانویه کا٢ ޖެނުއަރީ जन जनवरी जन॰ जानुवारी जाने जानेवारी बैसाख জান জানু ਜਨ જાન્યુ ଜାନୁଆରୀ ஜன ஜன. జన ಜ ಜನ ജനു ජන ม.ค. ມ.ກ. ཟླ་༡ ဂျာန် ဇန် လိူၼ်ၵမ် იან ልደት ጃንዩ ጠሐረ ጥሪ ᔮᓄ ១ ṣẹ́rẹ́ 一 一月 ꭴꮓ',
  // feb
  'chk chw col cʼhw fab fbl feabh feb. febr febr. fee fep fev few fib fiw fra fre fur fév févr. fēp gas gearr gro guov gur helmi hla hor hui hwe k-ɔ kup lab luh lut mdu nah nar ots peb phi shk sib sñs t-arree thang tsi van vas vas. veebr velj èrèlè úno şub φεβ ақп жәаб лют олун пгж феб фев փտր פֿעב פבר شباط شوب فبر فبراير فبروري فرؤری فروري فروری فوریه فيفري فېۋرال ފެބްރުއަރީ जेठ फबरवरी फर फरवरी फ़रवरी फ़र॰ फेब्रु फेब्रुअरी फेब्रुवारी ফেব ফেব্ৰু ਫ਼ਰ ફેબ્રુ ଫେବୃଆରୀ பிப் பிப். ఫిబ్ర ಫೆ ಫೆಬ್ರ ഫെബ്രു පෙබ ก.พ. ກ.ພ. ཟླ་༢ ဖေ လိူၼ်သၢမ် ဝှေဝ် თებ ለካቲ ከተተ ካብኽ ፌብሩ ᕕᕗ ២ 二 二月 ꭷꭶ',
  // mar
  'ada bit bře cig e-ɔ fam kov. kul kuo maalis mac mars març mas mat mayrnt maʻa mbo meu meɣ mie mop moz mrt màrt márc márta mã¤r mäe mär märts mås měr njuk ožu pan pou puš sad sqe str the uya vul wer xam μάρ μαρ бер кул мар нау сак хәажә ӱрн մար מאַר מרץ آذار ئاز مار مارت مارس مارٕچ مارچ މާރޗް अषाढ़ मार्च मार्चि मार्स মার মার্চ মাৰ্চ ਮਾਰਚ માર્ચ ମାର୍ଚ୍ଚ மார் மார். మార్చి ಮಾ ಮಾರ್ಚ್ മാർ මාර් มี.ค. ມ.ນ. ཟླ་༣ မတ် မာတ် လိူၼ်သီႇ მარ መገበ መጋቢ ማርች ክብላ ᒪᔅ ៣ ẹrẹ̀nà 三 三月 ꭰꮕ',
  // apr
  'abr abr. afi afr agd aib aka ape api apl april apu arv avr avril avrril awr bal bal. cuoŋ dub dzi d’abr. e-o ebr elb eph epr gibl huhti jang kra kwi lam mab mme nis nîs pae pri qil tay tra yeb ápr éwt ìgbé łżë ʻepe απρ апр вшр кві кра муус мш сәу ապր אַפּר אפר آوریل أبر أبريل أفريل ئاپرېل اپريل اپریل نيسان نیس އެޕްރީލް अप अप्रिल अप्रेल अप्रै अप्रैल एप्रि एप्रिल एप्रैल सावोन এপ্রি এপ্রিল এপ্ৰিল ਅਪ੍ਰੈ એપ્રિલ ଅପ୍ରେଲ ஏப் ஏப். ఏప్రి ಏ ಏಪ್ರಿ ഏപ്രി අප්‍රි เม.ย. ມ.ສ. ཟླ་༤ လိူၼ်ႁႃႈ အေ ဧပြီ აპრ ሚያዝ አኀዘ ኤፕረ ፋጅኺ ᐃᐳ ៤ 四 四月 ꭷꮼ',
  // may
  'aru beal boaldyn cam can cax cèit duu e-k ell geg geg. gic gul hara keg khk kvě mae mag mai maig maj maz maí maý me mee mei mej mey mies moj mot máj môj mē sha shu sup svi tai touko şu μάι μαΐ ага лаҵ май мам мая мај тра ыам մայ מאי מײַ أيار ئای مئی ماي مايو مه مي مٓی میٔ مۍ މެއި भादो मई मे मेई মে ਮਈ મે ମଇ மே మే ಮೇ മേയ് මැයි พ.ค. ພ.ພ. ཟླ་༥ မေ လိူၼ်ႁူၵ်း მაი ሜይ ክቢቅ ግንባ ግንቦ ᒪᐃ ៥ ẹ̀bibi 五 五月 ꭰꮒ',
  // jun
  'birž. brá bėr chn cze czy djn eka geas giu haz hez hun iun iyn iýn iġñ i̇yn jon jug juin junh juni juny juu juuni jún jūn kam kesä lix lwi làm m-souree meh meith met mezh o-a pipi qas qer sil suw teg tsp vos wax xun xuñ yun yün zin zûg ògmh òkúdu čen čer ġun şĕr ιουν ιούν бэс июн июнь мау пдш рашә чер чэр юни јун հնս יונ ئىيۇن جوان جون جوٗن حزيران حوز يون يونيو ژوئن ޖޫން आसिन जुन जून जूनि জুন ਜੂਨ જૂન ଜୁନ ஜூன் జూన్ ಜೂ ಜೂನ್ ജൂൺ ජූනි มิ.ย. ມິ.ຖ. ཟླ་༦ ဂျုန် ဇွန် လိူၼ်ၸဵတ်း ივნ ም/ት ሠንየ ሰነ ጁን ᔪᓂ ៦ 六 六月 ꮥꭽ',
  // jul
  'a-k ado agẹmọ arg chl djl gor gou hei heinä hul hōngoi itc iuch iul iyl iúil iýl i̇yl j-souree jak jiy jui juil. jul. juli juuli júl jūl kha kor lai liep. lip lug lui lul lwa lëp lûg nya phu qad siu sul suoi tem tod tqw tîr upu ută uzt xnt xul yul yül zil čec ιουλ ιούλ июл июль лип ліп от срм шіл юли јул ԥхынгә հլս יול ئىيۇل تموز تەم جولاءِ جولائی جولاي جولای جويلية جوٗلایی يول يوليو يوليوز ژوئیه ޖުލައި कातिक जुल जुला जुलाइ जुलाई जुलै जुल॰ जूलाइ जूलै জুল জুলাই ਜੁਲਾ જુલાઈ ଜୁଲାଇ ஜூலை జులై ಜು ಜುಲೈ ജൂലൈ ජූලි ก.ค. ກ.ລ. ཟླ་༧ ဂျူ ဇူ လိူၼ်ပႅတ်ႇ ივლ ሐመለ ሓምለ ኰር ጁላይ ᔪᓚ ៧ 七 七月 ꭻᏸ',
  // aug
  'abu ag. aga ago ago. agt agu aog aok aoû août arh aug. aus avg avo avq awg awo aws awu aww ağu borg ct̓é d-ɔ d’ag. elo eos est gsh hag here juk kol leq luanistyn lùna lún mha ngc ngu oga ogos ogs oug pai pha rgp rugp. sid sie teb thu tiñ uut yag zél ágú ògún ögu öig şur žni ɣuc ʻaok αυγ αύγ авг атыр жні нанҳә сер срл там օգս אוג אױג آب آقۇست آگسٽ أغس أغسطس أوت ئاب ئاۋغۇست اوت اګست اگست غشت އޮގަސްޓް अग अगस्ट अगस्त अगहन अग॰ आगस्टु आगस्थ ऑग ओगस्ट আগ আগস্ট ਅਗ ઑગસ્ટ ଅଗଷ୍ଟ ஆக ஆக. ఆగ ಆ ഓഗ අගෝ ส.ค. ສ.ຫ. ཟླ་༨ လိူၼ်ၵဝ်ႈ အဝ် ဩ აგვ ማርያ ነሐሰ ነሓሰ ኦገስ ᐊᒋ ៨ ọgọ 八 八月 ꭶꮆ',
  // sep
  'ami avă cab cte cut dait eyl f-ɛ ful gwe gwn ira khu leo m-fouyir mahu med mfómh ndz nyo nze owewe qel rugs. sag sat seb sen sep. sept sept. set set. sht sin sip sit slt stb sult syys szept sèp séw tah vie way wrz zář îlo čakč σεπ бал вер идм сен сент сеп цәыб қыр սեպ סעפּ ספט أيلول ئەی سبت سبتمبر ستمبر سيپٽيمبر سپتامبر سپتمبر سېنتەبىر شتنبر ސެޕްޓެންބަރ पूस सप्टें सित सितंबर सितम्बर सित॰ सेप्टेंबर सेप्टेंबरू सेप्टेम्बर सेबथेज्ब़र সেপ সেপ্ট সেপ্টেম্বর ਸਤੰ સપ્ટે ସେପ୍ଟେମ୍ବର செப் செப். సెప్టెం ಸೆ ಸೆಪ್ಟೆಂ സെപ്റ്റം සැප් ก.ย. ກ.ຍ. ཟླ་༩ စက် လိူၼ်သိပ်း သိပ် სექ መስከ ሴፕቴ ከረመ ያኸኒ ᓯᑎ ៩ 九 九月 ꮪꮅ',
  // oct
  'cot dfómh dip dit dwa dàmh d’oct. eki golg hed her hyd imp ipam j-fouyir jup kṭu lad loka mph och oct. oke oki okt okt. onk ott otu out paź puk sik spa spal. tet tob tub ukt ukw urr whi-nu wél wím yar ökt ött ükt říj ɔ-a ɔtb ʻoka οκτ алт жов жьҭ кас окт шыж қаз հոկ אָקט אוק آڪٽوبر أكت أكتوبر ئۆكتەبىر اكتبر اكتوبر اوْکتوْبر اکتوبر اکتوٗبر تش١ އޮކްޓޫބަރ अकटू अक्टू अक्टूबर अक्टोबर अक्तूबर अक्तू॰ अखथबर आक्टूबरू ऑक्टो ओक्टोबर माघ অক্টো অক্টোবর ওক্ত ਅਕਤੂ ઑક્ટો ଅକ୍ଟୋବର அக் அக். అక్టో ಅ ಅಕ್ಟೋ ഒക്ടോ ඔක් ต.ค. ຕ.ລ. ཟླ་༡༠ အောက် အံက် ოქტ መተሉ ኦክተ ጠቀመ ጥቅም ᐊᑦ ១០ ọkt ọ̀wàrà 十 十月 ꮪꮒ',
  // nov
  'aza bélú cük du huk kas kit lap lapkr. lis lës m.houney marras mij ngw nka nob nof nov. now noy noý nuv nuw nvb nën nóv nôv nöw nōv onn pay phai pud samh shin skáb tach ugu usi wam whi-ra xim ɔ-o νοέ νοε абҵ клм лис ліс нов ное ноя нояб сэт қар նմբ נאָװ נוב تش٢ نوامبر نوف نوفمبر نومبر نونبر نويابىر نوْوامبر ނޮވެންބަރ नबेज्ब़र नव नवंबर नवंबरू नवम्बर नव॰ नोभेम्बर नोव्हें नोव्हेंबर फागुन নবে নভে নভেম্বর ਨਵੰ નવે ନଭେମ୍ବର நவ நவ. నవం ನ ನವೆಂ നവം නෙවැ พ.ย. ພ.ຈ. ཟླ་༡༡ နဝ် နို ნოე ሕዳር ም/ም ኀደረ ኖቬም ᓄᕕ ១១ ḽar 十一 十一月 ꮕꮣ',
  // dec
  "abe ara avi bow chr dec. dek des des. dets dez dhj dic dik dis dix diċ dsb duj déc déc. dùbh grd gru gruod. gòd haki joulu juov kax ker kev lit m-ɔ m.nollick mati mng mud mux n'w nad ngo noll nye pro raš rha ris sed siq tes tis tīs uku śni δεκ ахс гру дек дец жел сне тел ԥхынҷ դեկ דעצ דצמ دجنبر دسامبر دسمبر ديس ديسمبر دېكابىر ڊسمبر کا١ ޑިސެންބަރ चैति डिसें डिसेंबर डिसेम्बर दिस दिसंबर दिसम्बर दिसेज्ब़र दिस॰ ॾिसंबरू ডিস ডিসে ডিসেম্বর ਦਸੰ ડિસે ଡିସେମ୍ବର டிச டிச. డిసెం ಡಿ ಡಿಸೆಂ ഡിസം දෙසැ ธ.ค. ທ.ວ. ཟླ་༡༢ ဒီ ဒဳ လိူၼ်ၸဵင် დეკ ተሕሳ ታሕሳ ኀሠሠ ዲሴም ᑎᓯ ១២ ọ̀pẹ̀ 十二 十二月 ꭵꮝ",
];
