"""The content of the lookalikes of ``tests/programme_siblings.py``: per lookalike, its template and what it prints.

A kerntaak is (code, titel, werkprocessen[, exams]); "<page>" among exams or in a proeve's inhoud
is where the page breaks; a string among the parts is a heading. What each must read back to is
written out by hand in ``tests/test_programme_siblings.py``.
"""

__all__ = ["DOCUMENTS"]


def _u_exam(serie, code, titel, vorm="Proeve van Bekwaamheid", duur="4 uur", plaats="Beroepspraktijk", weging="1"):
    return (f"Consortium, serie {serie} {code} {titel}", vorm, f"{code} - {titel}", duur, plaats, weging)


_CGI = "Criterium gericht interview op basis van portfolio"

DOCUMENTS = {
    # Utrecht 1: another crebo of the same dossier, B1-K1 with four werkprocessen, B1-K2 with one, P1-K1 with three;
    # one exam per werkproces, the B1-K1 table breaking over pages 1-2 (its header not repeated); the list of B1-K1's
    # werkprocessen breaks a line inside "B1-K1-" / "W4"
    "utrecht-pmk": {
        "template": "utrecht", "school": "MBO Utrecht", "break_in": "B1-K1-W4",
        "kenmerken": [("Naam kwalificatiedossier", "Pedagogisch Werk"), ("Crebonr kwalificatiedossier", "23285"),
                      ("Kwalificatie (profiel)", "Pedagogisch medewerker kinderopvang"),
                      ("Crebonr. kwalificatie (profiel)", "25698"), ("Examenleverancier", "Consortium"),
                      ("Niveau", "3"), ("Vastgesteld op", "03-02-2026")],
        "parts": [
            "1.1. Basisdeel",
            ("B1-K1", "Begeleiden van kinderen bij hun ontwikkeling",
             [("B1-K1-W1", "Zorgt voor een veilig pedagogisch klimaat"),
              ("B1-K1-W2", "Inventariseert behoeften en wensen van het kind"),
              ("B1-K1-W3", "Bereidt de uitvoering van activiteiten voor"),
              ("B1-K1-W4", "Evalueert haar eigen werkzaamheden")],
             [_u_exam(2024, "B1-K1-W1", "Zorgt voor een veilig pedagogisch klimaat"),
              _u_exam(2024, "B1-K1-W2", "Inventariseert behoeften en wensen van het kind", duur="4 we(e)k(en)",
                      plaats="Beroepspraktijk en/ of school"),
              "<page>",
              _u_exam(2024, "B1-K1-W3", "Bereidt de uitvoering van activiteiten voor", vorm=_CGI, duur="30 minuten"),
              _u_exam(2024, "B1-K1-W4", "Evalueert haar eigen werkzaamheden", duur="1 uur", weging="2")]),
            ("B1-K2", "Werken aan kwaliteit en deskundigheid",
             [("B1-K2-W1", "Werkt aan de eigen professionele ontwikkeling")],
             [_u_exam(2024, "B1-K2-W1", "Werkt aan de eigen professionele ontwikkeling", duur="1 uur")]),
            "1.2 Profieldeel",
            ("P1-K1", "Verzorgen van kinderen in de kinderopvang",
             [("P1-K1-W1", "Voert verzorgende taken uit bij baby's en dreumesen"),
              ("P1-K1-W2", "Stemt af met ouders over de dagelijkse verzorging"),
              ("P1-K1-W3", "Signaleert afwijkingen in de ontwikkeling")],
             [_u_exam(2024, "P1-K1-W1", "Voert verzorgende taken uit bij baby's en dreumesen", duur="2 we(e)k(en)"),
              _u_exam(2024, "P1-K1-W2", "Stemt af met ouders over de dagelijkse verzorging", vorm=_CGI,
                      duur="30 minuten"),
              _u_exam(2024, "P1-K1-W3", "Signaleert afwijkingen in de ontwikkeling", duur="1 uur")]),
        ],
    },
    # Utrecht 2: exams that cover several werkprocessen: a range "t/m" and a list "&"; a long kerntaak title that wraps;
    # the row of "Proeve 2" cut at the foot of page 1, its rest on page 2
    "utrecht-sport": {
        "template": "utrecht", "school": "MBO Utrecht",
        "kenmerken": [("Naam kwalificatiedossier", "Sport en bewegen"), ("Crebonr kwalificatiedossier", "23296"),
                      ("Kwalificatie (profiel)", "Sport- en bewegingscoördinator"),
                      ("Crebonr. kwalificatie (profiel)", "25732"), ("Examenleverancier", "Consortium"),
                      ("Niveau", "4"), ("Vastgesteld op", "15-01-2026")],
        "parts": [
            "1.1. Basisdeel",
            ("B1-K1", "Organiseren en uitvoeren van sport- en bewegingsactiviteiten voor verschillende doelgroepen "
                      "in de sportsector en daarbuiten",
             [("B1-K1-W1", "Stelt een sport- en bewegingsplan op"), ("B1-K1-W2", "Bereidt activiteiten voor"),
              ("B1-K1-W3", "Voert activiteiten uit"), ("B1-K1-W4", "Evalueert de activiteiten"),
              ("B1-K1-W5", "Werkt samen met collega's en externen")],
             [("Proeve 1 Sportactiviteiten", "Proeve van Bekwaamheid", "B1-K1-W1 t/m W3", "3 we(e)k(en)",
               "Beroepspraktijk", "2"),
              ("Interview evaluatie en samenwerking", _CGI, "B1-K1-W4 & W5", "45 minuten", "School", "1")]),
            "1.2 Profieldeel",
            ("P3-K1", "Coördineert sport- en bewegingsprojecten",
             [("P3-K1-W1", "Ontwikkelt een project"), ("P3-K1-W2", "Stuurt vrijwilligers aan"),
              ("P3-K1-W3", "Bewaakt het budget van het project")],
             [("Proeve 2", "Proeve van", "P3-K1-W1,", "cijfer", "6 we(e)k(en)", "Beroepspraktijk", "2"), "<page>",
              ("Projectcoördinatie", "Bekwaamheid", "P3-K1-W2, P3-K1-W3", "", "", "en/ of school", "")]),
        ],
    },
    # Utrecht 3: two profiel kerntaken, the header row of the P2-K2 table alone at the foot of page 1; the
    # Beroepsvereisten table of Nederlands exams, which names no code
    "utrecht-foot": {
        "template": "utrecht", "school": "MBO Utrecht", "nederlands": True,
        "kenmerken": [("Naam kwalificatiedossier", "Onderwijsassistent"), ("Crebonr kwalificatiedossier", "23195"),
                      ("Kwalificatie (profiel)", "Onderwijsassistent"), ("Crebonr. kwalificatie (profiel)", "25698"),
                      ("Examenleverancier", "Consortium"), ("Niveau", "4"), ("Vastgesteld op", "20-06-2025")],
        "parts": [
            "1.2 Profieldeel",
            ("P2-K1", "Ondersteunen bij onderwijsactiviteiten",
             [("P2-K1-W1", "Bereidt lessen en activiteiten voor"), ("P2-K1-W2", "Voert lessen en activiteiten uit")],
             [_u_exam(2025, "P2-K1-W1", "Bereidt lessen en activiteiten voor"),
              _u_exam(2025, "P2-K1-W2", "Voert lessen en activiteiten uit", duur="1 uur")]),
            ("P2-K2", "Organiseren van de werkzaamheden",
             [("P2-K2-W1", "Voert coördinerende taken uit"), ("P2-K2-W2", "Voert beheertaken uit")],
             ["<page>", _u_exam(2025, "P2-K2-W1", "Voert coördinerende taken uit", duur="1 dagdeel"),
              _u_exam(2025, "P2-K2-W2", "Voert beheertaken uit", duur="1 uur")]),
        ],
    },
}

