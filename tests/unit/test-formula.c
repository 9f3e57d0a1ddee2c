/* test-formula.c - amending formulas and pinpoints, over the tested sentences of RULES-VL.md 2. */
#include "config.h"

#include <stdlib.h>

#include "tests/unit/unit.h"
#include "parser/formula.h"
#include "parser/pinpoint.h"

struct fcase {
	const char *text;
	bool item;
	enum leges_formula_op op;
	const char *target, *act, *prev, *loc, *old, *new_, *unit, *num, *newnum;
};

static const struct fcase cases[] = {
	{ "In artikel 173septies, §1, van het decreet basisonderwijs van 25 februari 1997, gewijzigd bij het decreet "
	  "van 21 maart 2014, worden de jaartallen “2014-2015” vervangen door de jaartallen “2013-2014”.", false,
	  LEGES_FOP_SUBST, "artikel 173septies, §1", "het decreet basisonderwijs van 25 februari 1997",
	  "gewijzigd bij het decreet van 21 maart 2014", NULL, "2014-2015", "2013-2014", NULL, NULL, NULL },
	{ "In artikel 5, §2, eerste lid, 3°, van het Bestuursdecreet van 7 december 2018, het laatst gewijzigd bij het "
	  "decreet van 3 mei 2024, worden de woorden “dertig dagen” vervangen door de woorden “zestig dagen”.", false,
	  LEGES_FOP_SUBST, "artikel 5, §2, eerste lid, 3°", "het Bestuursdecreet van 7 december 2018",
	  "het laatst gewijzigd bij het decreet van 3 mei 2024", NULL, "dertig dagen", "zestig dagen", NULL, NULL, NULL },
	{ "In artikel 4 van het besluit van de Vlaamse Regering van 1 maart 2019 over de wijze waarop subsidies worden "
	  "toegekend, worden de woorden “of per fax” opgeheven.", false, LEGES_FOP_REPEALWORDS, "artikel 4",
	  "het besluit van de Vlaamse Regering van 1 maart 2019 over de wijze waarop subsidies worden toegekend", NULL,
	  NULL, "of per fax", NULL, NULL, NULL, NULL },
	{ "In artikel 2 van het decreet van 4 april 2003 betreffende de oppervlaktedelfstoffen, gewijzigd bij het decreet "
	  "van 7 december 2007, worden de volgende wijzigingen aangebracht:", false, LEGES_FOP_LIST, "artikel 2",
	  "het decreet van 4 april 2003 betreffende de oppervlaktedelfstoffen",
	  "gewijzigd bij het decreet van 7 december 2007", NULL, NULL, NULL, NULL, NULL, NULL },
	{ "Artikel 1.4.3 van dezelfde codex wordt vervangen door wat volgt:", false, LEGES_FOP_REPLACE, "Artikel 1.4.3",
	  "dezelfde codex", NULL, NULL, NULL, NULL, NULL, NULL, NULL },
	{ "Artikel 12 van hetzelfde decreet wordt opgeheven.", false, LEGES_FOP_REPEALUNIT, "Artikel 12",
	  "hetzelfde decreet", NULL, NULL, NULL, NULL, NULL, NULL, NULL },
	{ "Aan hoofdstuk XI. Projecten van het decreet basisonderwijs van 25 februari 1997, gewijzigd bij het decreet van "
	  "25 april 2014, wordt een afdeling 3 toegevoegd, die luidt als volgt:", false, LEGES_FOP_ADDUNIT,
	  "hoofdstuk XI. Projecten", "het decreet basisonderwijs van 25 februari 1997",
	  "gewijzigd bij het decreet van 25 april 2014", NULL, NULL, NULL, "afdeling", "3", NULL },
	{ "In hetzelfde besluit wordt een artikel 5/1 ingevoegd, dat luidt als volgt:", false, LEGES_FOP_INSERTUNIT,
	  NULL, "hetzelfde besluit", NULL, NULL, NULL, NULL, "artikel", "5/1", NULL },
	{ "Artikel 5 van hetzelfde decreet, dat artikel 7 wordt, wordt vervangen door wat volgt:", false,
	  LEGES_FOP_REPLACE, "Artikel 5", "hetzelfde decreet", NULL, NULL, NULL, NULL, NULL, NULL, "artikel 7" },
	{ "Het decreet van 21 december 2001 houdende de vermindering van het gebruik van bestrijdingsmiddelen door "
	  "openbare diensten in het Vlaamse Gewest, gewijzigd bij het decreet van 19 december 2008, wordt opgeheven.",
	  false, LEGES_FOP_REPEALACT, NULL,
	  "Het decreet van 21 december 2001 houdende de vermindering van het gebruik van bestrijdingsmiddelen door "
	  "openbare diensten in het Vlaamse Gewest", "gewijzigd bij het decreet van 19 december 2008", NULL, NULL, NULL,
	  NULL, NULL, NULL },
	{ "Het tweede lid wordt opgeheven.", false, LEGES_FOP_NONE, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	  NULL },
	/* List items (relative to the list's target). */
	{ "in punt 11° wordt het woord \"oppervlaktedelfstoffenplan\" vervangen door de woorden \"algemeen "
	  "oppervlaktedelfstoffenplan\";", true, LEGES_FOP_SUBST, NULL, NULL, NULL, "11°", "oppervlaktedelfstoffenplan",
	  "algemeen oppervlaktedelfstoffenplan", NULL, NULL, NULL },
	{ "in §1, derde lid, worden de woorden “31 januari” telkens vervangen door de woorden “15 december”;", true,
	  LEGES_FOP_SUBST, NULL, NULL, NULL, "§1, derde lid", "31 januari", "15 december", NULL, NULL, NULL },
	{ "er wordt een punt 13° toegevoegd, dat luidt als volgt:", true, LEGES_FOP_ADDUNIT, NULL, NULL, NULL, NULL,
	  NULL, NULL, "punt", "13°", NULL },
	{ "paragraaf 2 wordt aangevuld met een punt 4°, dat luidt als volgt:", true, LEGES_FOP_ADDUNIT, NULL, NULL,
	  NULL, "§2", NULL, NULL, "punt", "4°", NULL },
	{ "tussen punt 2° en 3° wordt een punt 2°/1 ingevoegd, dat luidt als volgt:", true, LEGES_FOP_INSERTUNIT, NULL,
	  NULL, NULL, NULL, NULL, NULL, "punt", "2°/1", NULL },
	{ "in het eerste lid worden na de woorden “de minister” de woorden “, of zijn gemachtigde,” ingevoegd;", true,
	  LEGES_FOP_INSERTWORDS, NULL, NULL, NULL, "eerste lid", NULL, ", of zijn gemachtigde,", NULL, NULL, NULL },
	{ "aan het eerste lid worden de woorden “of digitaal” toegevoegd;", true, LEGES_FOP_ADDWORDS, NULL, NULL, NULL,
	  "eerste lid", NULL, "of digitaal", NULL, NULL, NULL },
	{ "het enige lid, dat het eerste lid wordt, aangevuld met de woorden “of per e-mail”.", true,
	  LEGES_FOP_ADDWORDS, NULL, NULL, NULL, "enige lid", NULL, "of per e-mail", NULL, NULL, "eerste lid" },
	{ "in het tweede lid wordt de zinsnede “, tenzij de minister anders beslist” opgeheven;", true,
	  LEGES_FOP_REPEALWORDS, NULL, NULL, NULL, "tweede lid", ", tenzij de minister anders beslist", NULL, NULL,
	  NULL, NULL },
	{ "punt 4° wordt opgeheven;", true, LEGES_FOP_REPEALUNIT, NULL, NULL, NULL, "4°", NULL, NULL, NULL, NULL, NULL },
	{ "in paragraaf 2 wordt punt 4° opgeheven;", true, LEGES_FOP_REPEALUNIT, NULL, NULL, NULL, "§2, 4°", NULL, NULL,
	  NULL, NULL, NULL },
	{ "punt 4° wordt vernummerd tot punt 5°;", true, LEGES_FOP_RENUM, NULL, NULL, NULL, "4°", NULL, NULL, NULL, NULL,
	  "5°" },
	{ "paragraaf 3 wordt vervangen door wat volgt:", true, LEGES_FOP_REPLACE, NULL, NULL, NULL, "§3", NULL, NULL,
	  NULL, NULL, NULL },
	{ "de tweede zin wordt vervangen door de volgende zin: “De termijn bedraagt zestig dagen.”", true,
	  LEGES_FOP_REPLACE, NULL, NULL, NULL, "tweede zin", NULL, "De termijn bedraagt zestig dagen.", NULL, NULL,
	  NULL },
	{ "in §3 worden de woorden “van de eerste maand” en “van de maand januari” respectievelijk vervangen door de "
	  "woorden “van de voorlaatste maand” en “van de maand november”;", true, LEGES_FOP_SUBSTRESP, NULL, NULL, NULL,
	  "§3", "van de eerste maand", "van de voorlaatste maand", NULL, NULL, NULL },
	{ "het woord “aanvraag” is niet vervangen.", true, LEGES_FOP_NONE, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
	  NULL, NULL },
	/* French and English. */
	{ "À l'article 5, § 2, du décret du 20 décembre 2002, les mots « trente jours » sont remplacés par les mots "
	  "« soixante jours ».", false, LEGES_FOP_SUBST, "article 5, § 2", "décret du 20 décembre 2002", NULL, NULL,
	  "trente jours", "soixante jours", NULL, NULL, NULL },
	{ "L'article 12 du même décret est abrogé.", false, LEGES_FOP_REPEALUNIT, "article 12", "même décret", NULL,
	  NULL, NULL, NULL, NULL, NULL, NULL },
	{ "In article 5 of the same Decree, the words “thirty days” are replaced by the words “sixty days”.", false,
	  LEGES_FOP_SUBST, "article 5", "the same Decree", NULL, NULL, "thirty days", "sixty days", NULL, NULL, NULL },
	{ "À l'article 4, alinéa 2, du même décret, les mots « de la demande » sont insérés après le mot « réception ».",
	  false, LEGES_FOP_INSERTWORDS, "article 4, alinéa 2", "même décret", NULL, NULL, NULL, "de la demande", NULL,
	  NULL, NULL },
	{ "À l'article 4 du même décret, les mots « ou par télécopie » sont abrogés.", false, LEGES_FOP_REPEALWORDS,
	  "article 4", "même décret", NULL, NULL, "ou par télécopie", NULL, NULL, NULL, NULL },
	{ "Dans le même décret, il est inséré un article 5/1 rédigé comme suit :", false, LEGES_FOP_INSERTUNIT, NULL,
	  "même décret", NULL, NULL, NULL, NULL, "article", "5/1", NULL },
	{ "L'article 3 du même décret est complété par un paragraphe 4 rédigé comme suit :", false, LEGES_FOP_ADDUNIT,
	  "article 3", "même décret", NULL, NULL, NULL, NULL, "paragraphe", "4", NULL },
	{ "L'article 7 du même décret est remplacé par ce qui suit :", false, LEGES_FOP_REPLACE, "article 7",
	  "même décret", NULL, NULL, NULL, NULL, NULL, NULL, NULL },
	{ "le 3° devient le 4°;", true, LEGES_FOP_RENUM, NULL, NULL, NULL, "3°", NULL, NULL, NULL, NULL, "4°" },
	{ "à l'alinéa 1er, les mots « trente » sont remplacés par les mots « soixante »;", true, LEGES_FOP_SUBST, NULL,
	  NULL, NULL, "alinéa 1er", "trente", "soixante", NULL, NULL, NULL },
	{ "In article 6 of the same Decree, the words “new” are deleted.", false, LEGES_FOP_REPEALWORDS, "article 6",
	  "the same Decree", NULL, NULL, "new", NULL, NULL, NULL, NULL },
	{ "In article 4 of the same Decree, the words “in writing” are inserted after the word “application”.", false,
	  LEGES_FOP_INSERTWORDS, "article 4", "the same Decree", NULL, NULL, NULL, "in writing", NULL, NULL, NULL },
	{ "In the same Decree, a new article 5A is inserted after article 5, which reads as follows:", false,
	  LEGES_FOP_INSERTUNIT, NULL, "the same Decree", NULL, NULL, NULL, NULL, "article", "5A", NULL },
	{ "Section 12 of the same Act is repealed.", false, LEGES_FOP_REPEALUNIT, "Section 12", "the same Act", NULL,
	  NULL, NULL, NULL, NULL, NULL, NULL },
};

