"""Polish vocabulary for demo data: towns, names, streets, institution patterns, texts.

Data only (plus a few one-line derivations done once at import). Everything the generators
need to say in Polish is here, so grammar can be reviewed in one place: each town carries
its locative phrase (with the right preposition, "w"/"we") and its genitive, because Polish
cannot derive them reliably by rule ("w Łodzi", "we Wrocławiu", "w Białymstoku").

Placeholders used in the templates below (filled by ``declarations.py``):
``{in_town}`` "w Zgierzu" (the preposition included), ``{town_gen}`` "Zgierza", ``{town}``
"Zgierz", ``{quoted}`` a name in quotes („Źródło”), ``{dps}`` a care home's name,
``{year}`` the year of signature, ``{prev_year}``, ``{start_year}`` (some years earlier),
``{year_plus}`` (a few years later), ``{n}`` a number from 5 to 19 (so the noun after it is
always genitive plural: "12 spotkań"), ``{campaign}`` a campaign's name, ``{fields}`` the
fields of work, ``{y1}``/``{y2}`` a span of years, ``{slug}``/``{gen_slug}``/
``{quoted_slug}`` ASCII forms for e-mail addresses.
"""

from __future__ import annotations

from typing import NamedTuple


class Town(NamedTuple):
    """A real Polish town or rural gmina with the grammatical forms the texts need."""

    name: str
    in_town: str
    """Locative phrase with its preposition: "w Łodzi", "we Wrocławiu"."""
    genitive: str
    voivodeship: str
    postal: str
    """Two digits for a big city (the rest varies by street) or the town's full code."""
    kind: str
    """"city" (city with county rights), "seat" (county seat), "town", "rural" (gmina)."""


