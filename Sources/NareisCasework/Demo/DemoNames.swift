/// Names for the demo caseload, in the script they are written in at home, with
/// the Latin spelling found on documents (nil where the original is Latin already).
struct NameBook: Sendable {
    typealias Name = (original: String, latin: String?)
    let male: [Name]
    let female: [Name]
    /// Family names; Eritrean and Ethiopian families use the father's given name instead.
    let family: [Name]
    let patronymic: Bool

    static func latinOnly(_ names: [String]) -> [Name] { names.map { ($0, nil) } }
}

/// Where the names and the script come from, by nationality.
enum NameBooks {
    static let arabic = NameBook(
        male: [("محمد", "Mohammed"), ("أحمد", "Ahmad"), ("خالد", "Khaled"), ("عمر", "Omar"), ("يوسف", "Youssef"),
               ("علي", "Ali"), ("حسن", "Hassan"), ("إبراهيم", "Ibrahim"), ("مصطفى", "Mustafa"), ("سامر", "Samer"),
               ("فراس", "Firas"), ("عبد الله", "Abdullah"), ("بلال", "Bilal"), ("طارق", "Tareq"), ("حسين", "Hussein"),
               ("محمود", "Mahmoud"), ("عبد الرحمن", "Abdulrahman"), ("سعيد", "Said"), ("رامي", "Rami"), ("وليد", "Walid"),
               ("ماهر", "Maher"), ("زياد", "Ziad"), ("جمال", "Jamal"), ("كريم", "Karim"), ("نبيل", "Nabil"),
               ("فادي", "Fadi"), ("هاني", "Hani"), ("باسل", "Basel"), ("مازن", "Mazen"), ("عماد", "Imad"),
               ("أنس", "Anas"), ("حمزة", "Hamza"), ("سليمان", "Suleiman"), ("عادل", "Adel"), ("منير", "Mounir"),
               ("ناصر", "Nasser"), ("غسان", "Ghassan"), ("هشام", "Hisham"), ("أيمن", "Ayman"), ("وائل", "Wael"),
               ("يحيى", "Yahya"), ("صالح", "Saleh"), ("عيسى", "Issa"), ("موسى", "Moussa"), ("جهاد", "Jihad")],
        female: [("فاطمة", "Fatima"), ("مريم", "Maryam"), ("نور", "Nour"), ("سارة", "Sara"), ("هبة", "Hiba"),
                 ("رنا", "Rana"), ("آية", "Aya"), ("ليلى", "Layla"), ("زينب", "Zainab"), ("دعاء", "Doaa"),
                 ("ريم", "Reem"), ("سلمى", "Salma"), ("جنى", "Jana"), ("لمى", "Lama"), ("آمنة", "Amina"),
                 ("خديجة", "Khadija"), ("عائشة", "Aisha"), ("رغد", "Raghad"), ("لينا", "Lina"), ("دانة", "Dana"),
                 ("هالة", "Hala"), ("رهف", "Rahaf"), ("منى", "Mona"), ("سمر", "Samar"), ("رشا", "Rasha"),
                 ("وفاء", "Wafaa"), ("نسرين", "Nisreen"), ("ياسمين", "Yasmin"), ("شهد", "Shahd"), ("إسراء", "Israa"),
                 ("أسماء", "Asmaa"), ("نادية", "Nadia"), ("سعاد", "Souad"), ("هدى", "Huda"), ("جميلة", "Jamila"),
                 ("ديما", "Dima"), ("غادة", "Ghada"), ("لبنى", "Lubna"), ("سوسن", "Sawsan"), ("عبير", "Abeer")],
        family: [("الأحمد", "Al-Ahmad"), ("الحسن", "Al-Hassan"), ("الخطيب", "Al-Khatib"), ("حداد", "Haddad"),
                 ("العلي", "Al-Ali"), ("المصري", "Al-Masri"), ("الشامي", "Al-Shami"), ("النجار", "Al-Najjar"),
                 ("الحلبي", "Al-Halabi"), ("قاسم", "Kassem"), ("العمر", "Al-Omar"), ("الزعبي", "Al-Zoubi"),
                 ("درويش", "Darwish"), ("حمدان", "Hamdan"), ("الحمصي", "Al-Homsi"), ("الحوراني", "Al-Hourani"),
                 ("الإدلبي", "Al-Idlibi"), ("العبدالله", "Al-Abdullah"), ("السيد", "Al-Sayed"), ("الخليل", "Al-Khalil"),
                 ("الجاسم", "Al-Jassem"), ("العثمان", "Al-Othman"), ("الصالح", "Al-Saleh"), ("الحمد", "Al-Hamad"),
                 ("اليوسف", "Al-Youssef"), ("الحسين", "Al-Hussein"), ("المحمد", "Al-Mohammad"), ("العيسى", "Al-Issa"),
                 ("الموسى", "Al-Moussa"), ("الرفاعي", "Al-Rifai"), ("الكردي", "Al-Kurdi"), ("الحلاق", "Al-Hallak"),
                 ("الصباغ", "Al-Sabbagh"), ("العطار", "Al-Attar"), ("الخياط", "Al-Khayyat"), ("البيطار", "Al-Bitar"),
                 ("الشيخ", "Al-Sheikh"), ("النعيمي", "Al-Nuaimi"), ("الجبوري", "Al-Jubouri"), ("الدليمي", "Al-Dulaimi"),
                 ("العبيدي", "Al-Obaidi"), ("التميمي", "Al-Tamimi"), ("الشمري", "Al-Shammari"), ("الزبيدي", "Al-Zubaidi"),
                 ("يونس", "Younes"), ("سلامة", "Salameh"), ("نصار", "Nassar"), ("حجازي", "Hijazi"), ("منصور", "Mansour"),
                 ("عساف", "Assaf"), ("شحادة", "Shehadeh"), ("عبود", "Abboud"), ("حبيب", "Habib"), ("مراد", "Murad"),
                 ("زيدان", "Zidan"), ("رمضان", "Ramadan"), ("شعبان", "Shaaban"), ("الحمود", "Al-Hammoud"),
                 ("العبد", "Al-Abed"), ("الدرويش", "Al-Darwish")],
        patronymic: false)

