/* test-uri.c - AKN IRIs and ELIs. */
#include "config.h"

#include "tests/unit/unit.h"
#include "parser/uri.h"

static void test_akn(void **state)
{
	struct leges_akn_iri iri;

	UNUSED_STATE(state);
	assert_int_equal(leges_akn_iri_parse(&iri, "/akn/be-vlg/act/decreet/2019-12-13/nn/nld@~art_5__para_2"), 0);
	assert_string_equal(iri.country, "be-vlg");
	assert_string_equal(iri.doctype, "act");
	assert_string_equal(iri.subtype, "decreet");
	assert_string_equal(iri.date, "2019-12-13");
	assert_string_equal(iri.number, "nn");
	assert_string_equal(iri.lang, "nld");
	assert_string_equal(iri.version, "");
	assert_string_equal(iri.portion, "art_5__para_2");
	leges_akn_iri_release(&iri);

	assert_int_equal(leges_akn_iri_parse(&iri, "/akn/za/act/2009/1/eng@2010-01-01!main.xml"), 0);
	assert_null(iri.subtype);
	assert_string_equal(iri.date, "2009");
	assert_string_equal(iri.version, "2010-01-01");
	assert_string_equal(iri.component, "main.xml");
	leges_akn_iri_release(&iri);

	assert_int_equal(leges_akn_iri_parse(&iri, "/akn/be-vlg/act/decreet/2026-03-12/nn/nld@2026-03-12.akn"), 0);
	assert_string_equal(iri.format, "akn");
	assert_string_equal(iri.version, "2026-03-12");
	leges_akn_iri_release(&iri);

	assert_int_not_equal(leges_akn_iri_parse(&iri, "/akn/be-vlg/wet/2019-13-45/nn"), 0);
	assert_int_not_equal(leges_akn_iri_parse(&iri, "/akn/be/act/decreet/nodate/nn"), 0);
	assert_int_not_equal(leges_akn_iri_parse(&iri, "/akn/be"), 0);
	assert_int_not_equal(leges_akn_iri_parse(&iri, "/eli/be"), 0);
}

static void test_dates(void **state)
{
	UNUSED_STATE(state);
	assert_true(leges_is_iso_date("2024-02-29", 10, false));
	assert_false(leges_is_iso_date("2023-02-29", 10, false));
	assert_false(leges_is_iso_date("2019-13-01", 10, false));
	assert_true(leges_is_iso_date("2019", 4, true));
	assert_false(leges_is_iso_date("2019", 4, false));
}

static void test_eli(void **state)
{
	UNUSED_STATE(state);
	assert_null(leges_eli_problem("http://data.europa.eu/eli/dir/2019/1024/oj"));
	assert_null(leges_eli_problem("http://data.europa.eu/eli/reg/2016/679/oj"));
	assert_null(leges_eli_problem("http://www.ejustice.just.fgov.be/eli/decreet/2019/12/13/2019015123/justel"));
	assert_non_null(leges_eli_problem("http://data.europa.eu/eli/dir/19/1024/oj"));
	assert_non_null(leges_eli_problem("http://data.europa.eu/eli/foo/2019/1024"));
	assert_non_null(leges_eli_problem("http://data.europa.eu/eli/dir/2019"));
	assert_non_null(leges_eli_problem("http://example.org/eli/"));
	assert_true(leges_is_eli("http://data.europa.eu/eli/dir/2019/1024/oj"));
	assert_false(leges_is_eli("/akn/be/act/2019-01-01/1"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_akn),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_eli),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
