/*
 * test-eu-register.c - the EU register: the built-in corpus/eu/register.xml
 * is valid against corpus/eu/register.rng (libxml2's RELAX NG), and reads
 * back into the facts of ../shared/eu-register it was made from.
 */
#include "config.h"

#include <libxml/parser.h>
#include <libxml/relaxng.h>

#include "tests/unit/unit.h"
#include "checks/eu/register.h"

static void test_valid(void **state)
{
	size_t xlen, rlen;
	const char *xml = leges_eu_register_data("register.xml", &xlen);
	const char *rng = leges_eu_register_data("register.rng", &rlen);
	xmlRelaxNGParserCtxtPtr pctx;
	xmlRelaxNGPtr schema;
	xmlRelaxNGValidCtxtPtr vctx;
	xmlDocPtr doc;

	UNUSED_STATE(state);
	assert_non_null(xml);
	assert_non_null(rng);
	pctx = xmlRelaxNGNewMemParserCtxt(rng, (int)rlen);
	schema = xmlRelaxNGParse(pctx);
	assert_non_null(schema);
	vctx = xmlRelaxNGNewValidCtxt(schema);
	doc = xmlReadMemory(xml, (int)xlen, "register.xml", NULL, XML_PARSE_NONET);
	assert_non_null(doc);
	assert_int_equal(xmlRelaxNGValidateDoc(vctx, doc), 0);
	/* An act without its CELEX is not valid. */
	xmlUnsetProp(xmlFirstElementChild(xmlDocGetRootElement(doc)), (const xmlChar *)"celex");
	assert_int_not_equal(xmlRelaxNGValidateDoc(vctx, doc), 0);
	xmlFreeDoc(doc);
	xmlRelaxNGFreeValidCtxt(vctx);
	xmlRelaxNGFree(schema);
	xmlRelaxNGFreeParserCtxt(pctx);
}

static void test_facts(void **state)
{
	struct leges_eu_register reg = { 0 };
	const struct leges_eu_act *a;

	UNUSED_STATE(state);
	assert_int_equal(leges_eu_register_load_builtin(&reg), 0);
	assert_int_equal(reg.n, 20);	/* 15 directives and 5 regulations in ../shared/eu-register */
	a = leges_eu_register_find(&reg, "32019L1024");
	assert_non_null(a);
	assert_int_equal(a->kind, 'L');
	assert_string_equal(a->eli, "http://data.europa.eu/eli/dir/2019/1024/oj");
	assert_string_equal(a->adopted, "2019-06-20");
	assert_string_equal(a->transposition_article, "17");
	assert_int_equal(a->ndeadlines, 1);
	assert_string_equal(a->deadlines[0].date, "2021-07-17");
	assert_int_equal(a->nto_transpose, 12);
	assert_non_null(leges_eu_act_title(a, 'n'));
	a = leges_eu_register_find(&reg, "32010L0031");
	assert_non_null(a);
	assert_true(a->to_transpose_verified);	/* Art. 28(1) lists the articles */
	a = leges_eu_register_find(&reg, "32019R0947");
	assert_non_null(a);
	assert_int_equal(a->kind, 'R');
	assert_int_equal(a->sub, 'i');
	assert_null(leges_eu_register_find(&reg, "32099L0001"));
	leges_eu_register_release(&reg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_facts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