# Rows: (name, locative phrase, genitive, postal code or prefix, kind), per voivodeship.
_TOWNS_BY_VOIVODESHIP: dict[str, tuple[tuple[str, str, str, str, str], ...]] = {
    "dolnośląskie": (
        ("Wrocław", "we Wrocławiu", "Wrocławia", "50", "city"),
        ("Wałbrzych", "w Wałbrzychu", "Wałbrzycha", "58", "city"),
        ("Legnica", "w Legnicy", "Legnicy", "59", "city"),
        ("Jelenia Góra", "w Jeleniej Górze", "Jeleniej Góry", "58", "city"),
        ("Lubin", "w Lubinie", "Lubina", "59-300", "seat"),
        ("Głogów", "w Głogowie", "Głogowa", "67-200", "seat"),
        ("Świdnica", "w Świdnicy", "Świdnicy", "58-100", "seat"),
        ("Bolesławiec", "w Bolesławcu", "Bolesławca", "59-700", "seat"),
        ("Oleśnica", "w Oleśnicy", "Oleśnicy", "56-400", "seat"),
        ("Oława", "w Oławie", "Oławy", "55-200", "seat"),
        ("Kłodzko", "w Kłodzku", "Kłodzka", "57-300", "seat"),
        ("Dzierżoniów", "w Dzierżoniowie", "Dzierżoniowa", "58-200", "seat"),
        ("Bielawa", "w Bielawie", "Bielawy", "58-260", "town"),
        ("Zgorzelec", "w Zgorzelcu", "Zgorzelca", "59-900", "seat"),
        ("Ząbkowice Śląskie", "w Ząbkowicach Śląskich", "Ząbkowic Śląskich", "57-200", "seat"),
        ("Trzebnica", "w Trzebnicy", "Trzebnicy", "55-100", "seat"),
        ("Milicz", "w Miliczu", "Milicza", "56-300", "seat"),
        ("Strzelin", "w Strzelinie", "Strzelina", "57-100", "seat"),
        ("Złotoryja", "w Złotoryi", "Złotoryi", "59-500", "seat"),
        ("Kamienna Góra", "w Kamiennej Górze", "Kamiennej Góry", "58-400", "seat"),
        ("Polkowice", "w Polkowicach", "Polkowic", "59-100", "seat"),
        ("Jawor", "w Jaworze", "Jawora", "59-400", "seat"),
        ("Lubań", "w Lubaniu", "Lubania", "59-800", "seat"),
        ("Lwówek Śląski", "we Lwówku Śląskim", "Lwówka Śląskiego", "59-600", "seat"),
        ("Wołów", "w Wołowie", "Wołowa", "56-100", "seat"),
        ("Środa Śląska", "w Środzie Śląskiej", "Środy Śląskiej", "55-300", "seat"),
        ("Góra", "w Górze", "Góry", "56-200", "seat"),
        ("Żmigród", "w Żmigrodzie", "Żmigrodu", "55-140", "town"),
        ("Sobótka", "w Sobótce", "Sobótki", "55-050", "town"),
        ("Kąty Wrocławskie", "w Kątach Wrocławskich", "Kątów Wrocławskich", "55-080", "town"),
        ("Siechnice", "w Siechnicach", "Siechnic", "55-011", "town"),
        ("Polanica-Zdrój", "w Polanicy-Zdroju", "Polanicy-Zdroju", "57-320", "town"),
        ("Bystrzyca Kłodzka", "w Bystrzycy Kłodzkiej", "Bystrzycy Kłodzkiej", "57-500", "town"),
        ("Kowary", "w Kowarach", "Kowar", "58-530", "town"),
        ("Żórawina", "w Żórawinie", "Żórawiny", "55-020", "rural"),
    ),
    "kujawsko-pomorskie": (
        ("Bydgoszcz", "w Bydgoszczy", "Bydgoszczy", "85", "city"),
        ("Toruń", "w Toruniu", "Torunia", "87", "city"),
        ("Włocławek", "we Włocławku", "Włocławka", "87", "city"),
        ("Grudziądz", "w Grudziądzu", "Grudziądza", "86", "city"),
        ("Inowrocław", "w Inowrocławiu", "Inowrocławia", "88-100", "seat"),
        ("Brodnica", "w Brodnicy", "Brodnicy", "87-300", "seat"),
        ("Świecie", "w Świeciu", "Świecia", "86-100", "seat"),
        ("Chełmno", "w Chełmnie", "Chełmna", "86-200", "seat"),
        ("Nakło nad Notecią", "w Nakle nad Notecią", "Nakła nad Notecią", "89-100", "seat"),
        ("Rypin", "w Rypinie", "Rypina", "87-500", "seat"),
        ("Lipno", "w Lipnie", "Lipna", "87-600", "seat"),
        (
            "Aleksandrów Kujawski",
            "w Aleksandrowie Kujawskim",
            "Aleksandrowa Kujawskiego",
            "87-700",
            "seat",
        ),
        ("Ciechocinek", "w Ciechocinku", "Ciechocinka", "87-720", "town"),
        ("Żnin", "w Żninie", "Żnina", "88-400", "seat"),
        ("Mogilno", "w Mogilnie", "Mogilna", "88-300", "seat"),
        ("Tuchola", "w Tucholi", "Tucholi", "89-500", "seat"),
        ("Golub-Dobrzyń", "w Golubiu-Dobrzyniu", "Golubia-Dobrzynia", "87-400", "seat"),
        ("Wąbrzeźno", "w Wąbrzeźnie", "Wąbrzeźna", "87-200", "seat"),
        ("Chełmża", "w Chełmży", "Chełmży", "87-140", "town"),
        ("Kruszwica", "w Kruszwicy", "Kruszwicy", "88-150", "town"),
        ("Szubin", "w Szubinie", "Szubina", "89-200", "town"),
        ("Koronowo", "w Koronowie", "Koronowa", "86-010", "town"),
        ("Solec Kujawski", "w Solcu Kujawskim", "Solca Kujawskiego", "86-050", "town"),
        ("Radziejów", "w Radziejowie", "Radziejowa", "88-200", "seat"),
        (
            "Sępólno Krajeńskie",
            "w Sępólnie Krajeńskim",
            "Sępólna Krajeńskiego",
            "89-400",
            "seat",
        ),
        ("Białe Błota", "w Białych Błotach", "Białych Błot", "86-005", "rural"),
        ("Dobrcz", "w Dobrczu", "Dobrcza", "86-022", "rural"),
        ("Łysomice", "w Łysomicach", "Łysomic", "87-148", "rural"),
    ),
    "lubelskie": (
        ("Lublin", "w Lublinie", "Lublina", "20", "city"),
        ("Zamość", "w Zamościu", "Zamościa", "22", "city"),
        ("Chełm", "w Chełmie", "Chełma", "22", "city"),
        ("Biała Podlaska", "w Białej Podlaskiej", "Białej Podlaskiej", "21", "city"),
        ("Puławy", "w Puławach", "Puław", "24-100", "seat"),
        ("Świdnik", "w Świdniku", "Świdnika", "21-040", "seat"),
        ("Kraśnik", "w Kraśniku", "Kraśnika", "23-200", "seat"),
        ("Łęczna", "w Łęcznej", "Łęcznej", "21-010", "seat"),
        ("Biłgoraj", "w Biłgoraju", "Biłgoraja", "23-400", "seat"),
        ("Lubartów", "w Lubartowie", "Lubartowa", "21-100", "seat"),
        ("Łuków", "w Łukowie", "Łukowa", "21-400", "seat"),
        ("Hrubieszów", "w Hrubieszowie", "Hrubieszowa", "22-500", "seat"),
        ("Tomaszów Lubelski", "w Tomaszowie Lubelskim", "Tomaszowa Lubelskiego", "22-600", "seat"),
        ("Krasnystaw", "w Krasnymstawie", "Krasnegostawu", "22-300", "seat"),
        ("Włodawa", "we Włodawie", "Włodawy", "22-200", "seat"),
        ("Radzyń Podlaski", "w Radzyniu Podlaskim", "Radzynia Podlaskiego", "21-300", "seat"),
        ("Ryki", "w Rykach", "Ryk", "08-500", "seat"),
        ("Dęblin", "w Dęblinie", "Dęblina", "08-530", "town"),
        ("Janów Lubelski", "w Janowie Lubelskim", "Janowa Lubelskiego", "23-300", "seat"),
        ("Nałęczów", "w Nałęczowie", "Nałęczowa", "24-150", "town"),
        ("Kazimierz Dolny", "w Kazimierzu Dolnym", "Kazimierza Dolnego", "24-120", "town"),
        ("Opole Lubelskie", "w Opolu Lubelskim", "Opola Lubelskiego", "24-300", "seat"),
        ("Szczebrzeszyn", "w Szczebrzeszynie", "Szczebrzeszyna", "22-460", "town"),
        ("Konopnica", "w Konopnicy", "Konopnicy", "21-030", "rural"),
        ("Jastków", "w Jastkowie", "Jastkowa", "21-002", "rural"),
    ),
    "lubuskie": (
        ("Zielona Góra", "w Zielonej Górze", "Zielonej Góry", "65", "city"),
        (
            "Gorzów Wielkopolski",
            "w Gorzowie Wielkopolskim",
            "Gorzowa Wielkopolskiego",
            "66",
            "city",
        ),
        ("Żary", "w Żarach", "Żar", "68-200", "seat"),
        ("Żagań", "w Żaganiu", "Żagania", "68-100", "seat"),
        ("Nowa Sól", "w Nowej Soli", "Nowej Soli", "67-100", "seat"),
        ("Świebodzin", "w Świebodzinie", "Świebodzina", "66-200", "seat"),
        ("Międzyrzecz", "w Międzyrzeczu", "Międzyrzecza", "66-300", "seat"),
        ("Sulechów", "w Sulechowie", "Sulechowa", "66-100", "town"),
        ("Słubice", "w Słubicach", "Słubic", "69-100", "seat"),
        ("Kostrzyn nad Odrą", "w Kostrzynie nad Odrą", "Kostrzyna nad Odrą", "66-470", "town"),
        ("Gubin", "w Gubinie", "Gubina", "66-620", "town"),
        ("Krosno Odrzańskie", "w Krośnie Odrzańskim", "Krosna Odrzańskiego", "66-600", "seat"),
        ("Wschowa", "we Wschowie", "Wschowy", "67-400", "seat"),
        ("Szprotawa", "w Szprotawie", "Szprotawy", "67-300", "town"),
        ("Lubsko", "w Lubsku", "Lubska", "68-300", "town"),
        ("Drezdenko", "w Drezdenku", "Drezdenka", "66-530", "town"),
        ("Sulęcin", "w Sulęcinie", "Sulęcina", "69-200", "seat"),
        (
            "Strzelce Krajeńskie",
            "w Strzelcach Krajeńskich",
            "Strzelec Krajeńskich",
            "66-500",
            "seat",
        ),
        ("Kożuchów", "w Kożuchowie", "Kożuchowa", "67-120", "town"),
        ("Zabór", "w Zaborze", "Zaboru", "66-003", "rural"),
    ),
    "łódzkie": (
        ("Łódź", "w Łodzi", "Łodzi", "90", "city"),
        (
            "Piotrków Trybunalski",
            "w Piotrkowie Trybunalskim",
            "Piotrkowa Trybunalskiego",
            "97",
            "city",
        ),
        ("Skierniewice", "w Skierniewicach", "Skierniewic", "96", "city"),
        ("Pabianice", "w Pabianicach", "Pabianic", "95-200", "seat"),
        (
            "Tomaszów Mazowiecki",
            "w Tomaszowie Mazowieckim",
            "Tomaszowa Mazowieckiego",
            "97-200",
            "seat",
        ),
        ("Bełchatów", "w Bełchatowie", "Bełchatowa", "97-400", "seat"),
        ("Zgierz", "w Zgierzu", "Zgierza", "95-100", "seat"),
        ("Radomsko", "w Radomsku", "Radomska", "97-500", "seat"),
        ("Kutno", "w Kutnie", "Kutna", "99-300", "seat"),
        ("Zduńska Wola", "w Zduńskiej Woli", "Zduńskiej Woli", "98-220", "seat"),
        ("Sieradz", "w Sieradzu", "Sieradza", "98-200", "seat"),
        ("Łowicz", "w Łowiczu", "Łowicza", "99-400", "seat"),
        ("Wieluń", "w Wieluniu", "Wielunia", "98-300", "seat"),
        ("Ozorków", "w Ozorkowie", "Ozorkowa", "95-035", "town"),
        (
            "Aleksandrów Łódzki",
            "w Aleksandrowie Łódzkim",
            "Aleksandrowa Łódzkiego",
            "95-070",
            "town",
        ),
        (
            "Konstantynów Łódzki",
            "w Konstantynowie Łódzkim",
            "Konstantynowa Łódzkiego",
            "95-050",
            "town",
        ),
        ("Łęczyca", "w Łęczycy", "Łęczycy", "99-100", "seat"),
        ("Opoczno", "w Opocznie", "Opoczna", "26-300", "seat"),
        ("Łask", "w Łasku", "Łasku", "98-100", "seat"),
        ("Brzeziny", "w Brzezinach", "Brzezin", "95-060", "seat"),
        ("Koluszki", "w Koluszkach", "Koluszek", "95-040", "town"),
        ("Głowno", "w Głownie", "Głowna", "95-015", "town"),
        ("Uniejów", "w Uniejowie", "Uniejowa", "99-210", "town"),
        ("Poddębice", "w Poddębicach", "Poddębic", "99-200", "seat"),
        ("Rawa Mazowiecka", "w Rawie Mazowieckiej", "Rawy Mazowieckiej", "96-200", "seat"),
        ("Wieruszów", "w Wieruszowie", "Wieruszowa", "98-400", "seat"),
        ("Stryków", "w Strykowie", "Strykowa", "95-010", "town"),
        ("Tuszyn", "w Tuszynie", "Tuszyna", "95-080", "town"),
        ("Żychlin", "w Żychlinie", "Żychlina", "99-320", "town"),
        ("Ksawerów", "w Ksawerowie", "Ksawerowa", "95-054", "rural"),
        ("Nowosolna", "w Nowosolnej", "Nowosolnej", "95-015", "rural"),
    ),
    "małopolskie": (
        ("Kraków", "w Krakowie", "Krakowa", "31", "city"),
        ("Tarnów", "w Tarnowie", "Tarnowa", "33", "city"),
        ("Nowy Sącz", "w Nowym Sączu", "Nowego Sącza", "33", "city"),
        ("Oświęcim", "w Oświęcimiu", "Oświęcimia", "32-600", "seat"),
        ("Chrzanów", "w Chrzanowie", "Chrzanowa", "32-500", "seat"),
        ("Olkusz", "w Olkuszu", "Olkusza", "32-300", "seat"),
        ("Nowy Targ", "w Nowym Targu", "Nowego Targu", "34-400", "seat"),
        ("Bochnia", "w Bochni", "Bochni", "32-700", "seat"),
        ("Gorlice", "w Gorlicach", "Gorlic", "38-300", "seat"),
        ("Zakopane", "w Zakopanem", "Zakopanego", "34-500", "seat"),
        ("Skawina", "w Skawinie", "Skawiny", "32-050", "town"),
        ("Wieliczka", "w Wieliczce", "Wieliczki", "32-020", "seat"),
        ("Andrychów", "w Andrychowie", "Andrychowa", "34-120", "town"),
        ("Wadowice", "w Wadowicach", "Wadowic", "34-100", "seat"),
        ("Myślenice", "w Myślenicach", "Myślenic", "32-400", "seat"),
        ("Limanowa", "w Limanowej", "Limanowej", "34-600", "seat"),
        ("Kęty", "w Kętach", "Kęt", "32-650", "town"),
        ("Niepołomice", "w Niepołomicach", "Niepołomic", "32-005", "town"),
        ("Brzesko", "w Brzesku", "Brzeska", "32-800", "seat"),
        (
            "Dąbrowa Tarnowska",
            "w Dąbrowie Tarnowskiej",
            "Dąbrowy Tarnowskiej",
            "33-200",
            "seat",
        ),
        ("Miechów", "w Miechowie", "Miechowa", "32-200", "seat"),
        ("Proszowice", "w Proszowicach", "Proszowic", "32-100", "seat"),
        ("Sucha Beskidzka", "w Suchej Beskidzkiej", "Suchej Beskidzkiej", "34-200", "seat"),
        ("Krynica-Zdrój", "w Krynicy-Zdroju", "Krynicy-Zdroju", "33-380", "town"),
        ("Rabka-Zdrój", "w Rabce-Zdroju", "Rabki-Zdroju", "34-700", "town"),
        ("Trzebinia", "w Trzebini", "Trzebini", "32-540", "town"),
        ("Zielonki", "w Zielonkach", "Zielonek", "32-087", "rural"),
        ("Liszki", "w Liszkach", "Liszek", "32-060", "rural"),
        ("Zabierzów", "w Zabierzowie", "Zabierzowa", "32-080", "rural"),
    ),
    "mazowieckie": (
        ("Warszawa", "w Warszawie", "Warszawy", "02", "city"),
        ("Radom", "w Radomiu", "Radomia", "26", "city"),
        ("Płock", "w Płocku", "Płocka", "09", "city"),
        ("Siedlce", "w Siedlcach", "Siedlec", "08", "city"),
        ("Ostrołęka", "w Ostrołęce", "Ostrołęki", "07", "city"),
        ("Ciechanów", "w Ciechanowie", "Ciechanowa", "06-400", "seat"),
        ("Pruszków", "w Pruszkowie", "Pruszkowa", "05-800", "seat"),
        ("Legionowo", "w Legionowie", "Legionowa", "05-120", "seat"),
        ("Otwock", "w Otwocku", "Otwocka", "05-400", "seat"),
        ("Piaseczno", "w Piasecznie", "Piaseczna", "05-500", "seat"),
        ("Żyrardów", "w Żyrardowie", "Żyrardowa", "96-300", "seat"),
        ("Sochaczew", "w Sochaczewie", "Sochaczewa", "96-500", "seat"),
        (
            "Mińsk Mazowiecki",
            "w Mińsku Mazowieckim",
            "Mińska Mazowieckiego",
            "05-300",
            "seat",
        ),
        ("Mława", "w Mławie", "Mławy", "06-500", "seat"),
        ("Wołomin", "w Wołominie", "Wołomina", "05-200", "seat"),
        (
            "Grodzisk Mazowiecki",
            "w Grodzisku Mazowieckim",
            "Grodziska Mazowieckiego",
            "05-825",
            "seat",
        ),
        ("Płońsk", "w Płońsku", "Płońska", "09-100", "seat"),
        ("Pułtusk", "w Pułtusku", "Pułtuska", "06-100", "seat"),
        ("Wyszków", "w Wyszkowie", "Wyszkowa", "07-200", "seat"),
        ("Garwolin", "w Garwolinie", "Garwolina", "08-400", "seat"),
        ("Kozienice", "w Kozienicach", "Kozienic", "26-900", "seat"),
        ("Gostynin", "w Gostyninie", "Gostynina", "09-500", "seat"),
        ("Sierpc", "w Sierpcu", "Sierpca", "09-200", "seat"),
        ("Węgrów", "w Węgrowie", "Węgrowa", "07-100", "seat"),
        ("Sokołów Podlaski", "w Sokołowie Podlaskim", "Sokołowa Podlaskiego", "08-300", "seat"),
        ("Szydłowiec", "w Szydłowcu", "Szydłowca", "26-500", "seat"),
        ("Przasnysz", "w Przasnyszu", "Przasnysza", "06-300", "seat"),
        ("Żuromin", "w Żurominie", "Żuromina", "09-300", "seat"),
        ("Łosice", "w Łosicach", "Łosic", "08-200", "seat"),
        ("Grójec", "w Grójcu", "Grójca", "05-600", "seat"),
        ("Ząbki", "w Ząbkach", "Ząbek", "05-091", "town"),
        ("Marki", "w Markach", "Marek", "05-270", "town"),
        ("Józefów", "w Józefowie", "Józefowa", "05-420", "town"),
        ("Łomianki", "w Łomiankach", "Łomianek", "05-092", "town"),
        ("Mszczonów", "w Mszczonowie", "Mszczonowa", "96-320", "town"),
        ("Nadarzyn", "w Nadarzynie", "Nadarzyna", "05-830", "rural"),
        ("Lesznowola", "w Lesznowoli", "Lesznowoli", "05-506", "rural"),
        ("Jabłonna", "w Jabłonnie", "Jabłonny", "05-110", "rural"),
    ),
    "opolskie": (
        ("Opole", "w Opolu", "Opola", "45", "city"),
        ("Kędzierzyn-Koźle", "w Kędzierzynie-Koźlu", "Kędzierzyna-Koźla", "47-220", "seat"),
        ("Nysa", "w Nysie", "Nysy", "48-300", "seat"),
        ("Brzeg", "w Brzegu", "Brzegu", "49-300", "seat"),
        ("Kluczbork", "w Kluczborku", "Kluczborka", "46-200", "seat"),
        ("Prudnik", "w Prudniku", "Prudnika", "48-200", "seat"),
        ("Strzelce Opolskie", "w Strzelcach Opolskich", "Strzelec Opolskich", "47-100", "seat"),
        ("Namysłów", "w Namysłowie", "Namysłowa", "46-100", "seat"),
        ("Krapkowice", "w Krapkowicach", "Krapkowic", "47-300", "seat"),
        ("Głubczyce", "w Głubczycach", "Głubczyc", "48-100", "seat"),
        ("Głuchołazy", "w Głuchołazach", "Głuchołaz", "48-340", "town"),
        ("Olesno", "w Oleśnie", "Olesna", "46-300", "seat"),
        ("Ozimek", "w Ozimku", "Ozimka", "46-040", "town"),
        ("Grodków", "w Grodkowie", "Grodkowa", "49-200", "town"),
        ("Paczków", "w Paczkowie", "Paczkowa", "48-370", "town"),
        ("Zawadzkie", "w Zawadzkiem", "Zawadzkiego", "47-120", "town"),
        ("Gogolin", "w Gogolinie", "Gogolina", "47-320", "town"),
        ("Otmuchów", "w Otmuchowie", "Otmuchowa", "48-385", "town"),
        ("Lewin Brzeski", "w Lewinie Brzeskim", "Lewina Brzeskiego", "49-340", "town"),
        ("Dobrzeń Wielki", "w Dobrzeniu Wielkim", "Dobrzenia Wielkiego", "46-081", "rural"),
        ("Turawa", "w Turawie", "Turawy", "46-045", "rural"),
    ),
    "podkarpackie": (
        ("Rzeszów", "w Rzeszowie", "Rzeszowa", "35", "city"),
        ("Przemyśl", "w Przemyślu", "Przemyśla", "37", "city"),
        ("Krosno", "w Krośnie", "Krosna", "38", "city"),
        ("Tarnobrzeg", "w Tarnobrzegu", "Tarnobrzega", "39", "city"),
        ("Stalowa Wola", "w Stalowej Woli", "Stalowej Woli", "37-450", "seat"),
        ("Mielec", "w Mielcu", "Mielca", "39-300", "seat"),
        ("Dębica", "w Dębicy", "Dębicy", "39-200", "seat"),
        ("Jarosław", "w Jarosławiu", "Jarosławia", "37-500", "seat"),
        ("Sanok", "w Sanoku", "Sanoka", "38-500", "seat"),
        ("Jasło", "w Jaśle", "Jasła", "38-200", "seat"),
        ("Łańcut", "w Łańcucie", "Łańcuta", "37-100", "seat"),
        ("Przeworsk", "w Przeworsku", "Przeworska", "37-200", "seat"),
        ("Leżajsk", "w Leżajsku", "Leżajska", "37-300", "seat"),
        ("Nisko", "w Nisku", "Niska", "37-400", "seat"),
        ("Ropczyce", "w Ropczycach", "Ropczyc", "39-100", "seat"),
        ("Strzyżów", "w Strzyżowie", "Strzyżowa", "38-100", "seat"),
        ("Brzozów", "w Brzozowie", "Brzozowa", "36-200", "seat"),
        ("Lesko", "w Lesku", "Leska", "38-600", "seat"),
        ("Ustrzyki Dolne", "w Ustrzykach Dolnych", "Ustrzyk Dolnych", "38-700", "seat"),
        ("Lubaczów", "w Lubaczowie", "Lubaczowa", "37-600", "seat"),
        ("Kolbuszowa", "w Kolbuszowej", "Kolbuszowej", "36-100", "seat"),
        (
            "Sędziszów Małopolski",
            "w Sędziszowie Małopolskim",
            "Sędziszowa Małopolskiego",
            "39-120",
            "town",
        ),
        ("Dukla", "w Dukli", "Dukli", "38-450", "town"),
        ("Boguchwała", "w Boguchwale", "Boguchwały", "36-040", "town"),
        (
            "Głogów Małopolski",
            "w Głogowie Małopolskim",
            "Głogowa Małopolskiego",
            "36-060",
            "town",
        ),
        ("Tyczyn", "w Tyczynie", "Tyczyna", "36-020", "town"),
        ("Trzebownisko", "w Trzebownisku", "Trzebowniska", "36-001", "rural"),
    ),
    "podlaskie": (
        ("Białystok", "w Białymstoku", "Białegostoku", "15", "city"),
        ("Suwałki", "w Suwałkach", "Suwałk", "16", "city"),
        ("Łomża", "w Łomży", "Łomży", "18", "city"),
        ("Augustów", "w Augustowie", "Augustowa", "16-300", "seat"),
        ("Bielsk Podlaski", "w Bielsku Podlaskim", "Bielska Podlaskiego", "17-100", "seat"),
        ("Zambrów", "w Zambrowie", "Zambrowa", "18-300", "seat"),
        ("Grajewo", "w Grajewie", "Grajewa", "19-200", "seat"),
        ("Hajnówka", "w Hajnówce", "Hajnówki", "17-200", "seat"),
        ("Sokółka", "w Sokółce", "Sokółki", "16-100", "seat"),
        ("Łapy", "w Łapach", "Łap", "18-100", "town"),
        ("Siemiatycze", "w Siemiatyczach", "Siemiatycz", "17-300", "seat"),
        ("Kolno", "w Kolnie", "Kolna", "18-500", "seat"),
        ("Mońki", "w Mońkach", "Moniek", "19-100", "seat"),
        ("Sejny", "w Sejnach", "Sejn", "16-500", "seat"),
        (
            "Wysokie Mazowieckie",
            "w Wysokiem Mazowieckiem",
            "Wysokiego Mazowieckiego",
            "18-200",
            "seat",
        ),
        ("Choroszcz", "w Choroszczy", "Choroszczy", "16-070", "town"),
        ("Wasilków", "w Wasilkowie", "Wasilkowa", "16-010", "town"),
        ("Supraśl", "w Supraślu", "Supraśla", "16-030", "town"),
        (
            "Czarna Białostocka",
            "w Czarnej Białostockiej",
            "Czarnej Białostockiej",
            "16-020",
            "town",
        ),
        (
            "Juchnowiec Kościelny",
            "w Juchnowcu Kościelnym",
            "Juchnowca Kościelnego",
            "16-061",
            "rural",
        ),
        ("Dobrzyniewo Duże", "w Dobrzyniewie Dużym", "Dobrzyniewa Dużego", "16-002", "rural"),
    ),
    "pomorskie": (
        ("Gdańsk", "w Gdańsku", "Gdańska", "80", "city"),
        ("Gdynia", "w Gdyni", "Gdyni", "81", "city"),
        ("Sopot", "w Sopocie", "Sopotu", "81", "city"),
        ("Słupsk", "w Słupsku", "Słupska", "76", "city"),
        ("Tczew", "w Tczewie", "Tczewa", "83-110", "seat"),
        ("Wejherowo", "w Wejherowie", "Wejherowa", "84-200", "seat"),
        ("Rumia", "w Rumi", "Rumi", "84-230", "town"),
        (
            "Starogard Gdański",
            "w Starogardzie Gdańskim",
            "Starogardu Gdańskiego",
            "83-200",
            "seat",
        ),
        ("Chojnice", "w Chojnicach", "Chojnic", "89-600", "seat"),
        ("Malbork", "w Malborku", "Malborka", "82-200", "seat"),
        ("Kwidzyn", "w Kwidzynie", "Kwidzyna", "82-500", "seat"),
        ("Lębork", "w Lęborku", "Lęborka", "84-300", "seat"),
        ("Pruszcz Gdański", "w Pruszczu Gdańskim", "Pruszcza Gdańskiego", "83-000", "seat"),
        ("Reda", "w Redzie", "Redy", "84-240", "town"),
        ("Kościerzyna", "w Kościerzynie", "Kościerzyny", "83-400", "seat"),
        ("Kartuzy", "w Kartuzach", "Kartuz", "83-300", "seat"),
        ("Bytów", "w Bytowie", "Bytowa", "77-100", "seat"),
        ("Człuchów", "w Człuchowie", "Człuchowa", "77-300", "seat"),
        ("Puck", "w Pucku", "Pucka", "84-100", "seat"),
        ("Ustka", "w Ustce", "Ustki", "76-270", "town"),
        ("Sztum", "w Sztumie", "Sztumu", "82-400", "seat"),
        ("Żukowo", "w Żukowie", "Żukowa", "83-330", "town"),
        ("Pelplin", "w Pelplinie", "Pelplina", "83-130", "town"),
        ("Czersk", "w Czersku", "Czerska", "89-650", "town"),
        ("Władysławowo", "we Władysławowie", "Władysławowa", "84-120", "town"),
        ("Miastko", "w Miastku", "Miastka", "77-200", "town"),
        (
            "Nowy Dwór Gdański",
            "w Nowym Dworze Gdańskim",
            "Nowego Dworu Gdańskiego",
            "82-100",
            "seat",
        ),
        ("Skarszewy", "w Skarszewach", "Skarszew", "83-250", "town"),
        ("Kolbudy", "w Kolbudach", "Kolbud", "83-050", "rural"),
        ("Przodkowo", "w Przodkowie", "Przodkowa", "83-304", "rural"),
        ("Somonino", "w Somoninie", "Somonina", "83-314", "rural"),
    ),
    "śląskie": (
        ("Katowice", "w Katowicach", "Katowic", "40", "city"),
        ("Częstochowa", "w Częstochowie", "Częstochowy", "42", "city"),
        ("Sosnowiec", "w Sosnowcu", "Sosnowca", "41", "city"),
        ("Gliwice", "w Gliwicach", "Gliwic", "44", "city"),
        ("Zabrze", "w Zabrzu", "Zabrza", "41", "city"),
        ("Bielsko-Biała", "w Bielsku-Białej", "Bielska-Białej", "43", "city"),
        ("Bytom", "w Bytomiu", "Bytomia", "41", "city"),
        ("Rybnik", "w Rybniku", "Rybnika", "44", "city"),
        ("Ruda Śląska", "w Rudzie Śląskiej", "Rudy Śląskiej", "41", "city"),
        ("Tychy", "w Tychach", "Tychów", "43", "city"),
        ("Dąbrowa Górnicza", "w Dąbrowie Górniczej", "Dąbrowy Górniczej", "41", "city"),
        ("Chorzów", "w Chorzowie", "Chorzowa", "41", "city"),
        ("Jaworzno", "w Jaworznie", "Jaworzna", "43", "city"),
        ("Jastrzębie-Zdrój", "w Jastrzębiu-Zdroju", "Jastrzębia-Zdroju", "44", "city"),
        ("Mysłowice", "w Mysłowicach", "Mysłowic", "41", "city"),
        (
            "Siemianowice Śląskie",
            "w Siemianowicach Śląskich",
            "Siemianowic Śląskich",
            "41",
            "city",
        ),
        ("Żory", "w Żorach", "Żor", "44", "city"),
        ("Świętochłowice", "w Świętochłowicach", "Świętochłowic", "41", "city"),
        ("Piekary Śląskie", "w Piekarach Śląskich", "Piekar Śląskich", "41", "city"),
        ("Będzin", "w Będzinie", "Będzina", "42-500", "seat"),
        ("Tarnowskie Góry", "w Tarnowskich Górach", "Tarnowskich Gór", "42-600", "seat"),
        ("Racibórz", "w Raciborzu", "Raciborza", "47-400", "seat"),
        (
            "Wodzisław Śląski",
            "w Wodzisławiu Śląskim",
            "Wodzisławia Śląskiego",
            "44-300",
            "seat",
        ),
        ("Cieszyn", "w Cieszynie", "Cieszyna", "43-400", "seat"),
        ("Żywiec", "w Żywcu", "Żywca", "34-300", "seat"),
        ("Pszczyna", "w Pszczynie", "Pszczyny", "43-200", "seat"),
        ("Mikołów", "w Mikołowie", "Mikołowa", "43-190", "seat"),
        ("Czeladź", "w Czeladzi", "Czeladzi", "41-250", "town"),
        ("Knurów", "w Knurowie", "Knurowa", "44-190", "town"),
        ("Zawiercie", "w Zawierciu", "Zawiercia", "42-400", "seat"),
        ("Myszków", "w Myszkowie", "Myszkowa", "42-300", "seat"),
        ("Lubliniec", "w Lublińcu", "Lublińca", "42-700", "seat"),
        ("Kłobuck", "w Kłobucku", "Kłobucka", "42-100", "seat"),
        ("Ustroń", "w Ustroniu", "Ustronia", "43-450", "town"),
        ("Wisła", "w Wiśle", "Wisły", "43-460", "town"),
        (
            "Czechowice-Dziedzice",
            "w Czechowicach-Dziedzicach",
            "Czechowic-Dziedzic",
            "43-502",
            "town",
        ),
        ("Radzionków", "w Radzionkowie", "Radzionkowa", "41-922", "town"),
        ("Lędziny", "w Lędzinach", "Lędzin", "43-140", "town"),
        ("Bieruń", "w Bieruniu", "Bierunia", "43-150", "seat"),
        ("Gierałtowice", "w Gierałtowicach", "Gierałtowic", "44-186", "rural"),
        ("Ornontowice", "w Ornontowicach", "Ornontowic", "43-178", "rural"),
        ("Świerklaniec", "w Świerklańcu", "Świerklańca", "42-622", "rural"),
    ),
    "świętokrzyskie": (
        ("Kielce", "w Kielcach", "Kielc", "25", "city"),
        (
            "Ostrowiec Świętokrzyski",
            "w Ostrowcu Świętokrzyskim",
            "Ostrowca Świętokrzyskiego",
            "27-400",
            "seat",
        ),
        ("Starachowice", "w Starachowicach", "Starachowic", "27-200", "seat"),
        (
            "Skarżysko-Kamienna",
            "w Skarżysku-Kamiennej",
            "Skarżyska-Kamiennej",
            "26-110",
            "seat",
        ),
        ("Sandomierz", "w Sandomierzu", "Sandomierza", "27-600", "seat"),
        ("Końskie", "w Końskich", "Końskich", "26-200", "seat"),
        ("Busko-Zdrój", "w Busku-Zdroju", "Buska-Zdroju", "28-100", "seat"),
        ("Jędrzejów", "w Jędrzejowie", "Jędrzejowa", "28-300", "seat"),
        ("Staszów", "w Staszowie", "Staszowa", "28-200", "seat"),
        ("Pińczów", "w Pińczowie", "Pińczowa", "28-400", "seat"),
        ("Włoszczowa", "we Włoszczowie", "Włoszczowy", "29-100", "seat"),
        ("Opatów", "w Opatowie", "Opatowa", "27-500", "seat"),
        ("Sędziszów", "w Sędziszowie", "Sędziszowa", "28-340", "town"),
        (
            "Kazimierza Wielka",
            "w Kazimierzy Wielkiej",
            "Kazimierzy Wielkiej",
            "28-500",
            "seat",
        ),
        ("Chęciny", "w Chęcinach", "Chęcin", "26-060", "town"),
        ("Bodzentyn", "w Bodzentynie", "Bodzentyna", "26-010", "town"),
        ("Połaniec", "w Połańcu", "Połańca", "28-230", "town"),
        ("Suchedniów", "w Suchedniowie", "Suchedniowa", "26-130", "town"),
        ("Masłów", "w Masłowie", "Masłowa", "26-001", "rural"),
        ("Miedziana Góra", "w Miedzianej Górze", "Miedzianej Góry", "26-085", "rural"),
    ),
    "warmińsko-mazurskie": (
        ("Olsztyn", "w Olsztynie", "Olsztyna", "10", "city"),
        ("Elbląg", "w Elblągu", "Elbląga", "82", "city"),
        ("Ełk", "w Ełku", "Ełku", "19-300", "seat"),
        ("Ostróda", "w Ostródzie", "Ostródy", "14-100", "seat"),
        ("Iława", "w Iławie", "Iławy", "14-200", "seat"),
        ("Giżycko", "w Giżycku", "Giżycka", "11-500", "seat"),
        ("Kętrzyn", "w Kętrzynie", "Kętrzyna", "11-400", "seat"),
        ("Bartoszyce", "w Bartoszycach", "Bartoszyc", "11-200", "seat"),
        ("Szczytno", "w Szczytnie", "Szczytna", "12-100", "seat"),
        ("Mrągowo", "w Mrągowie", "Mrągowa", "11-700", "seat"),
        ("Działdowo", "w Działdowie", "Działdowa", "13-200", "seat"),
        ("Pisz", "w Piszu", "Pisza", "12-200", "seat"),
        ("Braniewo", "w Braniewie", "Braniewa", "14-500", "seat"),
        (
            "Lidzbark Warmiński",
            "w Lidzbarku Warmińskim",
            "Lidzbarka Warmińskiego",
            "11-100",
            "seat",
        ),
        ("Olecko", "w Olecku", "Olecka", "19-400", "seat"),
        ("Gołdap", "w Gołdapi", "Gołdapi", "19-500", "seat"),
        ("Nidzica", "w Nidzicy", "Nidzicy", "13-100", "seat"),
        ("Morąg", "w Morągu", "Morąga", "14-300", "town"),
        ("Węgorzewo", "w Węgorzewie", "Węgorzewa", "11-600", "seat"),
        ("Barczewo", "w Barczewie", "Barczewa", "11-010", "town"),
        ("Biskupiec", "w Biskupcu", "Biskupca", "11-300", "town"),
        ("Dywity", "w Dywitach", "Dywit", "11-001", "rural"),
        ("Stawiguda", "w Stawigudzie", "Stawigudy", "11-034", "rural"),
    ),
    "wielkopolskie": (
        ("Poznań", "w Poznaniu", "Poznania", "60", "city"),
        ("Kalisz", "w Kaliszu", "Kalisza", "62", "city"),
        ("Konin", "w Koninie", "Konina", "62", "city"),
        ("Leszno", "w Lesznie", "Leszna", "64", "city"),
        ("Piła", "w Pile", "Piły", "64-920", "seat"),
        (
            "Ostrów Wielkopolski",
            "w Ostrowie Wielkopolskim",
            "Ostrowa Wielkopolskiego",
            "63-400",
            "seat",
        ),
        ("Gniezno", "w Gnieźnie", "Gniezna", "62-200", "seat"),
        ("Swarzędz", "w Swarzędzu", "Swarzędza", "62-020", "town"),
        ("Luboń", "w Luboniu", "Lubonia", "62-030", "town"),
        ("Śrem", "w Śremie", "Śremu", "63-100", "seat"),
        ("Krotoszyn", "w Krotoszynie", "Krotoszyna", "63-700", "seat"),
        ("Września", "we Wrześni", "Wrześni", "62-300", "seat"),
        ("Turek", "w Turku", "Turku", "62-700", "seat"),
        ("Jarocin", "w Jarocinie", "Jarocina", "63-200", "seat"),
        ("Gostyń", "w Gostyniu", "Gostynia", "63-800", "seat"),
        ("Kościan", "w Kościanie", "Kościana", "64-000", "seat"),
        ("Wągrowiec", "w Wągrowcu", "Wągrowca", "62-100", "seat"),
        ("Szamotuły", "w Szamotułach", "Szamotuł", "64-500", "seat"),
        ("Oborniki", "w Obornikach", "Obornik", "64-600", "seat"),
        ("Rawicz", "w Rawiczu", "Rawicza", "63-900", "seat"),
        ("Pleszew", "w Pleszewie", "Pleszewa", "63-300", "seat"),
        ("Koło", "w Kole", "Koła", "62-600", "seat"),
        ("Słupca", "w Słupcy", "Słupcy", "62-400", "seat"),
        ("Złotów", "w Złotowie", "Złotowa", "77-400", "seat"),
        ("Chodzież", "w Chodzieży", "Chodzieży", "64-800", "seat"),
        ("Kępno", "w Kępnie", "Kępna", "63-600", "seat"),
        ("Nowy Tomyśl", "w Nowym Tomyślu", "Nowego Tomyśla", "64-300", "seat"),
        (
            "Środa Wielkopolska",
            "w Środzie Wielkopolskiej",
            "Środy Wielkopolskiej",
            "63-000",
            "seat",
        ),
        ("Wolsztyn", "w Wolsztynie", "Wolsztyna", "64-200", "seat"),
        ("Ślesin", "w Ślesinie", "Ślesina", "62-561", "town"),
        ("Mosina", "w Mosinie", "Mosiny", "62-050", "town"),
        ("Kórnik", "w Kórniku", "Kórnika", "62-035", "town"),
        ("Suchy Las", "w Suchym Lesie", "Suchego Lasu", "62-002", "rural"),
        ("Tarnowo Podgórne", "w Tarnowie Podgórnym", "Tarnowa Podgórnego", "62-080", "rural"),
        ("Komorniki", "w Komornikach", "Komornik", "62-052", "rural"),
        ("Dopiewo", "w Dopiewie", "Dopiewa", "62-070", "rural"),
    ),
    "zachodniopomorskie": (
        ("Szczecin", "w Szczecinie", "Szczecina", "70", "city"),
        ("Koszalin", "w Koszalinie", "Koszalina", "75", "city"),
        ("Świnoujście", "w Świnoujściu", "Świnoujścia", "72-600", "city"),
        ("Stargard", "w Stargardzie", "Stargardu", "73-110", "seat"),
        ("Kołobrzeg", "w Kołobrzegu", "Kołobrzegu", "78-100", "seat"),
        ("Szczecinek", "w Szczecinku", "Szczecinka", "78-400", "seat"),
        ("Police", "w Policach", "Polic", "72-010", "seat"),
        ("Wałcz", "w Wałczu", "Wałcza", "78-600", "seat"),
        ("Białogard", "w Białogardzie", "Białogardu", "78-200", "seat"),
        ("Goleniów", "w Goleniowie", "Goleniowa", "72-100", "seat"),
        ("Gryfino", "w Gryfinie", "Gryfina", "74-100", "seat"),
        ("Nowogard", "w Nowogardzie", "Nowogardu", "72-200", "town"),
        ("Gryfice", "w Gryficach", "Gryfic", "72-300", "seat"),
        ("Świdwin", "w Świdwinie", "Świdwina", "78-300", "seat"),
        ("Choszczno", "w Choszcznie", "Choszczna", "73-200", "seat"),
        ("Pyrzyce", "w Pyrzycach", "Pyrzyc", "74-200", "seat"),
        ("Darłowo", "w Darłowie", "Darłowa", "76-150", "town"),
        ("Myślibórz", "w Myśliborzu", "Myśliborza", "74-300", "seat"),
        ("Barlinek", "w Barlinku", "Barlinka", "74-320", "town"),
        ("Łobez", "w Łobzie", "Łobza", "73-150", "seat"),
        (
            "Drawsko Pomorskie",
            "w Drawsku Pomorskim",
            "Drawska Pomorskiego",
            "78-500",
            "seat",
        ),
        ("Sławno", "w Sławnie", "Sławna", "76-100", "seat"),
        ("Kamień Pomorski", "w Kamieniu Pomorskim", "Kamienia Pomorskiego", "72-400", "seat"),
        ("Międzyzdroje", "w Międzyzdrojach", "Międzyzdrojów", "72-500", "town"),
        ("Połczyn-Zdrój", "w Połczynie-Zdroju", "Połczyna-Zdroju", "78-320", "town"),
        ("Trzebiatów", "w Trzebiatowie", "Trzebiatowa", "72-320", "town"),
        ("Kołbaskowo", "w Kołbaskowie", "Kołbaskowa", "72-001", "rural"),
        ("Dobra", "w Dobrej", "Dobrej", "72-003", "rural"),
    ),
}

