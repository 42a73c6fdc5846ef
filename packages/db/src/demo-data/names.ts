// Word lists for fictional residents of a London borough. Common given names and surnames of the
// communities that live there; any resemblance to a real person is a coincidence of common names.

export type Sex = "female" | "male";

export type Origin = {
  key: string;
  /** Relative share of households. */
  weight: number;
  female: readonly string[];
  male: readonly string[];
  surnames: readonly string[];
  placesOfBirth: readonly string[];
  nationalities: readonly string[];
  ethnicity: string;
  languages: readonly string[];
};

const words = (list: string): readonly string[] => list.split("|");

export const origins: readonly Origin[] = [
  {
    key: "british",
    weight: 30,
    female: words(
      "Olivia|Amelia|Emily|Sophie|Jessica|Charlotte|Lucy|Hannah|Chloe|Ellie|Grace|Sarah|Rebecca|Laura|Karen|Susan|Margaret|Patricia|Joan|Tracey|Michelle|Gemma|Zoë|Abigail|Poppy|Isla|Freya|Daisy|Megan|Lauren",
    ),
    male: words(
      "Oliver|Jack|Harry|George|Thomas|James|William|Daniel|Samuel|Joshua|Michael|David|Paul|Mark|Peter|John|Robert|Stephen|Gary|Darren|Lee|Ryan|Liam|Callum|Alfie|Charlie|Archie|Ethan|Leo|Kevin",
    ),
    surnames: words(
      "Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|Thompson|Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|Hughes|Edwards|Turner|Harris|Baker|Cooper|Ward|Morris|Bennett|King|Mitchell|Carter|Shaw|Fletcher|Marsh|Holloway|Pearce|Barker|Hobbs|Slater",
    ),
    placesOfBirth: words(
      "London|London|London|Hackney|Birmingham|Manchester|Leeds|Bristol|Liverpool|Cardiff|Glasgow|Norwich|Southend-on-Sea",
    ),
    nationalities: words("British"),
    ethnicity: "White: English, Welsh, Scottish, Northern Irish or British",
    languages: words("English"),
  },
  {
    key: "irish",
    weight: 4,
    female: words("Siobhan|Aoife|Niamh|Ciara|Mary|Bridget|Sinead|Orla|Roisin|Maeve|Deirdre|Eileen"),
    male: words("Sean|Patrick|Liam|Conor|Declan|Cian|Eoin|Michael|Brendan|Padraig|Kieran|Ronan"),
    surnames: words(
      "Murphy|Kelly|O'Sullivan|Walsh|O'Brien|Byrne|Ryan|O'Connor|Doyle|McCarthy|Gallagher|Kennedy|Flanagan|Quinn|Brennan|Fitzgerald",
    ),
    placesOfBirth: words("Dublin|Cork|Galway|Limerick|Belfast|London"),
    nationalities: words("Irish|British"),
    ethnicity: "White: Irish",
    languages: words("English"),
  },
  {
    key: "caribbean",
    weight: 8,
    female: words(
      "Marcia|Beverley|Paulette|Jasmine|Keisha|Shanice|Tanisha|Janelle|Simone|Yvonne|Claudette|Natalie|Kayla|Aaliyah|Monique",
    ),
    male: words(
      "Winston|Delroy|Errol|Tyrone|Marcus|Andre|Jerome|Leon|Clive|Devon|Jermaine|Kareem|Dwayne|Troy|Nathaniel",
    ),
    surnames: words(
      "Campbell|Brown|Francis|Grant|Thomas|Clarke|Henry|Gordon|Bailey|Reid|Morgan|Forbes|Lewis|Samuels|Bryan|Gayle|McKenzie|Blake|Wallace|Stewart",
    ),
    placesOfBirth: words("Kingston|Montego Bay|Spanish Town|Port of Spain|Bridgetown|St George's|London|Hackney"),
    nationalities: words("British|Jamaican|Trinidadian|Barbadian"),
    ethnicity: "Black, Black British, Caribbean or African: Caribbean",
    languages: words("English"),
  },
  {
    key: "west-african",
    weight: 9,
    female: words(
      "Adaeze|Chiamaka|Ngozi|Funmilayo|Folake|Abena|Akosua|Ama|Efua|Blessing|Precious|Yetunde|Temitope|Nneka|Ifeoma|Esi",
    ),
    male: words(
      "Chinedu|Emeka|Oluwaseun|Adebayo|Kwame|Kofi|Kwabena|Yaw|Tunde|Babatunde|Obinna|Ikenna|Femi|Segun|Nana|Ebenezer",
    ),
    surnames: words(
      "Okafor|Adeyemi|Okoro|Mensah|Owusu|Boateng|Asante|Adebayo|Okonkwo|Eze|Nwosu|Ogunleye|Afolabi|Osei|Appiah|Ansah|Oyelaran|Balogun|Danso|Quaye",
    ),
    placesOfBirth: words("Lagos|Ibadan|Abuja|Enugu|Accra|Kumasi|Takoradi|Port Harcourt|London"),
    nationalities: words("British|Nigerian|Ghanaian"),
    ethnicity: "Black, Black British, Caribbean or African: African",
    languages: words("English|Yoruba|Igbo|Twi|Ga"),
  },
  {
    key: "turkish-kurdish",
    weight: 7,
    female: words("Ayşe|Fatma|Elif|Zeynep|Emine|Hatice|Meryem|Sevgi|Derya|Gül|Leyla|Berfin|Rojda|Dilan|Esra"),
    male: words("Mehmet|Mustafa|Ahmet|Ali|Hüseyin|Hasan|İbrahim|Murat|Emre|Kemal|Serkan|Baran|Rojhat|Deniz|Yusuf"),
    surnames: words(
      "Yılmaz|Kaya|Demir|Şahin|Çelik|Yıldız|Aydın|Öztürk|Arslan|Doğan|Kılıç|Aslan|Polat|Korkmaz|Erdem|Tekin|Kurt|Özdemir",
    ),
    placesOfBirth: words("Istanbul|Ankara|Maraş|Elbistan|Sivas|Diyarbakır|Nicosia|London"),
    nationalities: words("Turkish|British|Cypriot"),
    ethnicity: "White: Any other White background",
    languages: words("Turkish|Kurdish"),
  },
  {
    key: "bangladeshi",
    weight: 4,
    female: words("Fatima|Nasreen|Rahima|Shirin|Taslima|Salma|Ruksana|Jannat|Sumaiya|Nusrat|Farzana|Anika"),
    male: words("Mohammed|Abdul|Rahman|Shahid|Jamal|Kamal|Rafiq|Tanvir|Imran|Arif|Sohel|Hasan"),
    surnames: words("Ahmed|Begum|Rahman|Hussain|Miah|Uddin|Islam|Khatun|Ali|Chowdhury|Hoque|Karim|Akhtar|Sarkar"),
    placesOfBirth: words("Sylhet|Dhaka|Chittagong|London|Tower Hamlets"),
    nationalities: words("British|Bangladeshi"),
    ethnicity: "Asian or Asian British: Bangladeshi",
    languages: words("Bengali|Sylheti|English"),
  },
  {
    key: "south-asian",
    weight: 4,
    female: words("Priya|Anjali|Sunita|Kavita|Neha|Pooja|Ayesha|Sana|Zainab|Mariam|Harpreet|Simran"),
    male: words("Rajesh|Sanjay|Amit|Vikram|Arjun|Rohan|Imran|Bilal|Usman|Hamza|Gurpreet|Harjit"),
    surnames: words("Patel|Shah|Sharma|Singh|Kaur|Gupta|Mehta|Khan|Malik|Qureshi|Iqbal|Butt|Bhatti|Chaudhry"),
    placesOfBirth: words("Mumbai|Delhi|Ahmedabad|Amritsar|Lahore|Karachi|Mirpur|Leicester|London"),
    nationalities: words("British|Indian|Pakistani"),
    ethnicity: "Asian or Asian British: Indian",
    languages: words("Gujarati|Punjabi|Urdu|Hindi|English"),
  },
  {
    key: "east-african",
    weight: 3,
    female: words("Hodan|Faduma|Amina|Sahra|Ifrah|Hibaq|Nasra|Ubah|Filsan|Ladan|Selam|Helen"),
    male: words("Abdi|Mohamed|Abdirahman|Hassan|Yusuf|Mahad|Guled|Omar|Liban|Dawit|Yonas|Samuel"),
    surnames: words("Abdi|Mohamed|Hassan|Ali|Farah|Warsame|Jama|Osman|Aden|Ibrahim|Haile|Tesfaye|Gebre"),
    placesOfBirth: words("Mogadishu|Hargeisa|Kismayo|Asmara|Addis Ababa|Nairobi|London"),
    nationalities: words("British|Somali|Eritrean|Ethiopian"),
    ethnicity: "Black, Black British, Caribbean or African: African",
    languages: words("Somali|Tigrinya|Amharic|English"),
  },
  {
    key: "orthodox-jewish",
    weight: 5,
    female: words("Chaya|Rivka|Esther|Miriam|Leah|Rochel|Sarah|Devorah|Malka|Bracha|Feiga|Shoshana"),
    male: words("Yosef|Moshe|Avraham|Yaakov|Shmuel|Chaim|Yitzchak|Menachem|Dovid|Shlomo|Mordechai|Eliezer"),
    surnames: words(
      "Friedman|Goldberg|Schwartz|Weiss|Klein|Rosenberg|Stern|Katz|Gross|Lieberman|Grunfeld|Pinter|Landau|Halpern",
    ),
    placesOfBirth: words("London|Stamford Hill|Manchester|Antwerp|Jerusalem|New York"),
    nationalities: words("British|Israeli|Belgian"),
    ethnicity: "White: Any other White background",
    languages: words("English|Yiddish|Hebrew"),
  },
  {
    key: "eastern-european",
    weight: 5,
    female: words("Agnieszka|Katarzyna|Magdalena|Joanna|Anna|Ewa|Monika|Alina|Ioana|Elena|Kristina|Lina"),
    male: words("Piotr|Tomasz|Krzysztof|Marek|Paweł|Andrzej|Jakub|Mihai|Andrei|Bogdan|Tomas|Marius"),
    surnames: words(
      "Nowak|Kowalski|Wiśniewski|Wójcik|Kamińska|Lewandowski|Zielińska|Popescu|Ionescu|Popa|Kazlauskas|Petrauskas|Horvath",
    ),
    placesOfBirth: words("Warsaw|Kraków|Gdańsk|Wrocław|Bucharest|Cluj-Napoca|Vilnius|Kaunas|Budapest"),
    nationalities: words("Polish|Romanian|Lithuanian|Hungarian"),
    ethnicity: "White: Any other White background",
    languages: words("Polish|Romanian|Lithuanian|Hungarian|English"),
  },
  {
    key: "east-asian",
    weight: 3,
    female: words("Linh|Huong|Thao|Mai|Lan|Ngoc|Mei|Xiu|Ling|Hui|Yan|Jing"),
    male: words("Minh|Duc|Tuan|Hung|Quang|Long|Wei|Jun|Hao|Jian|Ming|Bao"),
    surnames: words("Nguyen|Tran|Le|Pham|Hoang|Vu|Dang|Chen|Wang|Li|Zhang|Liu|Wong|Chan"),
    placesOfBirth: words("Ho Chi Minh City|Hanoi|Hai Phong|Hong Kong|Guangzhou|Fuzhou|London"),
    nationalities: words("British|Vietnamese|Chinese"),
    ethnicity: "Asian or Asian British: Any other Asian background",
    languages: words("Vietnamese|Cantonese|Mandarin|English"),
  },
  {
    key: "iberian-latin",
    weight: 3,
    female: words("Ana|Maria|Beatriz|Inês|Carolina|Luisa|Camila|Valentina|Daniela|Paula|Catalina|Marta"),
    male: words("João|Pedro|Miguel|Tiago|Rui|Carlos|Luis|Andrés|Santiago|Diego|Juan|Javier"),
    surnames: words(
      "Silva|Santos|Ferreira|Pereira|Oliveira|Costa|Rodrigues|Gómez|García|Martínez|López|Hernández|Ramírez|Restrepo",
    ),
    placesOfBirth: words("Lisbon|Porto|Madeira|Medellín|Bogotá|Cali|Quito|Madrid|London"),
    nationalities: words("Portuguese|Colombian|Ecuadorian|Spanish|British"),
    ethnicity: "Other ethnic group: Any other ethnic group",
    languages: words("Portuguese|Spanish|English"),
  },
  {
    key: "greek-cypriot",
    weight: 2,
    female: words("Maria|Eleni|Androulla|Christina|Despina|Sofia|Georgia|Katerina|Panayiota|Anastasia"),
    male: words("Andreas|Costas|Georgios|Nikos|Christos|Panikos|Michalis|Yiannis|Savvas|Demetris"),
    surnames: words(
      "Georgiou|Christodoulou|Ioannou|Charalambous|Constantinou|Papadopoulos|Demetriou|Nicolaou|Kyriacou|Michael",
    ),
    placesOfBirth: words("Nicosia|Limassol|Larnaca|Famagusta|Athens|London"),
    nationalities: words("British|Cypriot|Greek"),
    ethnicity: "White: Any other White background",
    languages: words("Greek|English"),
  },
  {
    key: "congolese",
    weight: 2,
    female: words("Grâce|Mireille|Nadège|Solange|Divine|Bénédicte|Esther|Clarisse|Josiane|Merveille"),
    male: words("Jean-Pierre|Patrice|Didier|Christian|Fiston|Junior|Serge|Blaise|Olivier|Trésor"),
    surnames: words("Mbala|Kabongo|Lukusa|Ilunga|Tshibanda|Mukendi|Nkosi|Kalala|Mbuyi|Mutombo"),
    placesOfBirth: words("Kinshasa|Lubumbashi|Brazzaville|Goma|Paris|London"),
    nationalities: words("British|Congolese|French"),
    ethnicity: "Black, Black British, Caribbean or African: African",
    languages: words("French|Lingala|English"),
  },
];

/** Everyday short forms some residents prefer to be called by. */
export const preferredFirstNames: ReadonlyMap<string, string> = new Map(
  words(
    "Robert=Bob|William=Bill|Thomas=Tom|Michael=Mike|Margaret=Maggie|Patricia=Pat|Jessica=Jess|Rebecca=Becky|Samuel=Sam|Daniel=Dan|Joshua=Josh|Stephen=Steve|Abigail=Abby|Charlotte=Lottie|Nathaniel=Nat|Oluwaseun=Seun|Babatunde=Tunde|Chiamaka=Amaka|Funmilayo=Funmi|Temitope=Tope|Abdirahman=Abdi|Katarzyna=Kasia|Krzysztof=Chris|Agnieszka=Aga|Mohammed=Mo|Georgios=George|Yiannis=John|Panayiota=Pam|Menachem=Mendy|Jean-Pierre=JP|Minh=Michael|Wei=David",
  ).map((pair) => pair.split("=") as [string, string]),
);

export const middleNames = {
  female: words("Anne|Louise|Marie|Jane|Elizabeth|Rose|Grace|May|Victoria|Joy"),
  male: words("James|John|Alexander|Edward|Michael|Joseph|David|Lee|Anthony|Emmanuel"),
};