static void check_str(const char *want, const char *got, const char *what, size_t i)
{
	if (!want && !got)
		return;
	if (!want || !got || strcmp(want, got)) {
		print_error("case %zu: %s: want '%s', got '%s'\n", i, what, want ? want : "(null)",
			    got ? got : "(null)");
		fail();
	}
}

static void test_cases(void **state)
{
	size_t i;

	UNUSED_STATE(state);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct fcase *c = &cases[i];
		struct leges_formula f;

		assert_int_equal(leges_formula_parse(&f, c->text, strlen(c->text), c->item), 0);
		if (f.op != c->op) {
			print_error("case %zu: op want %s got %s\n", i, leges_formula_op_name(c->op),
				    leges_formula_op_name(f.op));
			fail();
		}
		if (c->op != LEGES_FOP_NONE) {
			check_str(c->target, f.target, "target", i);
			check_str(c->act, f.act, "act", i);
			check_str(c->prev, f.prev, "prev", i);
			check_str(c->loc, f.loc, "loc", i);
			check_str(c->old, f.old[0], "old", i);
			check_str(c->new_, f.new_[0], "new", i);
			check_str(c->unit, f.unit, "unit", i);
			check_str(c->num, f.num, "num", i);
			check_str(c->newnum, f.newnum, "newnum", i);
		}
		leges_formula_release(&f);
	}
}