    static let geez = NameBook(
        male: [("ተስፋይ", "Tesfay"), ("ኣማኑኤል", "Amanuel"), ("ዮናስ", "Yonas"), ("ሚካኤል", "Mikael"), ("ዳዊት", "Dawit"),
               ("ሰለሞን", "Solomon"), ("ሃብቶም", "Habtom"), ("ፍሹም", "Fishum"), ("ኣብርሃም", "Abraham"), ("ተኽለ", "Tekle"),
               ("ብርሃነ", "Berhane"), ("ክብሮም", "Kibrom"), ("ሃይለ", "Haile"), ("ዮሴፍ", "Yosef"), ("ዳንኤል", "Daniel"),
               ("ሳሙኤል", "Samuel"), ("መሓሪ", "Mehari"), ("ኣሮን", "Aron"), ("ሄኖክ", "Henok"), ("ናትናኤል", "Natnael"),
               ("ብሩክ", "Biruk"), ("ዘርኣይ", "Zerai"), ("ተወልደ", "Tewelde"), ("ፊሊሞን", "Filimon"), ("ሙሴ", "Muse"),
               ("ኢሳያስ", "Isayas"), ("ዓወት", "Awet"), ("ሚኪኤል", "Mikiel"), ("ጴጥሮስ", "Petros"), ("ያቆብ", "Yakob"),
               ("ገብረመድህን", "Gebremedhin"), ("ገብረሂወት", "Gebrehiwet"), ("ወልደሚካኤል", "Woldemichael"),
               ("ሰመረ", "Semere"), ("ኪዳነ", "Kidane"), ("ተስፋሚካኤል", "Tesfamichael")],
        female: [("ሳባ", "Saba"), ("ሄለን", "Helen"), ("ሰላም", "Selam"), ("ሉላ", "Lula"), ("ኣዳነት", "Adanet"),
                 ("ፍረወይኒ", "Freweini"), ("ሚርያም", "Miriam"), ("ራሕዋ", "Rahwa"), ("ትርሓስ", "Tirhas"), ("ኤልሳ", "Elsa"),
                 ("ቅድስቲ", "Kidisti"), ("ዮርዳኖስ", "Yordanos"), ("ሰናይት", "Senait"), ("ሊድያ", "Lidya"), ("ሩት", "Rut"),
                 ("ሓና", "Hana"), ("ኣስመረት", "Asmeret"), ("ሰምሃር", "Semhar"), ("ዮዲት", "Yodit"), ("ቤተልሄም", "Betelhem"),
                 ("ሚልካ", "Milka"), ("ሶልያና", "Soliana"), ("ኣዜብ", "Azeb"), ("ዊንታ", "Winta"), ("ሉዋም", "Luwam"),
                 ("ሃኒ", "Hani"), ("ፊዮሪ", "Fiori"), ("ሳምራዊት", "Samrawit")],
        family: [], patronymic: true)

