/*
 * gen-act.c - write a synthetic Flemish decree (Akoma Ntoso 3.0) for benchmarks.
 *
 *   gen-act N [SEED] > act.xml
 *
 * The act /akn/be-vlg/act/decreet/2026-01-15/nn has N articles ("Artikel 1.",
 * "Art. 2.", ...; eId art_N) numbered across chapters of about 20 articles
 * (chp_K, "Hoofdstuk K."), with plain content, paragraphs (para_M), lists with
 * an intro and points 1°..4° (list_1, intro, point_P), occasional sub-points
 * a)..c), internal references to earlier articles and now and then a reference
 * to Directive (EU) 2016/2102.  About 1 KB per article.  The output is valid
 * against the AKN 3.0 XSD and follows docs/profile.md, so that `leges check`
 * reports nothing on it.  It is deterministic for a given N and SEED.
 *
 * No dependencies: cc -O2 -o gen-act gen-act.c
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORK "/akn/be-vlg/act/decreet/2026-01-15/nn"
#define EXPR WORK "/nld@2026-01-15"
#define ELI_DIR "http://data.europa.eu/eli/dir/2016/2102/oj"
#define ENTRY_INTO_FORCE "Dit decreet treedt in werking op de eerste dag van de maand die volgt op het " \
	"verstrijken van een termijn van tien dagen, die ingaat op de dag na de bekendmaking ervan in het " \
	"Belgisch Staatsblad"

/* splitmix64: small, good enough, the same everywhere. */
static unsigned long long rng_state;

static unsigned long long rnd64(void)
{
	unsigned long long z = (rng_state += 0x9E3779B97F4A7C15ULL);

	z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
	z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
	return z ^ (z >> 31);
}

/* 0 <= r < n */
static unsigned rnd(unsigned n)
{
	return (unsigned)(rnd64() % n);
}

#define PICK(a) ((a)[rnd(sizeof(a) / sizeof((a)[0]))])

static const char *const subjects[] = {
	"De Vlaamse Regering", "De toezichthouder", "Een overheidsinstantie", "Het agentschap",
	"De bevoegde minister", "De gemeente", "Het college van burgemeester en schepenen",
	"De aanvrager", "De beheerder", "De leidend ambtenaar van het agentschap",
	"De provincie", "De erkende organisatie", "De Vlaamse Ombudsdienst",
};

static const char *const verbs[] = {
	"bepaalt de nadere regels voor", "publiceert jaarlijks een verslag over",
	"neemt de nodige maatregelen voor", "waakt over", "houdt een register bij van",
	"verstrekt op verzoek inlichtingen over", "legt een beleidsplan voor over",
	"organiseert het overleg over", "evalueert om de drie jaar",
	"stelt een procedure vast voor", "verleent een subsidie voor",
	"bezorgt de gegevens over", "staat in voor",
};

static const char *const objects[] = {
	"de toegankelijkheid van digitale overheidsinformatie",
	"de verwerking van persoonsgegevens in het kader van dit decreet",
	"de kwaliteit van de dienstverlening aan de burger",
	"de uitvoering van de beheersovereenkomst",
	"de openbaarheid van bestuursdocumenten",
	"de samenwerking tussen de lokale besturen",
	"de administratieve vereenvoudiging",
	"de erkenning en de subsidiëring van de organisaties",
	"de digitale uitwisseling van gegevens tussen de instanties",
	"de klachtenbehandeling en de bemiddeling",
	"het toezicht op de naleving van de toegankelijkheidsvereisten",
	"de opleiding en de begeleiding van het personeel",
	"de meldingen die via het feedbackmechanisme worden ingediend",
};

static const char *const modifiers[] = {
	"binnen dertig dagen na de ontvangst van de aanvraag",
	"na advies van de Strategische Adviesraad",
	"volgens de voorwaarden die de Vlaamse Regering vaststelt",
	"uiterlijk op 31 maart van elk jaar",
	"op de wijze die de Vlaamse Regering bepaalt",
	"binnen de perken van de beschikbare begrotingskredieten",
	"met inachtneming van de beginselen van behoorlijk bestuur",
	"in overleg met de betrokken lokale besturen",
	"op een toegankelijke en begrijpelijke manier",
	"na een openbaar onderzoek van zestig dagen",
};

/* An enumeration: its lead-in and the points that fit it (at least 5 each). */
struct enumeration {
	const char *intro;
	const char *points[7];
};