static void test_details(void **state)
{
	struct leges_formula f;
	const char *s;

	UNUSED_STATE(state);
	s = "in §1, derde lid, worden de woorden “31 januari” telkens vervangen door de woorden “15 december”;";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_true(f.telkens);
	leges_formula_release(&f);

	s = "in §3 worden de woorden “a” en “b” respectievelijk vervangen door de woorden “c” en “d”;";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_int_equal(f.nold, 2);
	assert_int_equal(f.nnew, 2);
	assert_string_equal(f.old[1], "b");
	assert_string_equal(f.new_[1], "d");
	leges_formula_release(&f);

	s = "tussen het woord “aanvraag” en het woord “indienen” worden de woorden “digitaal of schriftelijk” ingevoegd.";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_int_equal(f.op, LEGES_FOP_INSERTWORDS);
	assert_string_equal(f.pos, "after");
	assert_string_equal(f.anchor, "aanvraag");
	assert_string_equal(f.anchor2, "indienen");
	leges_formula_release(&f);

	s = "vóór het woord “subsidie” wordt het woord “jaarlijkse” ingevoegd.";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_int_equal(f.op, LEGES_FOP_INSERTWORDS);
	assert_string_equal(f.pos, "before");
	leges_formula_release(&f);

	/* An appositive renumbering and a renumbering in one sentence (found by the fuzzer: leaked). */
	s = "het enige lid, dat het eerste lid wordt, vernummerd tot het tweede lid.";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_int_equal(f.op, LEGES_FOP_RENUM);
	assert_string_equal(f.newnum, "tweede lid");
	leges_formula_release(&f);

	s = "het artikel wordt aangevuld met een § 4, luidende:";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_int_equal(f.op, LEGES_FOP_ADDUNIT);
	assert_true(f.fedstyle);
	leges_formula_release(&f);

	s = "na artikel 12 wordt een artikel 12/1 ingevoegd, dat luidt als volgt:";
	assert_int_equal(leges_formula_parse(&f, s, strlen(s), true), 0);
	assert_int_equal(f.op, LEGES_FOP_INSERTUNIT);
	assert_string_equal(f.pos, "after");
	assert_string_equal(f.anchor, "artikel 12");
	assert_true(f.quoted_follows);
	leges_formula_release(&f);
}