    static let turkish = NameBook(
        male: NameBook.latinOnly(["Mehmet", "Mustafa", "Ahmet", "Ali", "Hüseyin", "İbrahim", "Murat", "Emre", "Serhat",
                                  "Rojhat", "Baran", "Azad", "Hasan", "Osman", "Yusuf", "Kemal", "Burak", "Onur",
                                  "Cengiz", "Deniz", "Erdal", "Fırat", "Hakan", "Kadir", "Levent", "Mahmut", "Ramazan",
                                  "Selim", "Tolga", "Zafer", "Şervan", "Welat", "Rêzan", "Diyar", "Berzan"]),
        female: NameBook.latinOnly(["Ayşe", "Fatma", "Zeynep", "Elif", "Emine", "Hatice", "Rojda", "Berfin", "Zozan",
                                    "Dilan", "Şirin", "Gülistan", "Meryem", "Sultan", "Hülya", "Derya", "Esra", "Gizem",
                                    "Leyla", "Merve", "Nuran", "Özlem", "Sevda", "Tuba", "Yasemin", "Ronahî", "Hêvîn",
                                    "Nûjîn", "Berivan", "Delal"]),
        family: NameBook.latinOnly(["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Aydın", "Öztürk", "Arslan", "Doğan",
                                    "Kılıç", "Aslan", "Güneş", "Yıldız", "Yıldırım", "Özdemir", "Koç", "Kurt", "Özkan",
                                    "Şimşek", "Polat", "Erdoğan", "Korkmaz", "Çetin", "Karaca", "Tekin", "Ateş", "Bulut",
                                    "Aksoy", "Güler", "Keskin", "Tunç", "Akbaş", "Bozkurt", "Ekinci", "Uçar",
                                    "Zengin", "Baysal", "Oral", "Ergin", "Duman", "Sarı", "Işık", "Avcı", "Taş",
                                    "Yavuz", "Kaplan", "Turan", "Akın", "Ünal"]),
        patronymic: false)