TOWNS: tuple[Town, ...] = tuple(
    Town(name, in_town, genitive, voivodeship, postal, kind)
    for voivodeship, rows in _TOWNS_BY_VOIVODESHIP.items()
    for name, in_town, genitive, postal, kind in rows
)
"""Every town, in voivodeship order (the order is part of reproducibility: do not sort)."""

VOIVODESHIPS: tuple[str, ...] = tuple(_TOWNS_BY_VOIVODESHIP)
"""The sixteen voivodeships, lowercase, as used in addresses."""

# Landline area codes per voivodeship (plausible for the region, not for each town).
AREA_CODES: dict[str, tuple[str, ...]] = {
    "dolnośląskie": ("71", "74", "75", "76"),
    "kujawsko-pomorskie": ("52", "54", "56"),
    "lubelskie": ("81", "82", "83", "84"),
    "lubuskie": ("68", "95"),
    "łódzkie": ("42", "43", "44", "46"),
    "małopolskie": ("12", "14", "18"),
    "mazowieckie": ("22", "23", "24", "25", "29", "48"),
    "opolskie": ("77",),
    "podkarpackie": ("13", "15", "16", "17"),
    "podlaskie": ("85", "86", "87"),
    "pomorskie": ("58", "59"),
    "śląskie": ("32", "33", "34"),
    "świętokrzyskie": ("41", "15"),
    "warmińsko-mazurskie": ("89", "55", "87"),
    "wielkopolskie": ("61", "62", "63", "65", "67"),
    "zachodniopomorskie": ("91", "94"),
}