static void test_date(void **state)
{
	char d[11];

	UNUSED_STATE(state);
	assert_int_equal(leges_formula_date(d, "20 december 2002, gewijzigd"), 16);
	assert_string_equal(d, "2002-12-20");
	assert_true(leges_formula_date(d, "1er janvier 2027") > 0);
	assert_string_equal(d, "2027-01-01");
	assert_true(leges_formula_date(d, "1 July 2027") > 0);
	assert_string_equal(d, "2027-07-01");
	assert_int_equal(leges_formula_date(d, "32 december 2002"), 0);
	assert_int_equal(leges_formula_date(d, "december 2002"), 0);
}

static void test_pinpoint(void **state)
{
	struct leges_pinpoint p, base;
	char eid[256];

	UNUSED_STATE(state);
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, §2, eerste lid, 3°, a)"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "art_5__para_2__al_1__list_1__point_3__list_1__point_a");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5/1, § 2/1, tweede lid, 2°/1"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "art_5-1__para_2-1__al_2__list_1__point_2-1");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "Artikel 1.4.3"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "art_1-4-3");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 173septies, §1"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "art_173septies__para_1");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 3, eerste lid, inleidende zin"), 0);
	assert_int_equal(p.sentence, -1);
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, tweede lid, tweede zin"), 0);
	assert_int_equal(p.sentence, 2);
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "hoofdstuk 3"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "chp_3");
	assert_int_equal(leges_pinpoint_parse(&base, NULL, "artikel 2"), 0);
	assert_int_equal(leges_pinpoint_parse(&p, &base, "§3, 11°"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "art_2__para_3__list_1__point_11");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "article 5, § 2, alinéa 1er"), 0);
	assert_string_equal(leges_pinpoint_eid(&p, eid, sizeof(eid)), "art_5__para_2__al_1");
	assert_int_not_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, lid 2"), 0);
	assert_int_not_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, sub a"), 0);
}

