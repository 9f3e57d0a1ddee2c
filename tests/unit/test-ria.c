/* test-ria.c - the Standard Cost Model arithmetic, the RIA table and the obligations of a draft. */
#include "config.h"

#include <stdlib.h>

#include "tests/unit/unit.h"
#include "checks/ria.h"
#include "parser/error.h"
#include "parser/load.h"
#include "parser/model.h"

static int64_t num(const char *s, unsigned decimals)
{
	int64_t v = -999;

	assert_int_equal(leges_ria_number(s, decimals, &v), 0);
	return v;
}

static void test_numbers(void **state)
{
	int64_t v;

	UNUSED_STATE(state);
	assert_int_equal(num("2", 4), 20000);
	assert_int_equal(num("2,5", 4), 25000);
	assert_int_equal(num("2.5", 4), 25000);
	assert_int_equal(num("4 500", 0), 4500);
	assert_int_equal(num("4\xc2\xa0" "500", 0), 4500);	/* no-break space */
	assert_int_equal(num("4.500,00", 2), 450000);	/* Dutch: dots group thousands */
	assert_int_equal(num("4.500", 4), 45000);	/* without a comma the dot is decimal: 4.5 */
	assert_int_equal(num("\xe2\x82\xac 45", 2), 4500);	/* € 45 */
	assert_int_equal(num("15 EUR", 2), 1500);
	assert_int_equal(num("30 %", 4), 3000);
	assert_int_equal(num("12,5%", 4), 1250);
	assert_int_equal(num("0,30", 4), 3000);
	assert_int_equal(num("1,230", 2), 123);		/* a trailing zero beyond the precision */
	assert_int_equal(num("-12", 4), -120000);
	assert_int_equal(leges_ria_number("1,234", 2, &v), LEGES_EINVAL);
	assert_int_equal(leges_ria_number("12,345 %", 4, &v), LEGES_EINVAL);
	assert_int_equal(leges_ria_number("twee", 4, &v), LEGES_EINVAL);
	assert_int_equal(leges_ria_number("", 4, &v), LEGES_EINVAL);
	assert_int_equal(leges_ria_number("2x", 4, &v), LEGES_EINVAL);
	assert_int_equal(leges_ria_number("99999999999999999999", 0, &v), LEGES_EINVAL);
	assert_int_equal(leges_ria_number("9999999999999999", 4, &v), LEGES_EINVAL);
}

static void test_rounding(void **state)
{
	UNUSED_STATE(state);
	assert_int_equal(leges_ria_div_round(5, 2), 3);
	assert_int_equal(leges_ria_div_round(-5, 2), -3);
	assert_int_equal(leges_ria_div_round(4, 3), 1);
	assert_int_equal(leges_ria_div_round(-4, 3), -1);
	assert_int_equal(leges_ria_div_round(149, 100), 1);
	assert_int_equal(leges_ria_div_round(150, 100), 2);
}

/* RULES.md 2D: 4,500 registrations a year, 2.0 h at EUR 45, EUR 15 postage, 30 % business as usual. */
static void test_worked_example(void **state)
{
	int64_t p, ac = 0, ab = 0;

	UNUSED_STATE(state);
	p = leges_ria_price(num("2,0", 4), num("45", 2), num("15", 2));
	assert_int_equal(leges_ria_div_round(p, LEGES_RIA_SCALE), 10500);	/* P = EUR 105 */
	assert_int_equal(leges_ria_cost(&p, 1, 4500, num("1", 4), num("0,30", 4), &ac, &ab), 0);
	assert_int_equal(ac, 47250000);		/* EUR 472,500 */
	assert_int_equal(ab, 33075000);		/* EUR 330,750 */
}