_AERES_LABELS = (("Leerweg:", "BOL/BBL"), ("Duur van de opleiding:", "3 jaar"), ("Versie van het KD:", "2024"))

DOCUMENTS.update({
    # Aeres 1: another crebo, three kerntaken, two beroepsproeven and a BPV row without codes; a lower-case "k"
    "aeres-hovenier": {
        "template": "aeres", "cohort": "2027-2028", "profiel": "Vakbekwaam hovenier", "pages": 3,
        "labels": (("Opleiding:", "Vakbekwaam hovenier"),) + _AERES_LABELS[:1] + (
            ("Crebo:", "25436"), ("Niveau:", "3"), ("Startcohort:", "2027-2028")) + _AERES_LABELS[1:] + (
            ("Vaststellingsdatum:", "02-04-2027"),),
        "opbouw": [
            ("B1-K1", "Onderhouden van groene ruimte",
             [("B1-K1-W1", "Voert onderhoud uit aan beplanting"), ("B1-K1-W2", "Voert onderhoud uit aan verharding"),
              ("B1-K1-W3", "Onderhoudt machines en gereedschappen")]),
            ("P2-K1", "Aanleggen van groene ruimte",
             [("P2-K1-W1", "Zet de werkzaamheden uit"), ("P2-K1-W2", "Legt beplanting aan")]),
            ("P2-K2", "Coördineren van werkzaamheden",
             [("P2-K2-W1", "Plant de werkzaamheden"), ("P2-K2-W2", "Begeleidt medewerkers")]),
        ],
        "examens": [
            ("25436.BPV", "Beroepspraktijkvorming (BPV)", "", "", "", "Leerbedrijf (LB)", "", "Onvoldoende/ voldoende"),
            ("25436.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Onderhouden van groene ruimte",
             "B1-K1-W1\nB1-K1-W2\nB1-k1-W3", "Min. 3 dagen+30 min.", "Examenlocatie", "1",
             "Onvoldoende/ voldoende/goed"),
            ("25436.P2", "Beroepsproeve 2 (BP2)",
             "P2-K1: Aanleggen van groene ruimte\nP2-K2: Coördineren van werkzaamheden",
             "P2-K1-W1\nP2-K1-W2\nP2-K2-W1\nP2-K2-W2", "Min. 5 dagen", "Leerbedrijf (LB)", "2",
             "Onvoldoende/ voldoende/goed"),
        ],
    },
    # Aeres 2: a proeve per kerntaak, five kerntaken (the opbouw runs onto a second page), ranges "t/m" and lists;
    # the table of examenonderdelen runs on over a page, its header row repeated (Word's "herhalen als veldnamenrij")
    "aeres-dier": {
        "template": "aeres", "cohort": "2026-2027", "profiel": "Dierverzorger recreatiedieren", "pages": 5, "gap": 200,
        "exam_gap": 380,
        "labels": (("Opleiding:", "Dierverzorger recreatiedieren"), ("Crebo:", "25423"), ("Niveau:", "3"),
                   ("Startcohort:", "2026-2027")) + _AERES_LABELS + (("Vaststellingsdatum:", "15-02-2026"),),
        "opbouw": [
            ("B1-K1", "Verzorgen van dieren en hun omgeving",
             [("B1-K1-W1", "Voert dagelijkse verzorging van dieren uit"), ("B1-K1-W2", "Houdt de huisvesting schoon"),
              ("B1-K1-W3", "Signaleert afwijkingen in gedrag en gezondheid"), ("B1-K1-W4", "Voert administratie uit")]),
            ("B1-K2", "Voorlichten en adviseren van klanten",
             [("B1-K2-W1", "Geeft voorlichting over dieren"), ("B1-K2-W2", "Verkoopt producten en diensten")]),
            ("P1-K1", "Verzorgen van recreatiedieren in een dierenpark, kinderboerderij of pension met een "
                      "afwijkende openstelling",
             [("P1-K1-W1", "Traint dieren voor presentaties"), ("P1-K1-W2", "Begeleidt bezoekers")]),
            ("P1-K2", "Begeleiden van vrijwilligers en stagiairs",
             [("P1-K2-W1", "Werkt vrijwilligers in"), ("P1-K2-W2", "Plant de werkzaamheden van vrijwilligers")]),
            ("P1-K3", "Fokken van dieren",
             [("P1-K3-W1", "Stelt een fokplan op"), ("P1-K3-W2", "Begeleidt de geboorte")]),
        ],
        "examens": [
            ("25423.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Verzorgen van dieren en hun omgeving",
             "B1-K1-W1 t/m W4", "2 dagen", "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P2", "Beroepsproeve 2 (BP2)", "B1-K2: Voorlichten en adviseren van klanten",
             "B1-K2-W1 & W2", "1 dag", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P3", "Beroepsproeve 3 (BP3)", "P1-K1: Verzorgen van recreatiedieren",
             "P1-K1-W1\nP1-K1-W2", "3 dagen", "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P4", "Beroepsproeve 4 (BP4)", "P1-K2: Begeleiden van vrijwilligers en stagiairs",
             "P1-K2-W1\nP1-K2-W2", "1 dag", "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25423.P5", "Beroepsproeve 5 (BP5)", "P1-K3: Fokken van dieren", "P1-K3-W1\nP1-K3-W2",
             "Geen tijdsduur+ 30 minuten", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
        ],
    },
    # Aeres 3: one proeve for the whole profiel, the werkprocessen column naming a kerntaak alone (P3-K2, no
    # werkprocessen of it), a code with a space ("B1-K1- W2"), a keuzedeel's row that names no code
    "aeres-paard": {
        "template": "aeres", "cohort": "2025-2026", "profiel": "Manager paardensport", "pages": 3,
        "labels": (("Opleiding:", "Manager paardensport"), ("Crebo:", "25422"), ("Niveau:", "4"),
                   ("Startcohort:", "2025-2026")) + _AERES_LABELS + (("Vaststellingsdatum:", "30-09-2025"),),
        "opbouw": [
            ("B1-K1", "Verzorgen van paarden",
             [("B1-K1-W1", "Verzorgt paarden"), ("B1-K1-W2", "Bereidt paarden voor op gebruik")]),
            ("P3-K1", "Managen van een paardenbedrijf",
             [("P3-K1-W1", "Stelt een ondernemingsplan op"), ("P3-K1-W2", "Voert het personeelsbeleid uit")]),
            ("P3-K2", "Trainen van paarden en ruiters",
             [("P3-K2-W1", "Traint paarden"), ("P3-K2-W2", "Geeft les aan ruiters")]),
        ],
        "examens": [
            ("25422.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Verzorgen van paarden\nP3-K1: Managen van een paardenbedrijf",
             "B1-K1-W1\nB1-K1- W2\nP3-K1-W1\nP3-K1-W2", "Min. 5 dagen+30 min.", "Leerbedrijf (LB)", "1",
             "Onvoldoende/ voldoende/goed"),
            ("25422.P2", "Beroepsproeve 2 (BP2)", "P3-K2: Trainen van paarden en ruiters", "P3-K2",
             "1 dag", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
            ("K0125", "Keuzedeel Ondernemerschap mbo", "", "", "", "School", "1", "Cijfer 1 t/m 10"),
        ],
    },
})

_T_OVERVIEW_P1 = ["Naam profiel Mbo-niveau", "(EQF-niveau)", "Beroepsvereisten Typering van de kwalificatie"]

DOCUMENTS.update({
    # Talland 1: its own profiel is P2 (the proeven examine P2), the dossier's P1 stands in the overview too and is
    # kept apart; two kerntaken of P2, a proeve per kerntaak of basisdeel and profiel
    "talland-gww": {
        "template": "talland", "pages": 6,
        "first": "25872 Middenkaderfunctionaris grond-, weg- en waterbouw 48 maanden BOL HHW_ZND_ C2026-2027",
        "overview": _T_OVERVIEW_P1 + [
            "P2 Middenkaderfunctionaris grond-, weg- en waterbouw 4 Nee middenkaderopleiding",
            "B1-K1 Verzamelt, verwerkt en integreert", "projectinformatie",
            "B1-K1-W1 Verzamelt, registreert en beheert projectinformatie", "B1-K1-W2 Integreert projectinformatie",
            "Profieldeel",
            "De profielen in dit kwalificatiedossier hebben de volgende (specifieke) kerntaken en werkprocessen:",
            "P1 Middenkaderfunctionaris bouw",
            "P1-K1 Werkt B&U-ontwerpen uit P1-K1-W1 Werkt ontwerp uit",
            "P1-K1-W2 Maakt ontwerp gereed voor aanvraag", "omgevingsvergunning en contractvorming",
            "P2 Middenkaderfunctionaris grond-, weg- en waterbouw",
            "P2-K1 Bereidt infrawerk voor P2-K1-W1 Werkt ontwerp uit",
            "P2-K1-W2 Maakt (deel)begroting", "P2-K1-W3 Voert werkvoorbereiding uit",
            "P2-K2 Begeleidt uitvoering van infrawerk P2-K2-W1 Begeleidt infrawerkzaamheden",
            "P2-K2-W2 Bewaakt tijd en kosten van de infrawerkzaamheden"],
        "proeven": [
            "Examinering basisdeel beroepsspecifiek",
            ("Deel A. Examinering Basisdeel Beroepsspecifiek", "Verzamelt, verwerkt en integreert projectinformatie",
             "25872", "B1-K1", "Verzamelt, verwerkt en integreert projectinformatie",
             ["B1-K1-W1 Verzamelt, registreert en beheert projectinformatie", "B1-K1-W2 Integreert projectinformatie"],
             "5 & 6", "school/ BPV"),
            "Examinering profieldeel beroepsspecifiek",
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Bereidt infrawerk voor", "25872", "P2-K1",
             "Bereidt infrawerk voor",
             ["P2-K1-W1: Werkt ontwerp uit", "<page>", "P2-K1-W2: Maakt (deel)begroting",
              "P2-K1-W3: Voert werkvoorbereiding uit"],
             "7 en 8", "BPV"),
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Begeleidt uitvoering van infrawerk", "25872", "P2-K2",
             "Begeleidt uitvoering van infrawerk",
             ["P2-K2-W1: Begeleidt infrawerkzaamheden", "P2-K2-W2: Bewaakt tijd en kosten van de infrawerkzaamheden"],
             "8", "BPV"),
        ],
    },
    # Talland 2: one profiel only, the inhoud of a proeve as a range ("B1-K1-W1 t/m W3"), a proeve that the page break
    # cuts (its rows on the next page, the header repeated)
    "talland-ict": {
        "template": "talland", "pages": 4,
        "first": "25604 Software developer 36 maanden BOL HHW_ C2025-2026",
        "overview": _T_OVERVIEW_P1 + [
            "P1 Software developer 4 Nee middenkaderopleiding",
            "B1-K1 Realiseert software", "B1-K1-W1 Plant werkzaamheden en bewaakt de voortgang",
            "B1-K1-W2 Ontwerpt software", "B1-K1-W3 Realiseert (onderdelen van) software",
            "B1-K2 Werkt in een ontwikkelteam", "B1-K2-W1 Voert overleg", "B1-K2-W2 Presenteert het opgeleverde werk"],
        "proeven": [
            "Examinering basisdeel beroepsspecifiek",
            ("Deel A. Examinering Basisdeel Beroepsspecifiek", "Realiseert software", "25604", "B1-K1",
             "Realiseert software", ["B1-K1-W1 t/m W3"], "9 & 10", "school/ BPV"),
            ("Deel A. Examinering Basisdeel Beroepsspecifiek", "Werkt in een ontwikkelteam", "25604", "B1-K2",
             "Werkt in een ontwikkelteam",
             ["<page>", "B1-K2-W1: Voert overleg", "B1-K2-W2: Presenteert het opgeleverde werk"],
             "11", "BPV"),
        ],
    },
    # Talland 3: three kerntaken in the profiel, one of them (P1-K3) without a proeve in this OER
    "talland-bouw": {
        "template": "talland", "pages": 4,
        "first": "25870 Middenkaderfunctionaris bouw 48 maanden BBL HRN_ C2026-2027",
        "overview": _T_OVERVIEW_P1 + [
            "P1 Middenkaderfunctionaris bouw 4 Nee middenkaderopleiding",
            "B1-K1 Verzamelt, verwerkt en integreert", "projectinformatie",
            "B1-K1-W1 Verzamelt, registreert en beheert projectinformatie", "B1-K1-W2 Integreert projectinformatie",
            "Profieldeel", "P1 Middenkaderfunctionaris bouw",
            "P1-K1 Werkt B&U-ontwerpen uit P1-K1-W1 Werkt ontwerp uit",
            "P1-K1-W2 Maakt ontwerp gereed voor aanvraag", "omgevingsvergunning en contractvorming",
            "P1-K2 Voert werkvoorbereiding voor de B&U", "uit",
            "P1-K2-W1 Maakt (deel) begroting en afspraken met leveranciers", "P1-K2-W2 Maakt uitvoeringsplan",
            "P1-K3 Begeleidt nieuwbouw en", "onderhoudswerk", "P1-K3-W1 Begeleidt bouwwerkzaamheden",
            "P1-K3-W2 Controleert de maatvoering"],
        "proeven": [
            "Examinering profieldeel beroepsspecifiek",
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Werkt B&U-ontwerpen uit", "25870", "P1-K1",
             "Werkt B&U-ontwerpen uit", ["P1-K1-W1 & W2"], "14, 15 en 16", "School/ BPV"),
            ("Deel B. Examinering Profieldeel Beroepsspecifiek", "Voert werkvoorbereiding voor de B&U uit", "25870",
             "P1-K2", "Voert werkvoorbereiding voor de B&U uit",
             ["P1-K2-W1: Maakt (deel) begroting en afspraken met leveranciers", "P1-K2-W2: Maakt uitvoeringsplan"],
             "14, 15 en 16", "School/ BPV"),
        ],
    },
})

