/* test-pos.c - source positions of nodes, attributes and bytes in text; text runs. */
#include "config.h"

#include <stdlib.h>

#include "tests/unit/unit.h"
#include "parser/load.h"
#include "parser/model.h"

static struct leges_doc *build(const char *xml)
{
	struct leges_input *in = NULL;
	struct leges_doc *doc = NULL;

	assert_int_equal(leges_load_memory(&in, "t.xml", xml, strlen(xml), NULL), 0);
	assert_int_equal(leges_doc_build(&doc, in), 0);
	return doc;
}

static xmlNode *find(xmlNode *n, const char *name)
{
	for (; n; n = n->next) {
		xmlNode *c;

		if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name))
			return n;
		if ((c = find(n->children, name)))
			return c;
	}
	return NULL;
}

static void test_nodes(void **state)
{
	static const char xml[] =
		"<?xml version=\"1.0\"?>\n"
		"<!-- c -->\n"
		"<a>\n"
		"  <b x=\"1\"   eId=\"art_1\">t</b><c/>\n"
		"\t<d\n"
		"     eId='q&gt;'>é<![CDATA[<x>]]></d>\n"
		"</a>\n";
	struct leges_doc *doc = build(xml);
	struct leges_pos p;

	UNUSED_STATE(state);
	assert_true(doc->in->map.complete);
	p = leges_doc_pos(doc, doc->root);
	assert_int_equal(p.line, 3);
	assert_int_equal(p.col, 1);
	p = leges_doc_pos(doc, find(doc->root, "b"));
	assert_int_equal(p.line, 4);
	assert_int_equal(p.col, 3);
	p = leges_doc_pos(doc, find(doc->root, "c"));
	assert_int_equal(p.line, 4);
	assert_int_equal(p.col, 31);
	p = leges_doc_pos_attr(doc, find(doc->root, "b"), "eId");
	assert_int_equal(p.line, 4);
	assert_int_equal(p.col, 19);
	p = leges_doc_pos_attr(doc, find(doc->root, "d"), "eId");
	assert_int_equal(p.line, 6);
	assert_int_equal(p.col, 11);
	p = leges_doc_pos(doc, find(doc->root, "d"));
	assert_int_equal(p.line, 5);
	assert_int_equal(p.col, 2);
	leges_doc_free(doc);
}

static void test_text(void **state)
{
	/* Entities, character references, CDATA and multi-byte characters before the target word. */
	static const char xml[] =
		"<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\"><act><body>\n"
		"<article eId=\"art_1\"><num>Artikel 1.</num><content>\n"
		"<p>A &amp; B &#233;&#x20AC; <![CDATA[<c>]]> één <ref href=\"#art_1\">zie</ref> doel</p>\n"
		"</content></article></body></act></akomaNtoso>\n";
	struct leges_doc *doc = build(xml);
	const struct leges_textrun *run = NULL;
	struct leges_pos p;
	const char *hit;
	size_t i;

	UNUSED_STATE(state);
	assert_int_equal(leges_doc_text_runs(doc), 0);
	for (i = 0; i < doc->nruns; i++)
		if (!strcmp((const char *)doc->runs[i].block->name, "p"))
			run = &doc->runs[i];
	assert_non_null(run);
	assert_string_equal(run->text, "A & B \xc3\xa9\xe2\x82\xac <c> \xc3\xa9\xc3\xa9n zie doel");
	assert_true(run->in_body);
	assert_int_equal(run->provision, 0);

	hit = strstr(run->text, "B");
	p = leges_textrun_pos(doc, run, (size_t)(hit - run->text));
	assert_int_equal(p.line, 3);
	assert_int_equal(p.col, 12);	/* after "<p>A &amp; " */

	hit = strstr(run->text, "<c>");
	p = leges_textrun_pos(doc, run, (size_t)(hit - run->text));
	assert_int_equal(p.line, 3);
	assert_int_equal(p.col, 38);	/* inside the CDATA section */

	hit = strstr(run->text, "\xc3\xa9\xc3\xa9n");
	p = leges_textrun_pos(doc, run, (size_t)(hit - run->text) + 2);	/* second é */
	assert_int_equal(p.line, 3);
	assert_int_equal(p.col, 46);

	hit = strstr(run->text, "zie");
	p = leges_textrun_pos(doc, run, (size_t)(hit - run->text));
	assert_int_equal(p.col, 68);
	assert_true(run->segs[3].in_ref || run->segs[2].in_ref);

	hit = strstr(run->text, "doel");
	p = leges_textrun_pos(doc, run, (size_t)(hit - run->text));
	assert_int_equal(p.col, 78);
	leges_doc_free(doc);
}

static void test_crlf(void **state)
{
	static const char xml[] = "<a>\r\n<b>x\r\ny</b>\r\n</a>\r\n";
	struct leges_doc *doc = build(xml);
	xmlNode *b = find(doc->root, "b");
	struct leges_pos p;

	UNUSED_STATE(state);
	p = leges_doc_pos(doc, b);
	assert_int_equal(p.line, 2);
	assert_int_equal(p.col, 1);
	/* "x\ny" in the tree: byte 2 is 'y' on line 3, column 1 */
	p = leges_pos_text(&doc->in->map, b->children, 2);
	assert_int_equal(p.line, 3);
	assert_int_equal(p.col, 1);
	leges_doc_free(doc);
}