# First two digits of Polish mobile numbers in common use.
MOBILE_PREFIXES: tuple[str, ...] = (
    "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88",
)  # fmt: skip

# --- People ---------------------------------------------------------------------------

FEMALE_FIRST_NAMES: tuple[str, ...] = (
    "Anna", "Maria", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Krystyna",
    "Elżbieta", "Zofia", "Teresa", "Magdalena", "Joanna", "Monika", "Danuta", "Beata",
    "Aleksandra", "Jadwiga", "Dorota", "Halina", "Irena", "Jolanta", "Grażyna", "Iwona",
    "Marta", "Bożena", "Renata", "Urszula", "Natalia", "Karolina", "Paulina", "Justyna",
    "Alicja", "Wiesława", "Sylwia", "Agata", "Emilia", "Izabela", "Jagoda", "Weronika",
    "Zuzanna", "Julia", "Wanda", "Kinga", "Łucja", "Żaneta", "Bogumiła", "Mirosława",
    "Stanisława", "Bronisława", "Dominika", "Gabriela", "Patrycja", "Ilona", "Lidia",
    "Marzena", "Edyta", "Anita", "Hanna", "Róża", "Kamila", "Martyna", "Wiktoria",
    "Ludmiła", "Bogusława", "Honorata", "Żaklina", "Jarosława", "Oliwia", "Ewelina",
)  # fmt: skip