static const struct enumeration enums[] = {
	{ "De aanvraag bevat ten minste de volgende gegevens:", {
		"de naam, het adres en het ondernemingsnummer van de aanvrager",
		"een beschrijving van de activiteiten waarvoor de subsidie wordt gevraagd",
		"een begroting van de geraamde kosten en opbrengsten",
		"de termijn waarbinnen de activiteiten worden uitgevoerd",
		"een verklaring op erewoord dat de gegevens juist en volledig zijn",
		"de contactgegevens van de persoon die voor het dossier verantwoordelijk is", NULL } },
	{ "Om in aanmerking te komen voor een erkenning, voldoet de organisatie aan de volgende voorwaarden:", {
		"ze heeft rechtspersoonlijkheid en geen winstoogmerk",
		"ze heeft een werking in het Nederlandse taalgebied of in het tweetalige gebied Brussel-Hoofdstad",
		"ze legt jaarlijks een financieel verslag en een activiteitenverslag voor",
		"ze beschikt over een toegankelijke website met actuele informatie over haar werking",
		"ze werkt samen met de lokale besturen van het werkingsgebied", NULL } },
	{ "De toezichthouder heeft de volgende opdrachten:", {
		"toezien op de naleving van de toegankelijkheidsvereisten",
		"de overheidsinstanties adviseren over de toepassing van dit decreet",
		"de meldingen en klachten van gebruikers onderzoeken",
		"jaarlijks een verslag opstellen over de vastgestelde tekortkomingen",
		"samenwerken met de toezichthouders van de andere overheden",
		"goede praktijken verzamelen en bekendmaken", NULL } },
	{ "Het jaarverslag bevat ten minste:", {
		"het aantal meldingen en klachten en het gevolg dat eraan gegeven is",
		"de maatregelen die genomen zijn om de toegankelijkheid te verbeteren",
		"de resultaten van de evaluatie van het voorgaande werkingsjaar",
		"een overzicht van de ontvangen subsidies en de besteding ervan",
		"de doelstellingen voor het volgende werkingsjaar", NULL } },
	{ "De Vlaamse Regering kan de erkenning intrekken in de volgende gevallen:", {
		"als de organisatie niet langer voldoet aan de erkenningsvoorwaarden",
		"als de organisatie de verplichtingen van dit decreet niet nakomt",
		"als de organisatie onjuiste of onvolledige gegevens heeft verstrekt",
		"als de organisatie haar activiteiten stopzet",
		"als de organisatie de controle door de toezichthouder verhindert", NULL } },
};

/* a point that opens a sub-list a)..c), with the items that fit it */
static const char *const sub_intros[] = {
	"de contactgegevens van:", "een lijst van de instanties die onder het toezicht vallen, namelijk:",
	"het advies van:",
};

static const char *const subpoints[] = {
	"de overheidsinstantie zelf",
	"de diensten die ze heeft opgericht of waarover ze toezicht houdt",
	"de rechtspersonen die voor meer dan de helft door haar worden gefinancierd",
	"de personen die in haar opdracht handelen",
	"de verenigingen waarvan ze lid is",
};

static unsigned npoints(const struct enumeration *e)
{
	unsigned n = 0;

	while (n < sizeof(e->points) / sizeof(e->points[0]) && e->points[n])
		n++;
	return n;
}

static const char *const headings[] = {
	"Algemene bepalingen", "Toepassingsgebied", "Toegankelijkheidsvereisten",
	"Erkenning en subsidiëring", "Toezicht en handhaving", "Procedure",
	"Rechten van de gebruiker", "Verwerking van persoonsgegevens", "Evaluatie",
	"Financiële bepalingen", "Klachtenbehandeling", "Samenwerking met de lokale besturen",
	"Overgangsbepalingen",
};

static unsigned long cur_art;	/* the article being written, for refs to earlier ones */

static void indent(int depth)
{
	static const char sp[] = "                                                            ";

	fwrite(sp, 1, (size_t)depth * 2 < sizeof(sp) - 1 ? (size_t)depth * 2 : sizeof(sp) - 1, stdout);
}

/* A ref to an existing earlier article (cur_art > 1). */
static void ref_earlier(void)
{
	unsigned long k = 1 + rnd((unsigned)(cur_art - 1));

	printf("<ref href=\"#art_%lu\">artikel %lu</ref>", k, k);
}