/* AC is rounded once, from the exact product, not as N times a rounded price. */
static void test_one_rounding(void **state)
{
	int64_t p, ac = 0, ab = 0;

	UNUSED_STATE(state);
	p = leges_ria_price(num("0,3333", 4), num("10", 2), 0);	/* 333.3 cents */
	assert_int_equal(leges_ria_cost(&p, 1, 1, LEGES_RIA_SCALE, 0, &ac, &ab), 0);
	assert_int_equal(ac, 333);
	assert_int_equal(leges_ria_cost(&p, 1, 3, LEGES_RIA_SCALE, 0, &ac, &ab), 0);
	assert_int_equal(ac, 1000);		/* 999.9 cents, not 3 x 333 */
	assert_int_equal(leges_ria_cost(&p, 1, 3, LEGES_RIA_SCALE, num("0,5", 4), &ac, &ab), 0);
	assert_int_equal(ab, 500);		/* 499.95 rounds away from zero */
	/* Two activities are summed exactly before rounding. */
	{
		int64_t two[2] = { p, p };

		assert_int_equal(leges_ria_cost(two, 2, 3, LEGES_RIA_SCALE, 0, &ac, &ab), 0);
		assert_int_equal(ac, 2000);	/* 1999.8 */
	}
	/* F below one (once every four years) and a figure too large to compute. */
	assert_int_equal(leges_ria_cost(&p, 1, 40, num("0,25", 4), 0, &ac, &ab), 0);
	assert_int_equal(ac, 3333);
	p = leges_ria_price(num("1000", 4), num("1000000", 2), 0);
	assert_int_equal(leges_ria_cost(&p, 1, 1000000000, num("100000", 4), 0, &ac, &ab), LEGES_EINVAL);
}

static void test_annualise(void **state)
{
	UNUSED_STATE(state);
	assert_int_equal(leges_ria_annualise(100000, 0, 10), 10000);
	assert_int_equal(leges_ria_annualise(100000, 300, 1), 103000);
	/* EUR 1,000 over 10 years at 3 %: factor 0.1172305... */
	assert_int_equal(leges_ria_annualise(100000, 300, 10), 11723);
	assert_int_equal(leges_ria_annualise(900000, 300, 10), 105507);
	assert_int_equal(leges_ria_annualise(0, 300, 10), 0);
}

static void test_formatting(void **state)
{
	char buf[40];

	UNUSED_STATE(state);
	assert_string_equal(leges_ria_money(buf, sizeof(buf), 47250000), "472,500.00");
	assert_string_equal(leges_ria_money(buf, sizeof(buf), 123456789), "1,234,567.89");
	assert_string_equal(leges_ria_money(buf, sizeof(buf), 0), "0.00");
	assert_string_equal(leges_ria_money(buf, sizeof(buf), -5), "-0.05");
	assert_string_equal(leges_ria_fixed(buf, sizeof(buf), 3000), "0.3");
	assert_string_equal(leges_ria_fixed(buf, sizeof(buf), 20000), "2");
	assert_string_equal(leges_ria_fixed(buf, sizeof(buf), 12500), "1.25");
}

static void test_text(void **state)
{
	char word[64];

	UNUSED_STATE(state);
	assert_int_equal(leges_ria_text_frequency("jaarlijkse registratie", word, sizeof(word)), 10000);
	assert_string_equal(word, "jaarlijkse");
	assert_int_equal(leges_ria_text_frequency("minstens één keer per jaar", word, sizeof(word)), 10000);
	assert_int_equal(leges_ria_text_frequency("twee keer per jaar", NULL, 0), 20000);
	assert_int_equal(leges_ria_text_frequency("halfjaarlijks verslag", NULL, 0), 20000);
	assert_int_equal(leges_ria_text_frequency("driemaandelijks", NULL, 0), 40000);
	assert_int_equal(leges_ria_text_frequency("een maandelijkse aangifte", NULL, 0), 120000);
	assert_int_equal(leges_ria_text_frequency("elke week", NULL, 0), 520000);
	assert_int_equal(leges_ria_text_frequency("tweejaarlijks", NULL, 0), 0);
	assert_int_equal(leges_ria_text_frequency("€ 50 per jaar", NULL, 0), 0);
	assert_true(leges_ria_minors("voor kinderen en jongeren", 25) == 5);
	assert_true(leges_ria_minors("experimenteel jeugdwerk", 23) < 0);
}

static struct leges_doc *doc_of(const char *xml)
{
	struct leges_input *in = NULL;
	struct leges_doc *doc = NULL;

	assert_int_equal(leges_load_memory(&in, "t.xml", xml, strlen(xml), NULL), 0);
	assert_int_equal(leges_doc_build(&doc, in), 0);
	return doc;
}