MALE_FIRST_NAMES: tuple[str, ...] = (
    "Piotr", "Krzysztof", "Andrzej", "Tomasz", "Paweł", "Jan", "Michał", "Marcin", "Jakub",
    "Adam", "Łukasz", "Marek", "Grzegorz", "Stanisław", "Mateusz", "Wojciech", "Mariusz",
    "Dariusz", "Zbigniew", "Jerzy", "Rafał", "Maciej", "Robert", "Kamil", "Józef", "Ryszard",
    "Tadeusz", "Dawid", "Szymon", "Kacper", "Sławomir", "Jacek", "Jarosław", "Janusz",
    "Roman", "Henryk", "Artur", "Przemysław", "Bartłomiej", "Witold", "Zdzisław", "Bogdan",
    "Leszek", "Mirosław", "Czesław", "Bolesław", "Jędrzej", "Mikołaj", "Bartosz", "Damian",
    "Daniel", "Kazimierz", "Radosław", "Wiesław", "Zenon", "Edward", "Hubert", "Igor",
    "Konrad", "Filip", "Wiktor", "Sebastian", "Lech", "Ludwik", "Bogusław", "Remigiusz",
    "Ignacy", "Błażej", "Cezary", "Władysław",
)  # fmt: skip

# Surnames that agree in gender like adjectives: Kowalski / Kowalska.
_ADJECTIVAL_SURNAMES: tuple[str, ...] = (
    "Kowalski", "Wiśniewski", "Lewandowski", "Zieliński", "Szymański", "Kamiński",
    "Dąbrowski", "Kozłowski", "Jankowski", "Wojciechowski", "Kwiatkowski", "Piotrowski",
    "Grabowski", "Nowakowski", "Pawłowski", "Michalski", "Nowicki", "Zalewski",
    "Jabłoński", "Majewski", "Olszewski", "Jaworski", "Malinowski", "Górski", "Witkowski",
    "Sikorski", "Rutkowski", "Ostrowski", "Tomaszewski", "Wróblewski", "Jasiński",
    "Zawadzki", "Sadowski", "Chmielewski", "Borkowski", "Czarnecki", "Sawicki",
    "Sokołowski", "Urbański", "Maciejewski", "Szczepański", "Kucharski", "Kalinowski",
    "Wysocki", "Adamski", "Wasilewski", "Czerwiński", "Andrzejewski", "Głowacki",
    "Zakrzewski", "Krajewski", "Gajewski", "Baranowski", "Laskowski", "Brzeziński",
    "Makowski", "Ziółkowski", "Przybylski", "Domański", "Borowski", "Chojnacki",
    "Ciesielski", "Wesołowski", "Górecki", "Żółkiewski", "Łęcki", "Śliwiński", "Będkowski",
    "Świątkowski", "Żurawski", "Ślusarski", "Łapiński", "Ćwikliński", "Żmijewski",
    "Śmigielski", "Kędzierski", "Kołakowski", "Wójcicki", "Gołębiowski", "Jędrzejewski",
    "Rączkowski", "Bielecki", "Żebrowski", "Świderski", "Dębski", "Mańkowski",
    "Dąbkowski", "Łoziński", "Jakubowski", "Fijałkowski", "Gawroński", "Słowiński",
)  # fmt: skip

# Surnames with one form for both genders: Nowak, Wróbel, Kołodziej.
_INVARIANT_SURNAMES: tuple[str, ...] = (
    "Nowak", "Wójcik", "Woźniak", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król",
    "Wieczorek", "Wróbel", "Stępień", "Dudek", "Pietrzak", "Walczak", "Baran", "Michalak",
    "Szewczyk", "Włodarczyk", "Kubiak", "Wilk", "Lis", "Mazurek", "Kaźmierczak", "Sobczak",
    "Cieślak", "Kołodziej", "Sikora", "Szymczak", "Szulc", "Błaszczyk", "Mróz",
    "Szczepaniak", "Krupa", "Leśniak", "Kowalczyk", "Grzelak", "Dziedzic", "Mikołajczyk",
    "Ślęzak", "Łuczak", "Ożóg", "Żak", "Łukaszewicz", "Mazurkiewicz", "Adamczyk",
    "Marciniak", "Duda", "Sowa", "Kasprzak", "Wawrzyniak", "Głąb", "Kurek", "Bąk", "Chmiel",
    "Żuk", "Pająk", "Kruk", "Kępa", "Gołąb", "Czyż", "Śliwa", "Kozieł", "Pawlak", "Witek",
    "Nowaczyk", "Jóźwiak", "Gąsior", "Łoś", "Kostrzewa", "Skóra", "Gil", "Dróżdż",
    "Piątek", "Wrona", "Ćwik", "Bednarz", "Gajda", "Kaczor", "Janik", "Przybysz", "Żurek",
    "Grzyb", "Zięba", "Kwiecień", "Dziuba",
)  # fmt: skip

SURNAMES: tuple[tuple[str, str], ...] = tuple(
    (male, male[:-1] + "a") for male in _ADJECTIVAL_SURNAMES
) + tuple((same, same) for same in _INVARIANT_SURNAMES)
"""(masculine form, feminine form) pairs: ("Kowalski", "Kowalska"), ("Nowak", "Nowak")."""

# --- Addresses ------------------------------------------------------------------------

STREETS: tuple[str, ...] = (
    "ul. Kościuszki", "ul. Żeromskiego", "al. Niepodległości", "pl. Wolności",
    "ul. Źródlana", "ul. Mickiewicza", "ul. Słowackiego", "ul. Sienkiewicza",
    "ul. Piłsudskiego", "ul. Kolejowa", "ul. Dworcowa", "ul. Szkolna", "ul. Polna",
    "ul. Leśna", "ul. Ogrodowa", "ul. Lipowa", "ul. Kwiatowa", "ul. Łąkowa", "ul. Słoneczna",
    "ul. Krótka", "ul. Długa", "ul. Kościelna", "ul. Zielona", "ul. Parkowa", "ul. Wiejska",
    "ul. Brzozowa", "ul. Spacerowa", "ul. Świętojańska", "ul. Żwirki i Wigury",
    "ul. 3 Maja", "ul. 11 Listopada", "ul. Armii Krajowej", "al. Jana Pawła II",
    "ul. Konopnickiej", "ul. Prusa", "ul. Reymonta", "ul. Chopina", "ul. Moniuszki",
    "ul. Kopernika", "ul. Traugutta", "ul. Narutowicza", "ul. Staszica", "ul. Orzeszkowej",
    "ul. Matejki", "ul. Grunwaldzka", "ul. ks. Jerzego Popiełuszki", "ul. Jagiellońska",
    "ul. Piastowska", "ul. Kasprowicza", "ul. Wyspiańskiego", "ul. Fredry", "ul. Tuwima",
    "ul. Broniewskiego", "ul. Norwida", "ul. Dąbrowskiego", "ul. Śniadeckich",
    "ul. Łokietka", "ul. Sobieskiego", "ul. Bohaterów Westerplatte", "pl. Ratuszowy",
    "ul. Wspólna", "ul. Sądowa", "ul. Poniatowskiego", "ul. Górna", "ul. Nadrzeczna",
    "ul. Wałowa", "ul. Żytnia", "ul. Złota", "ul. Szeroka", "ul. Cicha", "ul. Wąska",
    "al. Wojska Polskiego", "ul. Świerkowa", "ul. Jaśminowa", "ul. Ułańska", "pl. Kościelny",
)  # fmt: skip

# --- Institutions ---------------------------------------------------------------------

INSTITUTION_TYPES: tuple[str, ...] = ("jops", "ngo", "zaz", "wtz", "other")

# Titles of the head of an institution: masculine form (None: in practice only women hold
# the post), feminine forms in use.
HEAD_TITLES: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "kierownik": ("Kierownik", ("Kierownik", "Kierowniczka")),
    "dyrektor": ("Dyrektor", ("Dyrektor", "Dyrektorka")),
    "prezes": ("Prezes", ("Prezes", "Prezeska")),
    "przewodniczaca": (None, ("Przewodnicząca",)),
    "koordynator": ("Koordynator", ("Koordynatorka",)),
}


class InstitutionPattern(NamedTuple):
    """How an institution of one type is named, who heads it, and its e-mail addresses."""

    name: str
    kinds: tuple[str, ...]
    """Town kinds where such an institution exists (a GOPS only in a rural gmina)."""
    head_title: str
    """Key of ``HEAD_TITLES``."""
    head_of: str
    """What follows the title, in the genitive: "Gminnego Ośrodka Pomocy Społecznej"."""
    emails: tuple[str, ...]
    weight: int = 1
    """How often this pattern is drawn, relative to the others of its type and town kind."""


_ANY = ("city", "seat", "town", "rural")
_URBAN = ("city", "seat", "town")

INSTITUTION_PATTERNS: dict[str, tuple[InstitutionPattern, ...]] = {
    "jops": (
        InstitutionPattern(
            "Miejski Ośrodek Pomocy Społecznej {in_town}",
            _URBAN,
            "dyrektor",
            "Miejskiego Ośrodka Pomocy Społecznej",
            ("mops@{slug}.pl", "sekretariat@mops.{slug}.pl"),
            3,
        ),
        InstitutionPattern(
            "Miejski Ośrodek Pomocy Rodzinie {in_town}",
            ("city",),
            "dyrektor",
            "Miejskiego Ośrodka Pomocy Rodzinie",
            ("mopr@{slug}.pl", "sekretariat@mopr.{slug}.pl"),
        ),
        InstitutionPattern(
            "Miejsko-Gminny Ośrodek Pomocy Społecznej {in_town}",
            ("seat", "town"),
            "kierownik",
            "Miejsko-Gminnego Ośrodka Pomocy Społecznej",
            ("mgops@{slug}.pl", "sekretariat@mgops.{slug}.pl"),
            3,
        ),
        InstitutionPattern(
            "Gminny Ośrodek Pomocy Społecznej {in_town}",
            ("rural",),
            "kierownik",
            "Gminnego Ośrodka Pomocy Społecznej",
            ("gops@{slug}.pl", "sekretariat@gops.{slug}.pl"),
            6,
        ),
        InstitutionPattern(
            "Powiatowe Centrum Pomocy Rodzinie {in_town}",
            ("seat",),
            "dyrektor",
            "Powiatowego Centrum Pomocy Rodzinie",
            ("pcpr@{slug}.pl", "sekretariat@pcpr.{slug}.pl"),
            2,
        ),
        InstitutionPattern(
            "Dom Pomocy Społecznej „{dps}” {in_town}",
            _ANY,
            "dyrektor",
            "Domu Pomocy Społecznej",
            ("dps@{slug}.pl", "sekretariat@dps.{slug}.pl"),
        ),
        InstitutionPattern(
            "Centrum Usług Społecznych {in_town}",
            _ANY,
            "dyrektor",
            "Centrum Usług Społecznych",
            ("cus@{slug}.pl", "sekretariat@cus.{slug}.pl"),
        ),
    ),
    "ngo": (
        InstitutionPattern(
            "Stowarzyszenie „Razem dla {town_gen}”",
            _ANY,
            "prezes",
            "Zarządu Stowarzyszenia",
            ("biuro@razemdla{gen_slug}.org.pl", "kontakt@razemdla{gen_slug}.org.pl"),
            2,
        ),
        InstitutionPattern(
            "Fundacja Aktywności Lokalnej „{quoted}”",
            _ANY,
            "prezes",
            "Zarządu Fundacji",
            ("fundacja@{quoted_slug}.org.pl", "biuro@fal-{quoted_slug}.org.pl"),
        ),
        InstitutionPattern(
            "Towarzystwo Przyjaciół {town_gen}",
            _ANY,
            "prezes",
            "Zarządu Towarzystwa",
            ("kontakt@przyjaciele-{gen_slug}.org.pl",),
        ),
        InstitutionPattern(
            "Stowarzyszenie Sąsiedzkie „Podwórko”",
            _URBAN,
            "prezes",
            "Zarządu Stowarzyszenia",
            ("kontakt@podworko-{slug}.org.pl",),
        ),
        InstitutionPattern(
            "Stowarzyszenie Inicjatyw Lokalnych „{quoted}”",
            _ANY,
            "prezes",
            "Zarządu Stowarzyszenia",
            ("biuro@{quoted_slug}-{slug}.org.pl",),
        ),
        InstitutionPattern(
            "Stowarzyszenie na rzecz Rozwoju Gminy {town}",
            ("rural",),
            "prezes",
            "Zarządu Stowarzyszenia",
            ("biuro@rozwoj-{slug}.org.pl",),
        ),
        InstitutionPattern(
            "Koło Gospodyń Wiejskich {in_town}",
            ("rural",),
            "przewodniczaca",
            "Koła Gospodyń Wiejskich",
            ("kgw@{slug}.org.pl",),
        ),
    ),
    "zaz": (
        InstitutionPattern(
            "Zakład Aktywności Zawodowej {in_town}",
            _ANY,
            "kierownik",
            "Zakładu Aktywności Zawodowej",
            ("zaz@{slug}.pl", "biuro@zaz.{slug}.pl"),
        ),
        InstitutionPattern(
            "Zakład Aktywności Zawodowej „{quoted}” {in_town}",
            _URBAN,
            "dyrektor",
            "Zakładu Aktywności Zawodowej",
            ("zaz@{quoted_slug}-{slug}.pl",),
        ),
    ),
    "wtz": (
        InstitutionPattern(
            "Warsztat Terapii Zajęciowej przy Stowarzyszeniu „{quoted}” {in_town}",
            _ANY,
            "kierownik",
            "Warsztatu Terapii Zajęciowej",
            ("wtz@{quoted_slug}-{slug}.org.pl",),
        ),
        InstitutionPattern(
            "Warsztat Terapii Zajęciowej przy Fundacji „{quoted}” {in_town}",
            _URBAN,
            "kierownik",
            "Warsztatu Terapii Zajęciowej",
            ("wtz@{quoted_slug}.org.pl",),
        ),
        InstitutionPattern(
            "Warsztat Terapii Zajęciowej przy Domu Pomocy Społecznej {in_town}",
            _ANY,
            "kierownik",
            "Warsztatu Terapii Zajęciowej",
            ("wtz@dps.{slug}.pl",),
        ),
        InstitutionPattern(
            "Warsztat Terapii Zajęciowej przy Polskim Stowarzyszeniu na rzecz Osób"
            " z Niepełnosprawnością Intelektualną Koło {in_town}",
            _URBAN,
            "kierownik",
            "Warsztatu Terapii Zajęciowej",
            ("wtz.{slug}@psoni.org.pl",),
        ),
    ),
    "other": (
        InstitutionPattern(
            "Centrum Integracji Społecznej {in_town}",
            _ANY,
            "kierownik",
            "Centrum Integracji Społecznej",
            ("cis@{slug}.pl", "biuro@cis.{slug}.pl"),
        ),
        InstitutionPattern(
            "Centrum Integracji Społecznej „{quoted}” {in_town}",
            _URBAN,
            "kierownik",
            "Centrum Integracji Społecznej",
            ("cis@{quoted_slug}-{slug}.pl",),
        ),
        InstitutionPattern(
            "Klub Integracji Społecznej {in_town}",
            _ANY,
            "koordynator",
            "Klubu Integracji Społecznej",
            ("kis@{slug}.pl",),
        ),
    ),
}