/* One sentence of normative text, with an occasional reference. */
static void sentence(void)
{
	unsigned r = rnd(100);

	if (r < 4) {
		/* a fronted adverbial, then verb-subject inversion */
		printf("Met het oog op de uitvoering van <ref href=\"" ELI_DIR "\">Richtlijn (EU) 2016/2102</ref>"
		       " regelt de Vlaamse Regering %s %s.", PICK(objects), PICK(modifiers));
		return;
	}
	printf("%s %s %s", PICK(subjects), PICK(verbs), PICK(objects));
	if (rnd(3))
		printf(" %s", PICK(modifiers));
	if (cur_art > 1 && r < 16) {
		fputs(", met behoud van de toepassing van ", stdout);
		ref_earlier();
	} else if (cur_art > 1 && r < 28) {
		fputs(", vermeld in ", stdout);
		ref_earlier();
	}
	fputc('.', stdout);
}

static void content(int depth, int nsent)
{
	int i;

	indent(depth);
	fputs("<content>\n", stdout);
	indent(depth + 1);
	fputs("<p>", stdout);
	for (i = 0; i < nsent; i++) {
		if (i)
			fputc(' ', stdout);
		sentence();
	}
	fputs("</p>\n", stdout);
	indent(depth);
	fputs("</content>\n", stdout);
}

static void simple_content(int depth, const char *text, const char *end)
{
	indent(depth);
	fputs("<content>\n", stdout);
	indent(depth + 1);
	printf("<p>%s%s</p>\n", text, end);
	indent(depth);
	fputs("</content>\n", stdout);
}

/* a sub-list a)..c) under point `eid` */
static void sublist(int depth, const char *eid, const char *end)
{
	unsigned n = 2 + rnd(2), i, first = rnd(5);

	indent(depth);
	printf("<list eId=\"%s__list_1\">\n", eid);
	indent(depth + 1);
	printf("<intro eId=\"%s__list_1__intro\">\n", eid);
	indent(depth + 2);
	printf("<p>%s</p>\n", PICK(sub_intros));
	indent(depth + 1);
	fputs("</intro>\n", stdout);
	for (i = 0; i < n; i++) {
		char c = (char)('a' + i);

		indent(depth + 1);
		printf("<point eId=\"%s__list_1__point_%c\">\n", eid, c);
		indent(depth + 2);
		printf("<num>%c)</num>\n", c);
		simple_content(depth + 2, subpoints[(first + i) % 5], i + 1 < n ? ";" : end);
		indent(depth + 1);
		fputs("</point>\n", stdout);
	}
	indent(depth);
	fputs("</list>\n", stdout);
}

/* a list with intro and points 1°..4° below the element `eid` */
static void list(int depth, const char *eid)
{
	const struct enumeration *e = &PICK(enums);
	unsigned have = npoints(e), first = rnd(have);
	unsigned n = 2 + rnd(3), i, sub = rnd(4) == 0 ? 1 + rnd(n) : 0;
	char peid[256];

	indent(depth);
	printf("<list eId=\"%s__list_1\">\n", eid);
	indent(depth + 1);
	printf("<intro eId=\"%s__list_1__intro\">\n", eid);
	indent(depth + 2);
	printf("<p>%s</p>\n", e->intro);
	indent(depth + 1);
	fputs("</intro>\n", stdout);
	for (i = 1; i <= n; i++) {
		const char *end = i < n ? ";" : ".";
		const char *text = e->points[(first + i) % have];

		snprintf(peid, sizeof(peid), "%s__list_1__point_%u", eid, i);
		indent(depth + 1);
		printf("<point eId=\"%s\">\n", peid);
		indent(depth + 2);
		printf("<num>%u°</num>\n", i);
		if (i == sub) {
			sublist(depth + 2, peid, end);
		} else if (cur_art > 1 && rnd(8) == 0) {
			indent(depth + 2);
			fputs("<content>\n", stdout);
			indent(depth + 3);
			printf("<p>%s, met toepassing van ", text);
			ref_earlier();
			printf("%s</p>\n", end);
			indent(depth + 2);
			fputs("</content>\n", stdout);
		} else {
			simple_content(depth + 2, text, end);
		}
		indent(depth + 1);
		fputs("</point>\n", stdout);
	}
	indent(depth);
	fputs("</list>\n", stdout);
}