#define AKN "<akomaNtoso xmlns='http://docs.oasis-open.org/legaldocml/ns/akn/3.0'>"
#define HEAD "<tr><th>id</th><th>bepaling</th><th>activiteit</th><th>doelgroep</th><th>N</th><th>F</th>" \
	"<th>T (uur)</th><th>H</th><th>O</th><th>BAU</th><th>soort</th><th>oorsprong</th><th>eenmalig</th></tr>"
#define ROW(id, prov, act, grp, n, f, t, h, o, bau, kind, orig, once) \
	"<tr><td>" id "</td><td><ref href='#" prov "'>x</ref></td><td>" act "</td><td>" grp "</td><td>" n \
	"</td><td>" f "</td><td>" t "</td><td>" h "</td><td>" o "</td><td>" bau "</td><td>" kind "</td><td>" \
	orig "</td><td>" once "</td></tr>"

static void test_table(void **state)
{
	static const char xml[] = AKN "<doc name='ria'><meta/><mainBody>"
		"<hcontainer name='opties'><hcontainer name='optie' class='nuloptie'/><hcontainer name='optie'/></hcontainer>"
		"<table class='skm'>" HEAD
		ROW("IO-1", "art_5", "registratie", "ondernemingen", "4 500", "1", "2,0", "45", "15", "30 %", "nieuw", "nationaal", "")
		ROW("IO-2", "art_6", "formulier", "burgers", "1000", "2", "0,5", "30", "0", "0", "nieuw", "EU", "100")
		ROW("IO-2", "art_6", "bijlagen", "", "", "", "0,25", "30", "2,50", "", "", "", "")
		ROW("IO-3", "art_7", "papieren aangifte", "Ondernemingen", "4500", "1", "1", "45", "5", "0", "afgeschaft", "EU-goldplating", "")
		ROW("IO-4", "art_8", "fout", "burgers", "-3", "1", "1", "45", "5", "0", "nieuw", "EU", "")
		"</table></mainBody></doc></akomaNtoso>";
	struct leges_doc *doc = doc_of(xml);
	struct leges_ria *ria = NULL;
	struct leges_ria_opts opts = { 300, 10 };
	const struct leges_ria_totals *t;

	UNUSED_STATE(state);
	assert_non_null(leges_ria_find(doc));
	assert_int_equal(leges_ria_analyse(&ria, doc, leges_ria_find(doc), NULL, &opts), 0);
	assert_int_equal(ria->nobl, 4);
	assert_int_equal(ria->noptions, 2);
	assert_true(ria->options[0].baseline);
	/* IO-1: the worked example. */
	assert_int_equal(ria->obl[0].ac_cents, 47250000);
	assert_int_equal(ria->obl[0].ab_cents, 33075000);
	/* IO-2: two activities, P = 0.5 x 30 + 0.25 x 30 + 2.50 = 25.00; Q = 2,000. */
	assert_int_equal(ria->obl[1].nacts, 2);
	assert_int_equal(ria->obl[1].price_cents, 2500);
	assert_int_equal(ria->obl[1].ac_cents, 5000000);
	assert_int_equal(ria->obl[1].oneoff_total_cents, 10000000);	/* 1,000 x EUR 100 */
	assert_int_equal(ria->obl[1].oneoff_annual_cents, leges_ria_annualise(10000000, 300, 10));
	/* IO-3: removed, P = 50; IO-4 is out of range and left out. */
	assert_int_equal(ria->obl[2].ab_cents, 22500000);
	assert_false(ria->obl[3].valid);
	assert_int_equal(ria->nprobs, 1);
	assert_int_equal(ria->probs[0].kind, LEGES_RIA_PROB_RANGE);
	t = &ria->totals;
	assert_int_equal(t->count, 3);
	assert_int_equal(t->ac_cents, 47250000 + 5000000 + 22500000);
	assert_int_equal(t->ab_cents, 33075000 + 5000000 + 22500000);
	/* Target groups fold case: "Ondernemingen" joins "ondernemingen". */
	assert_int_equal(t->ngroups, 2);
	assert_string_equal(t->groups[0].key, "ondernemingen");
	assert_int_equal(t->groups[0].ab_cents, 33075000 + 22500000);
	assert_int_equal(t->origins[LEGES_RIA_EU].ab_cents, 5000000);
	assert_int_equal(t->origins[LEGES_RIA_EU_GOLDPLATING].ab_cents, 22500000);
	assert_int_equal(t->origins[LEGES_RIA_NATIONAL].ab_cents, 33075000);
	assert_int_equal(t->kinds[LEGES_RIA_NEW].ab_cents, 38075000);
	assert_int_equal(t->kinds[LEGES_RIA_REMOVED].ab_cents, 22500000);
	/* The net change the compensation rule looks at: new - removed. */
	assert_int_equal(t->net_ab_cents, 38075000 - 22500000);
	assert_int_equal(t->oneoff_cents, 10000000);
	leges_ria_free(ria);
	leges_doc_free(doc);
}