    static let persian = NameBook(
        male: [("محمد", "Mohammad"), ("علی", "Ali"), ("رضا", "Reza"), ("حسین", "Hossein"), ("مهدی", "Mehdi"),
               ("امیر", "Amir"), ("احمد", "Ahmad"), ("فرید", "Farid"), ("جواد", "Javad"), ("نوید", "Navid"),
               ("سهراب", "Sohrab"), ("بهروز", "Behrouz"), ("حسن", "Hassan"), ("مجید", "Majid"), ("سعید", "Saeed"),
               ("کریم", "Karim"), ("مصطفی", "Mostafa"), ("عباس", "Abbas"), ("یوسف", "Yousef"), ("هادی", "Hadi"),
               ("بهرام", "Bahram"), ("داوود", "Davoud"), ("رحیم", "Rahim"), ("اکبر", "Akbar"), ("قاسم", "Ghasem"),
               ("نادر", "Nader"), ("شهاب", "Shahab"), ("فرهاد", "Farhad")],
        female: [("فاطمه", "Fatemeh"), ("زهرا", "Zahra"), ("مریم", "Maryam"), ("سارا", "Sara"), ("نرگس", "Narges"),
                 ("شیرین", "Shirin"), ("لیلا", "Leila"), ("پریسا", "Parisa"), ("مینا", "Mina"), ("ستاره", "Setareh"),
                 ("آرزو", "Arezoo"), ("گلناز", "Golnaz"), ("معصومه", "Masoumeh"), ("سکینه", "Sakineh"), ("نازنین", "Nazanin"),
                 ("فرزانه", "Farzaneh"), ("مهناز", "Mahnaz"), ("پروین", "Parvin"), ("سمیرا", "Samira"), ("نسرین", "Nasrin"),
                 ("الهام", "Elham"), ("طاهره", "Tahereh"), ("شبنم", "Shabnam"), ("رقیه", "Roghayeh"), ("خدیجه", "Khadijeh")],
        family: [("احمدی", "Ahmadi"), ("حسینی", "Hosseini"), ("رضایی", "Rezaei"), ("محمدی", "Mohammadi"),
                 ("کریمی", "Karimi"), ("رحیمی", "Rahimi"), ("نوری", "Nouri"), ("هاشمی", "Hashemi"),
                 ("جعفری", "Jafari"), ("حیدری", "Haidari"), ("نظری", "Nazari"), ("سلطانی", "Soltani"), ("موسوی", "Mousavi"),
                 ("قاسمی", "Ghasemi"), ("عباسی", "Abbasi"), ("صادقی", "Sadeghi"), ("مرادی", "Moradi"), ("اکبری", "Akbari"),
                 ("کاظمی", "Kazemi"), ("یوسفی", "Yousefi"), ("قربانی", "Ghorbani"), ("امیری", "Amiri"), ("صفری", "Safari"),
                 ("رسولی", "Rasouli"), ("حسن‌زاده", "Hassanzadeh"), ("نوروزی", "Nowruzi"), ("عزیزی", "Azizi"),
                 ("ابراهیمی", "Ebrahimi"), ("سلیمانی", "Soleimani"), ("رستمی", "Rostami"), ("شریفی", "Sharifi"),
                 ("کوهستانی", "Kohestani"), ("هزاره", "Hazara"), ("وحیدی", "Vahidi"), ("فرهادی", "Farhadi")],
        patronymic: false)

    static let urdu = NameBook(
        male: [("محمد", "Muhammad"), ("عمران", "Imran"), ("بلال", "Bilal"), ("عثمان", "Usman"), ("حمزہ", "Hamza"),
               ("عاصم", "Asim"), ("فیصل", "Faisal"), ("کامران", "Kamran"), ("شاہد", "Shahid"), ("زبیر", "Zubair")],
        female: [("عائشہ", "Ayesha"), ("فاطمہ", "Fatima"), ("صائمہ", "Saima"), ("نادیہ", "Nadia"), ("ثنا", "Sana"),
                 ("مہوش", "Mahwish"), ("رابعہ", "Rabia"), ("حنا", "Hina"), ("زینب", "Zainab"), ("بشریٰ", "Bushra")],
        family: [("خان", "Khan"), ("احمد", "Ahmed"), ("حسین", "Hussain"), ("شاہ", "Shah"), ("بٹ", "Butt"),
                 ("چوہدری", "Chaudhry"), ("ملک", "Malik"), ("قریشی", "Qureshi"), ("اعوان", "Awan"), ("راجہ", "Raja")],
        patronymic: false)