static void article(unsigned long n, unsigned long total, int depth)
{
	char eid[64];
	unsigned kind = rnd(100);

	cur_art = n;
	snprintf(eid, sizeof(eid), "art_%lu", n);
	indent(depth);
	printf("<article eId=\"%s\">\n", eid);
	indent(depth + 1);
	if (total == 1)
		fputs("<num>Enig artikel.</num>\n", stdout);
	else if (n == 1)
		fputs("<num>Artikel 1.</num>\n", stdout);
	else
		printf("<num>Art. %lu.</num>\n", n);

	if (total == 1) {
		simple_content(depth + 1, "Dit decreet regelt een gemeenschaps- en gewestaangelegenheid. " ENTRY_INTO_FORCE, ".");
	} else if (n == 1) {
		simple_content(depth + 1, "Dit decreet regelt een gemeenschaps- en gewestaangelegenheid", ".");
	} else if (n == total) {
		simple_content(depth + 1, ENTRY_INTO_FORCE, ".");
	} else if (n == 2) {
		simple_content(depth + 1, "Dit decreet voorziet in de gedeeltelijke omzetting van <ref href=\"" ELI_DIR
			       "\">Richtlijn (EU) 2016/2102 van het Europees Parlement en de Raad van 26 oktober 2016 "
			       "inzake de toegankelijkheid van de websites en mobiele applicaties van overheidsinstanties</ref>",
			       ".");
	} else if (kind < 45) {
		content(depth + 1, 1 + (int)rnd(3));
	} else if (kind < 70) {
		list(depth + 1, eid);
	} else {
		unsigned np = 2 + rnd(2), m;

		for (m = 1; m <= np; m++) {
			char pe[96];

			snprintf(pe, sizeof(pe), "%s__para_%u", eid, m);
			indent(depth + 1);
			printf("<paragraph eId=\"%s\">\n", pe);
			indent(depth + 2);
			printf("<num>§ %u.</num>\n", m);
			if (rnd(10) < 3)
				list(depth + 2, pe);
			else
				content(depth + 2, 1 + (int)rnd(2));
			indent(depth + 1);
			fputs("</paragraph>\n", stdout);
		}
	}
	indent(depth);
	fputs("</article>\n", stdout);
}

static void header(void)
{
	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	      "<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">\n"
	      "  <act name=\"decreet\">\n"
	      "    <meta>\n"
	      "      <identification source=\"#kanselarij\">\n"
	      "        <FRBRWork>\n"
	      "          <FRBRthis value=\"" WORK "/!main\"/>\n"
	      "          <FRBRuri value=\"" WORK "\"/>\n"
	      "          <FRBRdate date=\"2026-01-15\" name=\"bekrachtiging\"/>\n"
	      "          <FRBRauthor href=\"#vlaamsParlement\"/>\n"
	      "          <FRBRcountry value=\"be-vlg\"/>\n"
	      "          <FRBRsubtype value=\"decreet\"/>\n"
	      "          <FRBRnumber value=\"nn\"/>\n"
	      "        </FRBRWork>\n"
	      "        <FRBRExpression>\n"
	      "          <FRBRthis value=\"" EXPR "/!main\"/>\n"
	      "          <FRBRuri value=\"" EXPR "\"/>\n"
	      "          <FRBRdate date=\"2026-01-15\" name=\"versie\"/>\n"
	      "          <FRBRauthor href=\"#vlaamsParlement\"/>\n"
	      "          <FRBRlanguage language=\"nld\"/>\n"
	      "        </FRBRExpression>\n"
	      "        <FRBRManifestation>\n"
	      "          <FRBRthis value=\"" EXPR "/!main.xml\"/>\n"
	      "          <FRBRuri value=\"" EXPR ".akn\"/>\n"
	      "          <FRBRdate date=\"2026-01-15\" name=\"XML-omzetting\"/>\n"
	      "          <FRBRauthor href=\"#kanselarij\"/>\n"
	      "        </FRBRManifestation>\n"
	      "      </identification>\n"
	      "      <references source=\"#kanselarij\">\n"
	      "        <TLCOrganization eId=\"vlaamseRegering\" href=\"/ontology/organization/be-vlg/vlaamseRegering\" showAs=\"Vlaamse Regering\"/>\n"
	      "        <TLCOrganization eId=\"kanselarij\" href=\"/ontology/organization/be-vlg/kanselarij\" showAs=\"Departement Kanselarij en Buitenlandse Zaken\"/>\n"
	      "        <TLCOrganization eId=\"vlaamsParlement\" href=\"/ontology/organization/be-vlg/vlaamsParlement\" showAs=\"Vlaams Parlement\"/>\n"
	      "        <TLCPerson eId=\"pieterVandenbroucke\" href=\"/ontology/person/be-vlg/pieterVandenbroucke\" showAs=\"Pieter VANDENBROUCKE\"/>\n"
	      "        <TLCPerson eId=\"saraDeclercq\" href=\"/ontology/person/be-vlg/saraDeclercq\" showAs=\"Sara DECLERCQ\"/>\n"
	      "        <TLCRole eId=\"ministerPresident\" href=\"/ontology/role/be-vlg/ministerPresident\" showAs=\"minister-president van de Vlaamse Regering\"/>\n"
	      "        <TLCRole eId=\"ministerBestuurszaken\" href=\"/ontology/role/be-vlg/ministerBestuurszaken\" showAs=\"Vlaamse minister van Bestuurszaken en Digitalisering\"/>\n"
	      "      </references>\n"
	      "    </meta>\n"
	      "    <preface eId=\"preface\">\n"
	      "      <longTitle eId=\"preface__longTitle_1\">\n"
	      "        <p><docDate date=\"2026-01-15\">15 januari 2026</docDate>. - <docType>Decreet</docType> <docTitle>houdende de digitale toegankelijkheid van overheidsinformatie en de organisatie van de digitale dienstverlening</docTitle></p>\n"
	      "      </longTitle>\n"
	      "    </preface>\n"
	      "    <preamble eId=\"preamble\">\n"
	      "      <formula name=\"enactingFormula\" eId=\"preamble__formula_1\">\n"
	      "        <p>Het Vlaams Parlement heeft aangenomen en Wij, Regering, bekrachtigen hetgeen volgt:</p>\n"
	      "      </formula>\n"
	      "      <p>Decreet houdende de digitale toegankelijkheid van overheidsinformatie en de organisatie van de digitale dienstverlening</p>\n"
	      "    </preamble>\n"
	      "    <body>\n", stdout);
}

