/* test-load.c - safe loading: hostile inputs are refused with a position, nothing is read. */
#include "config.h"

#include <stdlib.h>
#include <unistd.h>

#include "tests/unit/unit.h"
#include "parser/error.h"
#include "parser/load.h"

static struct leges_input *refused(const char *xml, size_t len)
{
	struct leges_input *in = NULL;

	assert_int_equal(leges_load_memory(&in, "h.xml", xml, len, NULL), LEGES_EPARSE);
	assert_non_null(in);
	assert_null(in->xml);
	assert_true(in->nerrs >= 1);
	assert_int_equal(in->errs[0].kind, LEGES_XMLERR_FATAL);
	assert_true(in->errs[0].line >= 1);
	assert_null(strchr(in->errs[0].message, '\n'));
	return in;
}

static void test_billion_laughs(void **state)
{
	static const char xml[] =
		"<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
		" <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
		" <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
		" <!ENTITY lol9 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
		"]>\n<lolz>&lol9;</lolz>\n";
	struct leges_input *in = refused(xml, sizeof(xml) - 1);

	UNUSED_STATE(state);
	assert_non_null(strstr(in->errs[0].message, "entity declaration refused"));
	assert_int_equal(in->errs[0].line, 3);
	leges_input_free(in);
}

static void test_external_entity(void **state)
{
	char path[] = "/tmp/leges-secret-XXXXXX";
	char xml[512];
	struct leges_input *in;
	int fd = mkstemp(path);

	UNUSED_STATE(state);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "SECRET", 6), 6);
	close(fd);
	snprintf(xml, sizeof(xml), "<!DOCTYPE a [<!ENTITY x SYSTEM \"file://%s\">]>\n<a>&x;</a>", path);
	in = refused(xml, strlen(xml));
	assert_non_null(strstr(in->errs[0].message, "refused"));
	leges_input_free(in);
	unlink(path);
}

static void test_external_dtd(void **state)
{
	static const char xml[] = "<?xml version=\"1.0\"?>\n<!DOCTYPE a SYSTEM \"/etc/passwd\">\n<a/>";
	struct leges_input *in = refused(xml, sizeof(xml) - 1);

	UNUSED_STATE(state);
	assert_non_null(strstr(in->errs[0].message, "external DTD refused"));
	assert_int_equal(in->errs[0].line, 2);
	leges_input_free(in);
}

static void test_deep(void **state)
{
	size_t depth = 10000, i, n = 0;
	char *xml = malloc(depth * 7 + 10);
	struct leges_input *in;

	UNUSED_STATE(state);
	assert_non_null(xml);
	for (i = 0; i < depth; i++)
		n += (size_t)sprintf(xml + n, "<a>");
	for (i = 0; i < depth; i++)
		n += (size_t)sprintf(xml + n, "</a>");
	in = refused(xml, n);
	assert_non_null(strstr(in->errs[0].message, "nested too deeply"));
	leges_input_free(in);
	free(xml);
}

static void test_bad_bytes(void **state)
{
	static const char utf8[] = "<a>\n caf\xc3\x28 </a>\n";
	static const char truncated[] = "<a>\n<b>text</b>\n<c>";
	static const char binary[] = "<a>\0\0\x01\x02</a>";
	struct leges_input *in;

	UNUSED_STATE(state);
	in = refused(utf8, sizeof(utf8) - 1);
	assert_int_equal(in->errs[0].line, 2);
	leges_input_free(in);
	in = refused(truncated, sizeof(truncated) - 1);
	leges_input_free(in);
	in = refused(binary, sizeof(binary) - 1);
	assert_non_null(strstr(in->errs[0].message, "binary"));
	leges_input_free(in);
	in = refused("", 0);
	assert_string_equal(in->errs[0].message, "file is empty");
	leges_input_free(in);
	in = refused("\xff\xfe<\0a\0/\0>\0", 10);
	assert_non_null(strstr(in->errs[0].message, "UTF-16"));
	leges_input_free(in);
}

static void test_size_limit(void **state)
{
	struct leges_load_opts opts = { 16 };
	struct leges_input *in = NULL;

	UNUSED_STATE(state);
	assert_int_equal(leges_load_memory(&in, "big.xml", "<a>0123456789abcdef</a>", 23, &opts), LEGES_EIO);
	assert_null(in);
	assert_non_null(strstr(leges_error_message(LEGES_EIO), "size limit"));
}

static void test_namespace_error_keeps_tree(void **state)
{
	static const char xml[] = "<a>\n  <my:b my:c=\"1\"/>\n</a>";
	struct leges_input *in = NULL;

	UNUSED_STATE(state);
	assert_int_equal(leges_load_memory(&in, "ns.xml", xml, sizeof(xml) - 1, NULL), 0);
	assert_non_null(in->xml);
	assert_true(in->nerrs >= 1);
	assert_int_equal(in->errs[0].kind, LEGES_XMLERR_NAMESPACE);
	assert_int_equal(in->errs[0].line, 2);
	leges_input_free(in);
}

static void test_missing_file(void **state)
{
	struct leges_input *in = NULL;

	UNUSED_STATE(state);
	assert_int_equal(leges_load_file(&in, "/nonexistent/x.xml", NULL), LEGES_EIO);
	assert_null(in);
	assert_non_null(strstr(leges_error_message(LEGES_EIO), "No such file"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_billion_laughs),
		cmocka_unit_test(test_external_entity),
		cmocka_unit_test(test_external_dtd),
		cmocka_unit_test(test_deep),
		cmocka_unit_test(test_bad_bytes),
		cmocka_unit_test(test_size_limit),
		cmocka_unit_test(test_namespace_error_keeps_tree),
		cmocka_unit_test(test_missing_file),
	};

	leges_load_init();
	return cmocka_run_group_tests(tests, NULL, NULL);
}