static void test_resolve(void **state)
{
	static const char xml[] =
		"<body><article eId='art_5'><num>Art. 5.</num>"
		"<paragraph eId='art_5__para_1'><num>§ 1.</num><content><p>x</p></content></paragraph>"
		"<paragraph eId='art_5__para_2'><num>§ 2.</num>"
		"<alinea eId='art_5__para_2__al_1'><content><p>a</p></content></alinea>"
		"<alinea eId='art_5__para_2__al_2'><list eId='l'><intro><p>b</p></intro>"
		"<point eId='p3'><num>3°</num><content><p>c</p></content></point></list></alinea>"
		"</paragraph></article></body>";
	xmlDocPtr doc = xmlReadMemory(xml, (int)strlen(xml), "t.xml", NULL, XML_PARSE_NONET);
	struct leges_pinpoint p;
	xmlNode *n;

	UNUSED_STATE(state);
	assert_non_null(doc);
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, §2, tweede lid, 3°"), 0);
	n = leges_pinpoint_resolve(xmlDocGetRootElement(doc), &p);
	assert_non_null(n);
	assert_string_equal((const char *)n->name, "point");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, §1, eerste lid"), 0);
	n = leges_pinpoint_resolve(xmlDocGetRootElement(doc), &p);
	assert_non_null(n);
	assert_string_equal((const char *)n->name, "paragraph");
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, §3"), 0);
	assert_null(leges_pinpoint_resolve(xmlDocGetRootElement(doc), &p));
	assert_int_equal(leges_pinpoint_parse(&p, NULL, "artikel 5, 3°"), 0);
	assert_non_null(leges_pinpoint_resolve(xmlDocGetRootElement(doc), &p));
	xmlFreeDoc(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cases),
		cmocka_unit_test(test_details),
		cmocka_unit_test(test_date),
		cmocka_unit_test(test_pinpoint),
		cmocka_unit_test(test_resolve),
	};
	int rc = cmocka_run_group_tests(tests, NULL, NULL);

	leges_formula_cleanup();
	return rc;
}
