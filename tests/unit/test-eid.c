/* test-eid.c - eId syntax and steps (RULES.md 4A). */
#include "config.h"

#include "tests/unit/unit.h"
#include "parser/eid.h"

static void test_valid(void **state)
{
	static const char *const ok[] = { "art_1", "art_1__para_2__point_a", "chp_1__sec_2", "body",
					  "art_-1", "art_11-2bis", "mod_1__qstr_1__art_5", "art_5-1", NULL };
	static const char *const bad[] = { "art 1", "art__1", "art_1___para_2", "1_art", "", "_art",
					   "art_", "art_1__", "art_1 ", NULL };
	int i;

	UNUSED_STATE(state);
	for (i = 0; ok[i]; i++)
		assert_true(leges_eid_valid(ok[i]));
	for (i = 0; bad[i]; i++)
		assert_false(leges_eid_valid(bad[i]));
}

static void test_refs(void **state)
{
	UNUSED_STATE(state);
	assert_string_equal(leges_eid_ref("article"), "art");
	assert_string_equal(leges_eid_ref("paragraph"), "para");
	assert_string_equal(leges_eid_ref("chapter"), "chp");
	assert_string_equal(leges_eid_ref("quotedStructure"), "qstr");
	assert_string_equal(leges_eid_ref("point"), "point");
	assert_string_equal(leges_eid_ref("alinea"), "al");
}

static void test_last_step(void **state)
{
	const char *ref, *num;
	size_t plen, rlen, nlen;

	UNUSED_STATE(state);
	leges_eid_last_step("art_3__para_2__point_a", &plen, &ref, &rlen, &num, &nlen);
	assert_int_equal(plen, strlen("art_3__para_2"));
	assert_int_equal(rlen, 5);
	assert_memory_equal(ref, "point", 5);
	assert_int_equal(nlen, 1);
	assert_memory_equal(num, "a", 1);
	leges_eid_last_step("body", &plen, &ref, &rlen, &num, &nlen);
	assert_int_equal(plen, 0);
	assert_int_equal(rlen, 4);
	assert_int_equal(nlen, 0);
	leges_eid_last_step("art_5-1", &plen, &ref, &rlen, &num, &nlen);
	assert_int_equal(nlen, 3);
	assert_memory_equal(num, "5-1", 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid),
		cmocka_unit_test(test_refs),
		cmocka_unit_test(test_last_step),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