static void test_bad_table(void **state)
{
	static const char xml[] = AKN "<doc name='ria'><meta/><mainBody><table class='skm'>"
		"<tr><th>id</th><th>bepaling</th><th>N</th></tr><tr><td>IO-1</td><td/><td>1</td></tr>"
		"</table></mainBody></doc></akomaNtoso>";
	struct leges_doc *doc = doc_of(xml);
	struct leges_ria *ria = NULL;
	size_t i, table = 0;

	UNUSED_STATE(state);
	assert_int_equal(leges_ria_analyse(&ria, doc, leges_ria_find(doc), NULL, NULL), 0);
	for (i = 0; i < ria->nprobs; i++)
		table += ria->probs[i].kind == LEGES_RIA_PROB_TABLE;
	/* doelgroep, F, T, H, O, BAU, soort, oorsprong are missing; no figures. */
	assert_int_equal(table, 8);
	assert_int_equal(ria->nobl, 0);
	assert_null(ria->table);
	assert_int_equal(ria->totals.ab_cents, 0);
	leges_ria_free(ria);
	leges_doc_free(doc);
}

static void test_duties(void **state)
{
	static const char xml[] = AKN "<bill name='ontwerpbesluit'><meta/><body>"
		"<article eId='art_1'><content><p>In dit besluit wordt verstaan onder <def>aanvrager</def>: wie een aanvraag indient.</p></content></article>"
		"<article eId='art_2'><content><p>De organisator dient de aanvraag digitaal in bij het agentschap.</p></content></article>"
		"<article eId='art_3'><content><p>De Vlaamse Regering bezorgt het verslag aan het Parlement.</p></content></article>"
		"<article eId='art_4'><content><p>Een gebruiker kan een klacht indienen.</p></content></article>"
		"<article eId='art_5'><content><p>De exploitant moet elk incident melden aan de toezichthouder.</p></content></article>"
		"<article eId='art_6'><content><p>Binnen dertig dagen bezorgt het departement de beslissing.</p></content></article>"
		"<article eId='art_7'><content><p>Uiterlijk op 1 maart bezorgt de begunstigde een verslag; hij bewaart de stukken.</p></content></article>"
		"<article eId='art_8'><content><p>De aanvrager dient in het bezit te zijn van een erkenning.</p></content></article>"
		"</body></bill></akomaNtoso>";
	struct leges_doc *doc = doc_of(xml);
	struct leges_ria_duty *d = NULL;
	size_t n = 0;

	UNUSED_STATE(state);
	assert_int_equal(leges_ria_duties(&d, &n, doc), 0);
	assert_int_equal(n, 4);
	assert_string_equal(d[0].eid, "art_2");
	assert_true(!strncmp(d[0].run->text + d[0].off, "dient de aanvraag digitaal in", d[0].len));
	assert_string_equal(d[1].eid, "art_5");
	assert_true(!strncmp(d[1].run->text + d[1].off, "melden", d[1].len));
	assert_string_equal(d[2].eid, "art_7");
	assert_string_equal(d[3].eid, "art_7");
	assert_true(!strncmp(d[3].run->text + d[3].off, "bewaart", d[3].len));
	free(d);
	leges_doc_free(doc);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_rounding),
		cmocka_unit_test(test_worked_example),
		cmocka_unit_test(test_one_rounding),
		cmocka_unit_test(test_annualise),
		cmocka_unit_test(test_formatting),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_bad_table),
		cmocka_unit_test(test_duties),
	};

	leges_load_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
