/* test-xslt.c - the XSLT runner: results, parameters, and what stylesheets may not do. */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include <libxml/parser.h>

#include "tests/unit/unit.h"
#include "parser/error.h"
#include "transform/xslt.h"

static const char input[] = "<doc><p>één</p><p>twee</p></doc>";

static xmlDocPtr result_of(const char *sheet, const char *const *params, int *rc)
{
	struct leges_xslt *x = NULL;
	xmlDocPtr in, out = NULL;

	assert_int_equal(leges_xslt_compile_memory(&x, "t.xsl", sheet, strlen(sheet)), 0);
	in = xmlReadMemory(input, (int)strlen(input), "in.xml", NULL, 0);
	*rc = leges_xslt_run(x, in, params, &out);
	xmlFreeDoc(in);
	leges_xslt_free(x);
	return out;
}

static void test_transform_and_params(void **state)
{
	static const char sheet[] =
		"<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
		"<xsl:param name='title'/>"
		"<xsl:template match='/'><out t='{$title}' n='{count(doc/p)}'><xsl:value-of select='doc/p[1]'/></out></xsl:template>"
		"</xsl:stylesheet>";
	const char *params[] = { "title", "it's \"quoted\"", NULL };
	xmlDocPtr out;
	xmlChar *t, *n, *text;
	int rc;

	UNUSED_STATE(state);
	out = result_of(sheet, params, &rc);
	assert_int_equal(rc, 0);
	t = xmlGetProp(xmlDocGetRootElement(out), (const xmlChar *)"t");
	n = xmlGetProp(xmlDocGetRootElement(out), (const xmlChar *)"n");
	text = xmlNodeGetContent(xmlDocGetRootElement(out));
	/* A parameter is a plain string, never evaluated as XPath. */
	assert_string_equal((const char *)t, "it's \"quoted\"");
	assert_string_equal((const char *)n, "2");
	assert_string_equal((const char *)text, "één");
	xmlFree(t);
	xmlFree(n);
	xmlFree(text);
	xmlFreeDoc(out);
}

static void test_no_file_writes(void **state)
{
	char path[] = "/tmp/leges-xslt-XXXXXX";
	char sheet[1024];
	xmlDocPtr out;
	int rc, fd = mkstemp(path);

	UNUSED_STATE(state);
	assert_true(fd >= 0);
	close(fd);
	unlink(path);
	snprintf(sheet, sizeof(sheet),
		 "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform' "
		 "xmlns:exsl='http://exslt.org/common' extension-element-prefixes='exsl'>"
		 "<xsl:template match='/'><exsl:document href='%s'><x/></exsl:document><r/></xsl:template>"
		 "</xsl:stylesheet>", path);
	out = result_of(sheet, NULL, &rc);
	assert_int_not_equal(rc, 0);
	assert_null(out);
	assert_int_equal(access(path, F_OK), -1);
}

static void test_no_file_reads(void **state)
{
	static const char sheet[] =
		"<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
		"<xsl:template match='/'><r><xsl:value-of select=\"document('/etc/passwd')\"/></r></xsl:template>"
		"</xsl:stylesheet>";
	xmlDocPtr out;
	xmlChar *text;
	int rc;

	UNUSED_STATE(state);
	out = result_of(sheet, NULL, &rc);
	if (out) {
		text = xmlNodeGetContent(xmlDocGetRootElement(out));
		assert_null(strstr((const char *)text, "root:"));
		xmlFree(text);
		xmlFreeDoc(out);
	}
}

static void test_bad_stylesheet(void **state)
{
	struct leges_xslt *x = NULL;

	UNUSED_STATE(state);
	assert_int_equal(leges_xslt_compile_memory(&x, "bad.xsl", "<xsl:stylesheet", 15), LEGES_EPARSE);
	assert_null(x);
	assert_int_equal(leges_xslt_compile_memory(&x, "bad.xsl", "<a/>", 4), LEGES_EINVAL);
	assert_null(leges_embedded_file("no-such.xsl", NULL));
}

/* An HTML page built as an XML tree is written as HTML5: doctype, void and empty elements, raw <style>. */
static void test_save_html5(void **state)
{
	static const char sheet[] =
		"<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'>"
		"<xsl:output method='xml' omit-xml-declaration='yes'/>"
		"<xsl:template match='/'><html lang='nl'><head><meta charset='utf-8'/>"
		"<style><xsl:value-of select=\"'a > b { }'\" disable-output-escaping='yes'/></style></head>"
		"<body><p id='x'>a<br/>b</p><a href='#x'></a></body></html></xsl:template>"
		"</xsl:stylesheet>";
	char *text = NULL;
	size_t len = 0;
	FILE *fp;
	xmlDocPtr out;
	int rc;

	UNUSED_STATE(state);
	out = result_of(sheet, NULL, &rc);
	assert_int_equal(rc, 0);
	fp = open_memstream(&text, &len);
	assert_non_null(fp);
	assert_int_equal(leges_xslt_save_html5(out, fp), 0);
	fclose(fp);
	assert_true(!strncmp(text, "<!DOCTYPE html>\n<html lang=\"nl\">", 31));
	assert_non_null(strstr(text, "<meta charset=\"utf-8\">"));
	assert_non_null(strstr(text, "<style>a > b { }</style>"));
	assert_non_null(strstr(text, "a<br>b"));
	assert_null(strstr(text, "</br>"));
	assert_non_null(strstr(text, "<a href=\"#x\"></a>"));
	free(text);
	xmlFreeDoc(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_transform_and_params),
		cmocka_unit_test(test_no_file_writes),
		cmocka_unit_test(test_no_file_reads),
		cmocka_unit_test(test_bad_stylesheet),
		cmocka_unit_test(test_save_html5),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