    static let somali = NameBook(
        male: NameBook.latinOnly(["Abdi", "Mohamed", "Ahmed", "Hassan", "Abdullahi", "Omar", "Yusuf", "Ali", "Abdirahman",
                                  "Abdikarim", "Ismail", "Mahad", "Bashir", "Guled", "Liban", "Nuur", "Said", "Yasin"]),
        female: NameBook.latinOnly(["Hodan", "Fadumo", "Asha", "Hawa", "Sahra", "Ayaan", "Nimco", "Ubah", "Amran",
                                    "Deeqa", "Filsan", "Hibaaq", "Khadra", "Maryan", "Najma", "Sagal", "Yasmin"]),
        family: NameBook.latinOnly(["Warsame", "Farah", "Abdi", "Hussein", "Jama", "Osman", "Mohamud", "Ali", "Aden",
                                    "Egal", "Dahir", "Elmi", "Hirsi", "Ibrahim", "Muse", "Nur", "Omar", "Samatar",
                                    "Shire", "Yusuf", "Abdullahi", "Gedi", "Hassan", "Isse"]),
        patronymic: false)
}

/// The origins of the demo caseload, weighted as the family members granted entry in
/// 2023 (AIDA Netherlands, "Total number of family members arriving in 2023", source:
/// IND Asylum Trends December 2023): "Others" (331) is split over Somalia, Sudan and
/// Ethiopia. Each origin has its names, the countries families wait in, and the
/// Dutch representations they apply at.
struct DemoOrigin: Sendable {
    let nationality: String
    let weight: Int
    let names: NameBook
    let residences: [String]
    let representations: [String]

    static let all: [DemoOrigin] = [
        DemoOrigin(nationality: "SYR", weight: 6694, names: NameBooks.arabic, residences: ["SYR", "TUR", "LBN", "JOR"],
                   representations: ["Beirut", "Amman", "Ankara", "Erbil"]),
        DemoOrigin(nationality: "TUR", weight: 1144, names: NameBooks.turkish, residences: ["TUR"],
                   representations: ["Ankara", "Istanbul"]),
        DemoOrigin(nationality: "ERI", weight: 822, names: NameBooks.geez, residences: ["ETH", "SDN", "UGA", "ERI"],
                   representations: ["Addis Ababa", "Kampala", "Khartoum"]),
        DemoOrigin(nationality: "YEM", weight: 256, names: NameBooks.arabic, residences: ["YEM", "EGY"],
                   representations: ["Cairo", "Amman"]),
        DemoOrigin(nationality: "XXA", weight: 195, names: NameBooks.arabic, residences: ["LBN", "SYR", "JOR"],
                   representations: ["Beirut", "Amman"]),
        DemoOrigin(nationality: "IRN", weight: 190, names: NameBooks.persian, residences: ["IRN", "TUR"],
                   representations: ["Tehran", "Ankara"]),
        DemoOrigin(nationality: "AFG", weight: 119, names: NameBooks.persian, residences: ["AFG", "PAK", "IRN"],
                   representations: ["Islamabad", "Tehran"]),
        DemoOrigin(nationality: "XXX", weight: 91, names: NameBooks.arabic, residences: ["LBN", "IRQ"],
                   representations: ["Beirut", "Erbil"]),
        DemoOrigin(nationality: "PAK", weight: 91, names: NameBooks.urdu, residences: ["PAK"],
                   representations: ["Islamabad"]),
        DemoOrigin(nationality: "IRQ", weight: 74, names: NameBooks.arabic, residences: ["IRQ", "TUR"],
                   representations: ["Erbil", "Amman"]),
        DemoOrigin(nationality: "SOM", weight: 140, names: NameBooks.somali, residences: ["SOM", "KEN", "ETH"],
                   representations: ["Nairobi", "Addis Ababa"]),
        DemoOrigin(nationality: "SDN", weight: 110, names: NameBooks.arabic, residences: ["SDN", "EGY"],
                   representations: ["Cairo"]),
        DemoOrigin(nationality: "ETH", weight: 81, names: NameBooks.geez, residences: ["ETH", "KEN"],
                   representations: ["Addis Ababa", "Nairobi"]),
    ]
}