# Names in quotes for NGOs, workshops and centres (nominative: quotes do not decline).
QUOTED_NAMES: tuple[str, ...] = (
    "Źródło", "Podwórko", "Most", "Przystań", "Tęcza", "Horyzont", "Wspólna Sprawa",
    "Sąsiedzi", "Kuźnia Inicjatyw", "Ogniwo", "Żagiel", "Światło", "Pod Lipami", "Nadzieja",
    "Dom Otwarty", "Ścieżka", "Promień", "Łącznik", "Zielony Zakątek", "Krąg",
)  # fmt: skip

CARE_HOME_NAMES: tuple[str, ...] = (
    "Złota Jesień", "Pogodna Jesień", "Złoty Wiek", "Przystań", "Pod Lipami", "Nasz Dom",
    "Słoneczne Wzgórze", "Na Skarpie",
)  # fmt: skip

# Submitter positions per institution type: (masculine, feminine).
_OSL_POSITIONS: tuple[tuple[str, str], ...] = (
    ("organizator społeczności lokalnej", "organizatorka społeczności lokalnej"),
    ("organizator społeczności lokalnej", "organizatorka społeczności lokalnej"),
    ("animator społeczności lokalnej", "animatorka społeczności lokalnej"),
    ("koordynator zespołu OSL", "koordynatorka zespołu OSL"),
    ("koordynator projektów", "koordynatorka projektów"),
)
SUBMITTER_POSITIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "jops": (
        *_OSL_POSITIONS,
        ("specjalista pracy socjalnej", "specjalistka pracy socjalnej"),
        ("starszy specjalista pracy socjalnej", "starsza specjalistka pracy socjalnej"),
        ("pracownik socjalny", "pracownica socjalna"),
        (
            "kierownik działu organizowania społeczności lokalnej",
            "kierowniczka działu organizowania społeczności lokalnej",
        ),
    ),
    "ngo": (
        *_OSL_POSITIONS,
        ("wiceprezes zarządu", "wiceprezeska zarządu"),
        ("członek zarządu", "członkini zarządu"),
        ("koordynator wolontariatu", "koordynatorka wolontariatu"),
    ),
    "zaz": (
        *_OSL_POSITIONS,
        ("doradca zawodowy", "doradczyni zawodowa"),
        ("specjalista ds. rehabilitacji", "specjalistka ds. rehabilitacji"),
    ),
    "wtz": (
        *_OSL_POSITIONS,
        ("terapeuta zajęciowy", "terapeutka zajęciowa"),
        ("instruktor terapii zajęciowej", "instruktorka terapii zajęciowej"),
    ),
    "other": (
        *_OSL_POSITIONS,
        ("doradca zawodowy", "doradczyni zawodowa"),
        ("specjalista reintegracji społecznej", "specjalistka reintegracji społecznej"),
    ),
}

# --- Model of work and the nine standards ---------------------------------------------

FIELDS_OF_WORK: dict[str, str] = {
    "culture": "kultura",
    "social_assistance": "pomoc społeczna",
    "education": "edukacja",
    "ecology": "ekologia",
    "safety": "bezpieczeństwo",
    "health": "zdrowie i profilaktyka",
    "sport_recreation": "sport i rekreacja",
    "labour_market": "aktywizacja zawodowa",
    "civic": "aktywność obywatelska",
    "revitalisation": "rewitalizacja i przestrzeń publiczna",
}
"""Codes of the fields of work and their Polish names, as on form version 1."""

CAMPAIGNS: tuple[str, ...] = (
    "Sąsiedzi sąsiadom", "Zauważ seniora", "Nie jesteś sam", "Czyste podwórko",
    "Bezpieczna dzielnica", "Ławka sąsiedzka", "Dobre słowo", "Żyj zdrowo",
    "Podziel się książką", "Świetlica dla wszystkich",
)  # fmt: skip

STANDARD_DESCRIPTIONS: dict[str, tuple[str, ...]] = {
    "S1": (
        "Organizowanie społeczności lokalnej jest wpisane do statutu instytucji oraz do"
        " regulaminu organizacyjnego przyjętego w {start_year} roku.",
        "Regulamin organizacyjny wyodrębnia zadania z zakresu organizowania społeczności"
        " lokalnej, a zakresy czynności organizatorów szczegółowo je opisują.",
        "Zapisy o pracy środowiskowej metodą OSL znalazły się w statucie, w regulaminie"
        " organizacyjnym oraz w lokalnej strategii rozwiązywania problemów społecznych.",
        "Od {start_year} roku zakresy czynności organizatorów społeczności lokalnej obejmują"
        " diagnozę, animację grup mieszkańców i budowanie partnerstw.",
        "Model OSL został ujęty w dokumentach wewnętrznych: statucie, regulaminie"
        " organizacyjnym i procedurze pracy środowiskowej.",
        "Aktualizacja statutu w {prev_year} roku wprowadziła organizowanie społeczności"
        " lokalnej jako jeden z podstawowych kierunków działania.",
    ),
    "S2": (
        "W strukturze instytucji wyodrębniono Zespół Organizowania Społeczności Lokalnej,"
        " który koordynuje pracę w poszczególnych rejonach.",
        "Zadania z zakresu OSL realizują dwa wyodrębnione stanowiska organizatorów"
        " społeczności lokalnej, podległe bezpośrednio kierownictwu.",
        "Zarządzeniem z {start_year} roku utworzono samodzielne stanowisko organizatora"
        " społeczności lokalnej.",
        "W każdym rejonie pracuje organizator lub organizatorka społeczności lokalnej,"
        " a całość pracy koordynuje kierowniczka działu.",
        "Etaty organizatorów społeczności lokalnej są finansowane ze środków własnych, co"
        " zapewnia ciągłość pracy niezależnie od projektów.",
        "Organizatorzy mają wyodrębnione stanowiska i zakresy obowiązków oddzielone od zadań"
        " pracowników socjalnych.",
    ),
    "S3": (
        "Wszyscy pracownicy ukończyli szkolenie wprowadzające do metody OSL, a nowe osoby"
        " przechodzą je w ciągu pierwszych trzech miesięcy pracy.",
        "W {prev_year} roku cały zespół uczestniczył w cyklu warsztatów z organizowania"
        " społeczności lokalnej prowadzonych przez trenerów CAL.",
        "Metoda OSL jest stałym tematem comiesięcznych spotkań zespołu, na których"
        " organizatorzy omawiają bieżące działania.",
        "Pracownicy socjalni, asystenci rodziny i kadra administracyjna znają zasady OSL"
        " i wiedzą, jak zachęcać mieszkańców do udziału w działaniach środowiskowych.",
        "Plan szkoleń na {year} rok przewiduje superwizję dla organizatorów i warsztaty dla"
        " pozostałych pracowników.",
        "Każda nowo zatrudniona osoba otrzymuje materiały o metodzie OSL i odbywa staż"
        " w zespole organizatorów.",
    ),
    "S4": (
        "W {prev_year} roku przeprowadziliśmy diagnozę potrzeb i zasobów mieszkańców,"
        " łącząc ankiety, spacery badawcze i wywiady z liderami lokalnymi.",
        "Diagnoza środowiskowa jest aktualizowana co roku i obejmuje społeczności terytorialne"
        " oraz kategorialne, w tym seniorów i osoby z niepełnosprawnościami.",
        "Organizatorzy prowadzą mapowanie zasobów lokalnych i na tej podstawie planują"
        " działania razem z mieszkańcami.",
        "Szczególną uwagę poświęcamy społecznościom zagrożonym wykluczeniem, między innymi"
        " mieszkańcom lokali socjalnych i rodzinom w kryzysie.",
        "Wyniki diagnozy omawiamy na otwartych spotkaniach, podczas których mieszkańcy sami"
        " wskazują priorytety działań.",
        "Diagnoza potrzeb przeprowadzona {in_town} objęła {n} spotkań konsultacyjnych"
        " i badanie ankietowe mieszkańców.",
    ),
    "S5": (
        "Pracę ze społecznością prowadzimy nieprzerwanie od {start_year} roku, a działania"
        " wynikają z wieloletniego planu.",
        "Działania nie mają charakteru jednorazowego: grupy mieszkańców spotykają się"
        " regularnie i stopniowo przejmują odpowiedzialność za swoje inicjatywy.",
        "Plan pracy środowiskowej na lata {year}–{year_plus} zakłada stopniowe"
        " usamodzielnianie się grup mieszkańców.",
        "Rola organizatora zmienia się z inicjatora w doradcę w miarę, jak liderzy lokalni"
        " nabierają doświadczenia.",
        "Działamy w tej samej społeczności od kilku lat, co pozwoliło zbudować zaufanie"
        " i trwałe relacje z mieszkańcami.",
        "Efektem wieloletniej pracy jest grupa mieszkańców, która w {prev_year} roku"
        " zarejestrowała własne stowarzyszenie.",
    ),
    "S6": (
        "Wspieramy grupy samopomocowe i obywatelskie: klub seniora, grupę wsparcia dla"
        " rodziców oraz radę osiedla.",
        "Prowadzimy centrum wolontariatu, które w {prev_year} roku skupiało {n} wolontariuszek"
        " i wolontariuszy.",
        "Wspólnie z mieszkańcami przygotowaliśmy kampanię społeczną „{campaign}”, w którą"
        " włączyły się szkoły i lokalne media.",
        "Należymy do lokalnej sieci współpracy instytucji i organizacji pozarządowych, która"
        " spotyka się raz na kwartał.",
        "Z naszym wsparciem powstało lokalne partnerstwo na rzecz aktywizacji mieszkańców,"
        " skupiające szkoły, bibliotekę i dom kultury.",
        "Organizujemy wolontariat sąsiedzki, w ramach którego mieszkańcy pomagają osobom"
        " starszym w codziennych sprawach.",
    ),
    "S7": (
        "Działamy na wielu polach, od kultury i edukacji po bezpieczeństwo i ekologię, nie"
        " ograniczając się do osób korzystających z pomocy społecznej.",
        "Nasze działania są skierowane do wszystkich mieszkańców: dzieci, młodzieży, rodzin,"
        " seniorów i osób z niepełnosprawnościami.",
        "Inicjatywy obejmują zarówno integrację międzypokoleniową, jak i rewitalizację"
        " przestrzeni publicznej oraz aktywizację zawodową.",
        "Nie zawężamy pracy do jednej grupy docelowej: z naszej oferty korzystają także osoby,"
        " które nigdy wcześniej nie miały kontaktu z instytucją.",
        "W {prev_year} roku zrealizowaliśmy {n} inicjatyw w obszarach kultury, sportu,"
        " edukacji i bezpieczeństwa.",
        "Otwarte spotkania, festyny i warsztaty są dostępne dla każdego, niezależnie od wieku"
        " i sytuacji życiowej.",
    ),
    "S8": (
        "Projekty realizujemy razem ze szkołami, domem kultury, biblioteką i organizacjami"
        " pozarządowymi działającymi {in_town}.",
        "Mieszkańcy współtworzą projekty od etapu pomysłu: sami planują działania, pozyskują"
        " partnerów i podsumowują efekty.",
        "W {prev_year} roku zawarliśmy porozumienia partnerskie z {n} instytucjami"
        " i organizacjami.",
        "Razem z radą osiedla i lokalnymi przedsiębiorcami przygotowaliśmy projekt"
        " zagospodarowania wspólnego podwórka.",
        "Ściśle współpracujemy z policją, szkołami i ośrodkiem zdrowia przy programie"
        " bezpieczeństwa sąsiedzkiego.",
        "Pomagamy mieszkańcom przygotowywać wnioski do budżetu obywatelskiego, a zwycięskie"
        " projekty realizujemy wspólnie z nimi.",
    ),
    "S9": (
        "Każde działanie kończy się ewaluacją z udziałem mieszkańców, a wnioski wykorzystujemy"
        " przy planowaniu kolejnego roku.",
        "Raz w roku przygotowujemy raport z pracy środowiskowej, który prezentujemy radnym"
        " i mieszkańcom na otwartym spotkaniu.",
        "Stosujemy ankiety, wywiady grupowe i karty obserwacji; wyniki ewaluacji publikujemy"
        " na stronie internetowej instytucji.",
        "Ewaluację prowadzimy według wskaźników ustalonych na etapie planowania, a jej wyniki"
        " omawiamy na zebraniach zespołu.",
        "Efekty pracy prezentujemy podczas dorocznego forum lokalnego oraz w sprawozdaniu"
        " z działalności za {prev_year} rok.",
        "W {prev_year} roku zleciliśmy zewnętrzną ewaluację działań środowiskowych, a jej"
        " wyniki udostępniliśmy partnerom.",
    ),
}
"""One- or two-sentence descriptions of how an institution meets each standard."""