static void test_model(void **state)
{
	static const char xml[] =
		"<akomaNtoso xmlns=\"http://docs.oasis-open.org/legaldocml/ns/akn/3.0\">"
		"<bill name=\"ontwerpdecreet\"><meta><identification source=\"#k\">"
		"<FRBRWork><FRBRthis value=\"/akn/be-vlg/bill/ontwerpdecreet/2026-03-12/nn/!main\"/>"
		"<FRBRuri value=\"/akn/be-vlg/bill/ontwerpdecreet/2026-03-12/nn\"/>"
		"<FRBRdate date=\"2026-03-12\" name=\"x\"/><FRBRauthor href=\"#v\"/><FRBRcountry value=\"be-vlg\"/></FRBRWork>"
		"<FRBRExpression><FRBRlanguage language=\"nld\"/></FRBRExpression>"
		"</identification></meta><body>"
		"<chapter eId=\"chp_1\"><num>Hoofdstuk 1.</num>"
		"<article eId=\"art_1\"><num>Artikel 1.</num><content><p>x</p></content></article>"
		"<article eId=\"art_1-1\"><num>Art. 1/1.</num>"
		"<paragraph eId=\"art_1-1__para_1\"><num>§ 1.</num><content><p>y</p></content></paragraph>"
		"</article></chapter></body></bill></akomaNtoso>";
	struct leges_doc *doc = build(xml);

	UNUSED_STATE(state);
	assert_int_equal(doc->dialect, LEGES_DIALECT_AKN30);
	assert_string_equal((const char *)doc->main->name, "bill");
	assert_string_equal(doc->lang, "nld");
	assert_string_equal(doc->country, "be-vlg");
	assert_string_equal(doc->frbr.work.val[LEGES_FRBR_URI], "/akn/be-vlg/bill/ontwerpdecreet/2026-03-12/nn");
	assert_int_equal(doc->nprovs, 4);
	assert_string_equal(doc->provs[0].name, "chapter");
	assert_int_equal(doc->provs[1].parent, 0);
	assert_int_equal(doc->provs[2].num.nsub, 1);
	assert_int_equal(doc->provs[3].parent, 2);
	assert_string_equal(doc->provs[3].num_text, "§ 1.");
	assert_int_equal(doc->neids, 4);
	assert_ptr_equal(leges_doc_find_eid(doc, 0, "art_1-1__para_1"), doc->provs[3].node);
	assert_null(leges_doc_find_eid(doc, 0, "art_9"));
	leges_doc_free(doc);
}

static void test_dialects(void **state)
{
	UNUSED_STATE(state);
	assert_int_equal(leges_dialect_of("http://docs.oasis-open.org/legaldocml/ns/akn/3.0"), LEGES_DIALECT_AKN30);
	assert_int_equal(leges_dialect_of("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/WD17"),
			 LEGES_DIALECT_AKN30_DRAFT);
	assert_int_equal(leges_dialect_of("http://docs.oasis-open.org/legaldocml/ns/akn/3.0/CSD13"),
			 LEGES_DIALECT_AKN30_DRAFT);
	assert_int_equal(leges_dialect_of("http://www.akomantoso.org/2.0"), LEGES_DIALECT_AKN20);
	assert_int_equal(leges_dialect_of("http://www.akomantoso.org/1.0"), LEGES_DIALECT_AKN10);
	assert_int_equal(leges_dialect_of("http://Inhaltsdaten.LegalDocML.de/1.8.2/"), LEGES_DIALECT_LDML_DE);
	assert_int_equal(leges_dialect_of(NULL), LEGES_DIALECT_NONE);
	assert_int_equal(leges_dialect_of("urn:x"), LEGES_DIALECT_UNKNOWN);
}

/* The model is built by loops, not recursion: deep (but legal) nesting is fine. */
static void test_linear_deep(void **state)
{
	size_t depth = 250, i, n = 0;
	char *xml = malloc(depth * 30 + 100);
	struct leges_doc *doc;

	UNUSED_STATE(state);
	assert_non_null(xml);
	n += (size_t)sprintf(xml + n, "<akomaNtoso><act><body>");
	for (i = 0; i < depth; i++)
		n += (size_t)sprintf(xml + n, "<point><num>%zu.</num>", i + 1);
	for (i = 0; i < depth; i++)
		n += (size_t)sprintf(xml + n, "</point>");
	sprintf(xml + n, "</body></act></akomaNtoso>");
	doc = build(xml);
	assert_int_equal(doc->nprovs, depth);
	assert_int_equal(doc->provs[depth - 1].parent, (long)depth - 2);
	leges_doc_free(doc);
	free(xml);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nodes),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_model),
		cmocka_unit_test(test_dialects),
		cmocka_unit_test(test_linear_deep),
	};

	leges_load_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