static void footer(void)
{
	fputs("    </body>\n"
	      "    <conclusions eId=\"conclusions\">\n"
	      "      <formula name=\"promulgation\" eId=\"conclusions__formula_1\">\n"
	      "        <p>Kondigen dit decreet af, bevelen dat het in het Belgisch Staatsblad zal worden bekendgemaakt.</p>\n"
	      "      </formula>\n"
	      "      <container name=\"signatures\" eId=\"conclusions__container_1\">\n"
	      "        <p>Brussel, <date date=\"2026-01-15\">15 januari 2026</date>.</p>\n"
	      "        <p><role refersTo=\"#ministerPresident\">De minister-president van de Vlaamse Regering,</role></p>\n"
	      "        <p><person refersTo=\"#pieterVandenbroucke\" as=\"#ministerPresident\">Pieter VANDENBROUCKE</person></p>\n"
	      "        <p><role refersTo=\"#ministerBestuurszaken\">De Vlaamse minister van Bestuurszaken en Digitalisering,</role></p>\n"
	      "        <p><person refersTo=\"#saraDeclercq\" as=\"#ministerBestuurszaken\">Sara DECLERCQ</person></p>\n"
	      "      </container>\n"
	      "    </conclusions>\n"
	      "  </act>\n"
	      "</akomaNtoso>\n", stdout);
}

int main(int argc, char **argv)
{
	static char buf[1 << 16];
	unsigned long n, a, chp = 0, left = 0;
	char *end;

	if (argc < 2 || argc > 3) {
		fputs("usage: gen-act N [SEED] > act.xml\n", stderr);
		return 2;
	}
	n = strtoul(argv[1], &end, 10);
	if (*end || n < 1 || n > 10000000UL) {
		fputs("gen-act: N must be a number of articles from 1 to 10000000\n", stderr);
		return 2;
	}
	rng_state = 1;
	if (argc == 3) {
		rng_state = strtoull(argv[2], &end, 10);
		if (*end) {
			fputs("gen-act: SEED must be a number\n", stderr);
			return 2;
		}
	}
	setvbuf(stdout, buf, _IOFBF, sizeof(buf));
	header();
	for (a = 1; a <= n; a++) {
		if (!left) {
			if (chp)
				fputs("      </chapter>\n", stdout);
			chp++;
			/* 16..24 articles; the rest of the act if fewer than 8 would be left over */
			left = 16 + rnd(9);
			if (n - a + 1 < left + 8)
				left = n - a + 1;
			printf("      <chapter eId=\"chp_%lu\">\n"
			       "        <num>Hoofdstuk %lu.</num>\n"
			       "        <heading>%s</heading>\n", chp, chp,
			       chp == 1 ? "Inleidende bepalingen" : a + left > n && chp > 2 ? "Slotbepalingen"
			       : PICK(headings));
		}
		article(a, n, 4);
		left--;
	}
	fputs("      </chapter>\n", stdout);
	footer();
	if (fflush(stdout) || ferror(stdout)) {
		perror("gen-act: write error");
		return 1;
	}
	return 0;
}