EVIDENCE_FILES: dict[str, tuple[str, ...]] = {
    "S1": (
        "statut_{start_year}.pdf", "regulamin_organizacyjny_{prev_year}.pdf",
        "zakresy_czynnosci_OSL.pdf", "uchwala_w_sprawie_statutu.pdf",
    ),
    "S2": (
        "schemat_organizacyjny.pdf", "zarzadzenie_zespol_OSL.pdf",
        "opis_stanowiska_organizatora.pdf",
    ),
    "S3": (
        "lista_obecnosci_szkolenie_OSL_{prev_year}.pdf", "program_szkolen_{year}.pdf",
        "zaswiadczenia_szkolen.pdf",
    ),
    "S4": (
        "diagnoza_potrzeb_{prev_year}.pdf", "mapa_zasobow_{slug}.pdf", "ankieta_mieszkancow.pdf",
    ),
    "S5": (
        "plan_pracy_{year}-{year_plus}.pdf", "sprawozdanie_{prev_year}.pdf",
        "kronika_dzialan.pdf",
    ),
    "S6": (
        "regulamin_wolontariatu.pdf", "kampania_spoleczna_plakat.jpg",
        "lista_grup_samopomocowych.xlsx", "porozumienie_sieci_wspolpracy.pdf",
    ),
    "S7": (
        "kalendarz_dzialan_{prev_year}.pdf", "zdjecia_festyn_{prev_year}.zip",
        "oferta_dla_mieszkancow.pdf",
    ),
    "S8": (
        "porozumienie_partnerskie_{prev_year}.pdf", "lista_partnerow.xlsx",
        "protokol_spotkania_mieszkancow.pdf",
    ),
    "S9": (
        "raport_ewaluacyjny_{prev_year}.pdf", "ankieta_ewaluacyjna.pdf",
        "prezentacja_wynikow.pptx",
    ),
}  # fmt: skip

MODEL_OF_WORK: tuple[str, ...] = (
    "Nasz model pracy opiera się na metodzie organizowania społeczności lokalnej i obejmuje"
    " powtarzalny cykl: diagnozę, planowanie z mieszkańcami, wspólne działanie i ewaluację."
    " Organizatorzy pracują w wyznaczonych rejonach, w stałym kontakcie z liderami lokalnymi."
    " Główne obszary naszej pracy to: {fields}.",
    "Pracę środowiskową {in_town} prowadzimy od {start_year} roku. Zaczynamy od rozpoznania"
    " potrzeb i zasobów społeczności, następnie wspieramy powstawanie grup mieszkańców, które"
    " z czasem samodzielnie realizują swoje inicjatywy. Obszary działania: {fields}. Każdy etap"
    " kończy się podsumowaniem z udziałem mieszkańców i partnerów.",
    "Model zakłada ścisłe powiązanie pracy z osobami i rodzinami z organizowaniem społeczności"
    " lokalnej: pracownicy pierwszego kontaktu rozpoznają potrzeby, a organizatorzy wspólnie"
    " z mieszkańcami zamieniają je w działania. Szczególną wagę przywiązujemy do włączania osób"
    " zagrożonych wykluczeniem. Pracujemy w obszarach: {fields}.",
    "Podstawą naszej pracy są wartości empowermentu, samopomocy i współpracy. Działamy"
    " w partnerstwie z instytucjami, organizacjami i mieszkańcami {town_gen}, a efekty pracy"
    " co roku prezentujemy społeczności. Koncentrujemy się na obszarach: {fields}, pozostając"
    " otwarci na inicjatywy z innych dziedzin.",
    "Organizowanie społeczności lokalnej jest dla nas sposobem działania całej instytucji,"
    " a nie osobnym projektem. Zespół organizatorów wspiera grupy mieszkańców, sieci"
    " współpracy i wolontariat, a pozostali pracownicy kierują do nich osoby, z którymi"
    " pracują. Obszary, w których działamy najczęściej: {fields}.",
)
"""Paragraphs describing the institution's model of community work (the certificate annex)."""

# --- Texts of the process -------------------------------------------------------------

COMPLETION_REASONS: tuple[str, ...] = (
    "Brak podpisu kierownika na zgłoszeniu.",
    "Brak raportu z realizacji standardów.",
    "Brak pieczątki instytucji na zgłoszeniu.",
    "Nie wskazano miejsca i daty podpisania zgłoszenia.",
    "Nie zaznaczono wszystkich dziewięciu punktów oświadczenia.",
    "Brak opisu modelu pracy w społeczności lokalnej.",
    "Brak statutu lub regulaminu organizacyjnego potwierdzającego ujęcie OSL w dokumentach"
    " instytucji.",
    "Brak zakresów czynności organizatorów społeczności lokalnej.",
    "Nieczytelny skan podpisanego zgłoszenia; prosimy o przesłanie oryginału lub wyraźnej kopii.",
    "Brak danych kontaktowych osoby zgłaszającej.",
    "Nazwa instytucji w zgłoszeniu różni się od nazwy w statucie.",
    "Brak upoważnienia dla osoby, która podpisała zgłoszenie w imieniu kierownika.",
    "Raport nie opisuje realizacji standardu dotyczącego ewaluacji działań.",
)

# Refusal reasons: one per standard, then general ones (key "").
REFUSAL_REASONS: dict[str, tuple[str, ...]] = {
    "S1": (
        "Organizowanie społeczności lokalnej nie zostało ujęte w statucie ani w regulaminie"
        " organizacyjnym instytucji.",
    ),
    "S2": (
        "W instytucji nie wyodrębniono stanowisk ani zespołu do realizacji zadań z zakresu"
        " organizowania społeczności lokalnej.",
    ),
    "S3": (
        "Z dokumentów i wizytacji wynika, że metodę OSL zna jedynie część zespołu; pozostali"
        " pracownicy nie zostali z nią zapoznani.",
    ),
    "S4": (
        "Instytucja nie przedstawiła diagnozy potrzeb i zasobów społeczności; działania nie"
        " wynikają z rozpoznania lokalnych potrzeb.",
    ),
    "S5": (
        "Działania opisane w raporcie mają charakter incydentalny (jednorazowe festyny"
        " i akcje) i nie tworzą długofalowego procesu.",
    ),
    "S6": (
        "Instytucja nie wykorzystuje narzędzi OSL: nie wspiera grup samopomocowych ani"
        " obywatelskich i nie organizuje wolontariatu.",
    ),
    "S7": (
        "Praca jest zawężona do jednej grupy docelowej (osób korzystających z pomocy"
        " społecznej) i jednego obszaru działań.",
    ),
    "S8": (
        "Projekty są realizowane wyłącznie przez instytucję, bez partnerów i bez aktywnego"
        " udziału mieszkańców.",
    ),
    "S9": (
        "Instytucja nie prowadzi systematycznej ewaluacji działań, nie gromadzi ich efektów"
        " i ich nie prezentuje.",
    ),
    "": (
        "Raport nie ilustruje realizacji standardów w stopniu pozwalającym na przyznanie"
        " Certyfikatu.",
        "Mimo wezwania instytucja nie uzupełniła braków zgłoszenia w wyznaczonym terminie.",
        "Wizytacja nie potwierdziła informacji zawartych w zgłoszeniu i raporcie.",
    ),
}