DOCUMENTS.update({
    # Curio 1: another crebo and profiel, B1-K1 and B1-K2 in the basisdeel, one profiel kerntaak; no exam mapped
    "curio-monteur": {
        "template": "curio", "cohort": "2025-2026", "crebo": "25897", "sector": "techniek en technologie",
        "profielrij": ("P1 Eerste monteur mechatronica", "3"),
        "bijlage": [
            (None, [("B1-K1", "Voert montagewerkzaamheden uit",
                     [("B1-K1-W1", "Bereidt de montage voor"), ("B1-K1-W2", "Monteert onderdelen"),
                      ("B1-K1-W3", "Test het systeem")]),
                    ("B1-K2", "Onderhoudt systemen",
                     [("B1-K2-W1", "Voert preventief onderhoud uit"), ("B1-K2-W2", "Lost storingen op")])]),
            "Profieldeel",
            (("P1", "Eerste monteur mechatronica"),
             [("P1-K1", "Coördineert montagewerkzaamheden",
               [("P1-K1-W1", "Verdeelt de werkzaamheden"), ("P1-K1-W2", "Instrueert collega's")])]),
        ],
    },
    # Curio 2: long titles that wrap over three lines, a kerntaak with a gap in its werkprocessen (no W2), two
    # profiel kerntaken; the table runs on over a page break; no exam mapped
    "curio-logistiek": {
        "template": "curio", "cohort": "2026-2027", "crebo": "25890", "sector": "handel en logistiek",
        "profielrij": ("P2 Logistiek supervisor", "4"),
        "bijlage": [
            (None, [("B1-K1", "Organiseert en bewaakt de logistieke processen in een magazijn of distributiecentrum",
                     [("B1-K1-W1", "Plant de ontvangst, opslag en verzending van goederen en stemt af met "
                                   "vervoerders en klanten"),
                      ("B1-K1-W3", "Bewaakt de voorraad en signaleert afwijkingen")])]),
            "Profieldeel",
            (("P2", "Logistiek supervisor"),
             [("P2-K1", "Geeft leiding aan een team van logistieke medewerkers in de dagelijkse uitvoering",
               [("P2-K1-W1", "Stelt de bezetting vast"), ("P2-K1-W2", "Voert werkoverleg"),
                ("P2-K1-W3", "Begeleidt en beoordeelt medewerkers en voert voortgangsgesprekken met hen"),
                ("P2-K1-W4", "Handelt incidenten af")]),
              ("P2-K2", "Verbetert logistieke processen",
               [("P2-K2-W1", "Analyseert logistieke prestaties"), ("P2-K2-W2", "Doet verbetervoorstellen en "
                                                                              "verzorgt de implementatie"),
                ("P2-K2-W3", "Rapporteert aan het management"), ("P2-K2-W4", "Evalueert de verbeteringen"),
                ("P2-K2-W5", "Borgt de werkwijze"), ("P2-K2-W6", "Deelt kennis met collega's")])]),
        ],
        "gap": True,
    },
    # Curio 3: Curio's template with an examenplan appendix that does map exams to werkprocessen
    "curio-examenplan": {
        "template": "curio", "cohort": "2025-2026", "crebo": "25896", "sector": "techniek en technologie",
        "profielrij": ("P3 Productietechnicus", "4"),
        "bijlage": [
            (None, [("B1-K1", "Vervaardigt producten en/of onderdelen",
                     [("B1-K1-W1", "Bereidt de werkzaamheden voor"),
                      ("B1-K1-W2", "Vervaardigt en/of bewerkt het product")])]),
            "Profieldeel",
            (("P3", "Productietechnicus"),
             [("P3-K1", "Analyseert de maakbaarheid van het product en geeft advies",
               [("P3-K1-W1", "Overlegt over de maakbaarheid van het product en geeft advies"),
                ("P3-K1-W2", "Stelt een productieplan op voor de order")])]),
        ],
        "examenplan": [
            ("Proeve B1-K1 Vervaardigen", "Proeve van bekwaamheid", "B1-K1-W1, B1-K1-W2", "4 dagen", "Beroepspraktijk",
             "1"),
            ("Proeve P3-K1 Maakbaarheid", "Criteriumgericht interview", "P3-K1-W1 en P3-K1-W2", "45 minuten", "School",
             "1"),
        ],
    },
})