# Site-visit findings per standard and rating ("meets", "partly", "not").
FINDINGS: dict[str, dict[str, tuple[str, ...]]] = {
    "S1": {
        "meets": (
            "Statut i regulamin organizacyjny zawierają zapisy o organizowaniu społeczności"
            " lokalnej; zakresy czynności organizatorów są aktualne.",
            "Okazano uchwałę w sprawie statutu oraz zarządzenie wprowadzające regulamin"
            " organizacyjny z zadaniami OSL.",
        ),
        "partly": (
            "Zapisy o OSL znajdują się w regulaminie organizacyjnym, ale nie zostały jeszcze"
            " wprowadzone do statutu.",
            "Zakresy czynności organizatorów nie obejmują wszystkich zadań wykonywanych"
            " w praktyce.",
        ),
        "not": (
            "W okazanych dokumentach wewnętrznych brak zapisów dotyczących organizowania"
            " społeczności lokalnej.",
            "Nie okazano zakresów czynności organizatorów społeczności lokalnej.",
        ),
    },
    "S2": {
        "meets": (
            "W strukturze działa wyodrębniony zespół OSL; przeprowadzono rozmowy z jego"
            " koordynatorką i organizatorami.",
            "Stanowiska organizatorów są oddzielone od zadań pracy socjalnej, co potwierdzają"
            " zakresy obowiązków.",
        ),
        "partly": (
            "Organizatorka łączy zadania OSL z pracą socjalną w rejonie, co ogranicza czas"
            " na działania środowiskowe.",
            "Stanowisko organizatora jest finansowane wyłącznie z projektu, który kończy się"
            " w bieżącym roku.",
        ),
        "not": (
            "W instytucji nie ma wyodrębnionego stanowiska ani zespołu do zadań OSL.",
            "Zadania OSL wykonuje doraźnie jedna osoba w ramach innych obowiązków.",
        ),
    },
    "S3": {
        "meets": (
            "Rozmowy z pracownikami różnych działów potwierdziły, że znają oni metodę OSL"
            " i jej miejsce w pracy instytucji.",
            "Okazano listy obecności ze szkoleń z metody OSL obejmujących cały zespół.",
        ),
        "partly": (
            "Metodę OSL znają organizatorzy i kierownictwo, natomiast część pozostałych"
            " pracowników zna ją tylko ogólnie.",
            "Nowo zatrudnieni pracownicy nie przeszli jeszcze szkolenia z metody OSL.",
        ),
        "not": (
            "Pracownicy spoza zespołu organizatorów nie potrafili opisać metody OSL ani jej celów.",
            "Nie przedstawiono dowodów zapoznania zespołu z metodą OSL.",
        ),
    },
    "S4": {
        "meets": (
            "Okazano aktualną diagnozę potrzeb i zasobów społeczności, opracowaną z udziałem"
            " mieszkańców.",
            "Diagnoza obejmuje społeczności terytorialne i kategorialne, w tym grupy zagrożone"
            " wykluczeniem.",
        ),
        "partly": (
            "Diagnozę przeprowadzono, lecz nie jest aktualizowana; ostatnie badanie pochodzi"
            " sprzed czterech lat.",
            "Diagnoza opiera się wyłącznie na danych statystycznych, bez udziału mieszkańców.",
        ),
        "not": (
            "Instytucja nie prowadzi diagnozy potrzeb społeczności; działania są planowane"
            " na podstawie bieżących zgłoszeń.",
            "Nie okazano żadnych materiałów z diagnozy środowiskowej.",
        ),
    },
    "S5": {
        "meets": (
            "Praca z tą samą społecznością trwa od kilku lat; grupy mieszkańców działają coraz"
            " bardziej samodzielnie.",
            "Plan pracy obejmuje kilka lat i wskazuje kolejne etapy usamodzielniania grup.",
        ),
        "partly": (
            "Obok działań długofalowych instytucja prowadzi wiele jednorazowych akcji"
            " niezwiązanych z planem pracy.",
            "Część grup przestała działać po zakończeniu projektu, który je finansował.",
        ),
        "not": (
            "Działania mają charakter incydentalny: festyny i akcje okolicznościowe bez ciągłości.",
            "Nie przedstawiono planu pracy ze społecznością wykraczającego poza bieżący rok.",
        ),
    },
    "S6": {
        "meets": (
            "Podczas wizytacji odbyło się spotkanie z klubem seniora i grupą samopomocową"
            " rodziców, które spotykają się regularnie.",
            "Instytucja koordynuje wolontariat sąsiedzki i uczestniczy w lokalnej sieci"
            " współpracy.",
        ),
        "partly": (
            "Instytucja organizuje wolontariat, ale grupy samopomocowe i obywatelskie dopiero"
            " powstają.",
            "Kampanie społeczne są prowadzone, lecz bez udziału mieszkańców w ich przygotowaniu.",
        ),
        "not": (
            "Nie stwierdzono działających grup samopomocowych, wolontariatu ani partnerstw"
            " lokalnych.",
            "Narzędzia pracy środowiskowej wymienione w raporcie nie znalazły potwierdzenia"
            " podczas wizytacji.",
        ),
    },
    "S7": {
        "meets": (
            "Działania obejmują wiele obszarów i są dostępne dla wszystkich mieszkańców, nie"
            " tylko dla osób korzystających ze wsparcia instytucji.",
            "Wśród uczestników działań są dzieci, seniorzy, rodziny i osoby"
            " z niepełnosprawnościami.",
        ),
        "partly": (
            "Większość działań jest skierowana do seniorów; inne grupy mieszkańców uczestniczą"
            " w nich rzadko.",
            "Działania koncentrują się na dwóch obszarach: kulturze i pomocy społecznej.",
        ),
        "not": (
            "Praca ogranicza się do jednej grupy docelowej i jednego obszaru.",
            "Z działań mogą korzystać wyłącznie osoby objęte wsparciem instytucji.",
        ),
    },
    "S8": {
        "meets": (
            "Okazano porozumienia partnerskie ze szkołami, biblioteką i organizacjami"
            " pozarządowymi; mieszkańcy współtworzą projekty.",
            "Partnerzy, z którymi rozmawiano, potwierdzili wspólne planowanie i realizację"
            " projektów.",
        ),
        "partly": (
            "Instytucja współpracuje z innymi podmiotami, ale mieszkańcy są głównie odbiorcami,"
            " a nie współtwórcami projektów.",
            "Współpraca z partnerami ma charakter doraźny i nie jest potwierdzona porozumieniami.",
        ),
        "not": (
            "Projekty są realizowane wyłącznie siłami instytucji.",
            "Nie wskazano partnerów ani przykładów aktywnego udziału mieszkańców w projektach.",
        ),
    },
    "S9": {
        "meets": (
            "Okazano raporty z ewaluacji z ostatnich lat; wyniki są prezentowane mieszkańcom"
            " i partnerom.",
            "Ewaluacja jest prowadzona według wskaźników ustalonych na etapie planowania.",
        ),
        "partly": (
            "Ewaluacja obejmuje tylko działania projektowe; pozostała praca środowiskowa nie"
            " jest oceniana.",
            "Wyniki są gromadzone, ale nie są prezentowane poza instytucją.",
        ),
        "not": (
            "Instytucja nie prowadzi ewaluacji działań.",
            "Nie okazano żadnych materiałów podsumowujących efekty pracy.",
        ),
    },
}

ASSESSMENT_COMMENTS: dict[str, tuple[str, ...]] = {
    "meets": (
        "Standard spełniony; opis w raporcie znajduje potwierdzenie w załączonych dokumentach.",
        "Spełnia. Przykłady z raportu są przekonujące i dobrze udokumentowane.",
        "Standard spełniony w pełni; to rozwiązanie warto upowszechnić jako dobrą praktykę.",
        "Spełnia, co potwierdziła wizytacja ekspercka.",
    ),
    "partly": (
        "Standard spełniony częściowo; zalecamy uzupełnienie dokumentacji.",
        "Częściowo: opis jest ogólny i nie zawiera konkretnych przykładów.",
        "Spełnia częściowo; działania są prowadzone, ale brakuje im systematyczności.",
        "Zalecana wizytacja ekspercka w celu potwierdzenia opisu.",
    ),
    "not": (
        "Standard niespełniony; brak dowodów potwierdzających opis.",
        "Nie spełnia: opis dotyczy innych działań niż wymagane w standardzie.",
        "Niespełniony; raport nie odnosi się do tego standardu.",
        "Nie spełnia. Załączone dokumenty przeczą deklaracji.",
    ),
}

# Written charges before revocation: per standard, then general ones (key "").
CHARGES: dict[str, tuple[str, ...]] = {
    "S1": (
        "Zapisy dotyczące organizowania społeczności lokalnej usunięto ze statutu"
        " i z regulaminu organizacyjnego instytucji (standard 1).",
    ),
    "S2": (
        "Instytucja zlikwidowała wyodrębnione stanowisko organizatora społeczności lokalnej,"
        " a jego zadań nie przekazano innej osobie (standard 2).",
    ),
    "S3": (
        "Osoby zatrudnione w ostatnich dwóch latach nie zostały zapoznane z metodą"
        " organizowania społeczności lokalnej (standard 3).",
    ),
    "S4": (
        "Od ponad dwóch lat instytucja nie prowadzi diagnozy potrzeb społeczności lokalnej"
        " (standard 4).",
    ),
    "S5": (
        "Działania środowiskowe ograniczono do jednorazowych imprez okolicznościowych"
        " (standard 5).",
    ),
    "S6": (
        "Grupy samopomocowe i wolontariat opisane w raporcie zakończyły działalność i nie są"
        " wspierane przez instytucję (standard 6).",
    ),
    "S7": ("Praca instytucji została zawężona do jednej grupy docelowej (standard 7).",),
    "S8": ("Projekty są realizowane bez udziału mieszkańców i partnerów lokalnych (standard 8).",),
    "S9": (
        "Instytucja nie przedstawiła wyników ewaluacji działań za ostatnie dwa lata (standard 9).",
    ),
    "": (
        "Instytucja posługuje się nazwą i logo CAL w materiałach działań niezgodnych"
        " z wyznacznikami Certyfikatu Jakości CAL.",
        "Skargi mieszkańców i partnerów wskazują, że instytucja zaprzestała pracy metodą"
        " organizowania społeczności lokalnej.",
    ),
}

CHARGE_RESPONSES: tuple[str, ...] = (
    "Stanowisko organizatora nie zostało zlikwidowane; zatrudniona na nim osoba przebywała"
    " na urlopie macierzyńskim, a jej zadania przejęła zastępczyni.",
    "Diagnoza potrzeb za {prev_year} rok została przeprowadzona; raport z badania przesyłamy"
    " w załączeniu.",
    "Przyznajemy, że w minionym roku ograniczyliśmy działania z powodu braków kadrowych."
    " Przedstawiamy plan naprawczy na najbliższe miesiące.",
    "Nie zgadzamy się z zarzutem: grupy samopomocowe nadal działają i spotykają się w nowym"
    " miejscu; załączamy listy obecności ze spotkań.",
    "Logo CAL zostało omyłkowo użyte przez partnera; materiały wycofano, a partnera"
    " poinformowano o zasadach posługiwania się znakiem.",
    "W załączeniu przesyłamy zaktualizowany statut i regulamin organizacyjny, do których"
    " przywrócono zapisy dotyczące OSL.",
    "Wyniki ewaluacji przedstawiliśmy na spotkaniu z mieszkańcami; przesyłamy raport"
    " i protokół ze spotkania.",
)

APPEAL_GROUNDS: tuple[str, ...] = (
    "Komisja nie uwzględniła dokumentów przesłanych w odpowiedzi na wezwanie do uzupełnienia"
    " braków.",
    "Wizytacja trwała zbyt krótko, by rzetelnie ocenić działania prowadzone w terenie.",
    "Uzasadnienie decyzji nie odnosi się do przykładów przedstawionych w raporcie.",
    "Komisja błędnie uznała, że działania mają charakter incydentalny; przedstawiamy plan"
    " pracy obejmujący lata {start_year}–{year}.",
    "Zarzuty sformułowano na podstawie nieaktualnych informacji; instytucja przywróciła już"
    " stanowisko organizatora społeczności lokalnej.",
    "W ocenie zgłoszenia uczestniczyła osoba, która mogła pozostawać w konflikcie interesów.",
    "Decyzja nie uwzględnia skali instytucji: w małej gminie zadania OSL realizuje jedno"
    " wyodrębnione stanowisko, co odpowiada wymogom standardu.",
)

# Reasons of the Board's decision on an appeal, by outcome.
APPEAL_DECISION_REASONS: dict[str, tuple[str, ...]] = {
    "dismissed": (
        "Zarząd podziela ocenę Komisji: przedstawione dokumenty nie potwierdzają realizacji"
        " standardów wskazanych w uzasadnieniu decyzji.",
        "Odwołanie nie wskazuje nowych okoliczności, które mogłyby zmienić ocenę Komisji.",
        "Dokumenty dołączone do odwołania dotyczą okresu po wydaniu decyzji i nie podważają"
        " jej ustaleń.",
    ),
    "granted": (
        "Zarząd uznał, że dokumenty przesłane w odpowiedzi na wezwanie potwierdzają realizację"
        " wszystkich standardów.",
        "Komisja nie uwzględniła skali instytucji: w małej gminie jedno wyodrębnione"
        " stanowisko spełnia wymóg standardu drugiego.",
        "Zarząd stwierdził, że w głosowaniu uczestniczyła osoba, która powinna była zostać"
        " wyłączona z powodu konfliktu interesów.",
    ),
}

# Conflict-of-interest reasons: (about a woman, about a man).
CONFLICT_REASONS: tuple[tuple[str, str], ...] = (
    (
        "Członkini Komisji była zatrudniona w instytucji w latach {y1}–{y2}.",
        "Członek Komisji był zatrudniony w instytucji w latach {y1}–{y2}.",
    ),
    (
        "Członkini Komisji zasiada w zarządzie stowarzyszenia, które jest partnerem instytucji.",
        "Członek Komisji zasiada w zarządzie stowarzyszenia, które jest partnerem instytucji.",
    ),
    (
        "Członkini Komisji jest spokrewniona z kierownikiem instytucji.",
        "Członek Komisji jest spokrewniony z kierownikiem instytucji.",
    ),
    (
        "Członkini Komisji prowadziła w instytucji odpłatne szkolenia z metody OSL w {y2} roku.",
        "Członek Komisji prowadził w instytucji odpłatne szkolenia z metody OSL w {y2} roku.",
    ),
    (
        "Członkini Komisji pomagała instytucji w przygotowaniu raportu do Certyfikatu.",
        "Członek Komisji pomagał instytucji w przygotowaniu raportu do Certyfikatu.",
    ),
    (
        "Członkini Komisji jest radną gminy, na której terenie działa instytucja.",
        "Członek Komisji jest radnym gminy, na której terenie działa instytucja.",
    ),
)