DOCUMENTS.update({
    # Aeres 4, as Word makes it: another crebo, B1-K1 to B1-K3 and one profiel kerntaak; a proeve naming a range
    "aeres-word": {
        "template": "aeres-word", "cohort": "2026-2027", "profiel": "Vakbekwaam medewerker bloem, groen en styling",
        "labels": (("Opleiding:", "Vakbekwaam medewerker bloem, groen en styling"), ("Crebo:", "25704"),
                   ("Niveau:", "3"), ("Startcohort:", "2026-2027"), ("Vaststellingsdatum:", "09-03-2026")),
        "opbouw": [
            ("B1-K1", "Maken en verkopen van groene producten",
             [("B1-K1-W1", "Maakt bloemwerk"), ("B1-K1-W2", "Verzorgt groene producten")]),
            ("B1-K2", "Presenteren van producten",
             [("B1-K2-W1", "Richt de winkel in"), ("B1-K2-W2", "Maakt een presentatie"),
              ("B1-K2-W3", "Verzorgt de online winkel")]),
            ("B1-K3", "Werken aan kwaliteit", [("B1-K3-W1", "Werkt aan de eigen ontwikkeling")]),
            ("P2-K1", "Voert vakspecifieke werkzaamheden uit",
             [("P2-K1-W1", "Maakt seizoensgebonden arrangementen"), ("P2-K1-W2", "Adviseert klanten")]),
        ],
        "examens": [
            ("25704.P1", "Beroepsproeve 1 (BP1)", "B1-K1: Maken en verkopen van groene producten\nB1-K3: Werken aan "
             "kwaliteit", "B1-K1-W1\nB1-K1-W2\nB1-K3-W1", "Min. 3 dagen", "Examenlocatie", "1",
             "Onvoldoende/ voldoende/goed"),
            ("25704.P2", "Beroepsproeve 2 (BP2)", "B1-K2: Presenteren van producten", "B1-K2-W1 t/m W3", "2 dagen",
             "Leerbedrijf (LB)", "1", "Onvoldoende/ voldoende/goed"),
            ("25704.P3", "Beroepsproeve 3 (BP3)", "P2-K1: Voert vakspecifieke werkzaamheden uit",
             "P2-K1-W1\nP2-K1-W2", "1 dag", "Examenlocatie", "1", "Onvoldoende/ voldoende/goed"),
        ],
    },
})
