/* test-registry.c - the rule registry: sorted, unique, documented, selectable. */
#include "config.h"

#include <ctype.h>

#include "tests/unit/unit.h"
#include "checks/engine.h"

static void test_sorted_unique(void **state)
{
	const struct leges_rule *const *rules;
	size_t n, i, j;

	UNUSED_STATE(state);
	rules = leges_rules(&n);
	assert_true(n >= 20);
	for (i = 0; i < n; i++) {
		const char *p;

		/* Two or three capitals and three digits: EU601, STR101 (DESIGN 5). */
		assert_true(strlen(rules[i]->code) == 5 || strlen(rules[i]->code) == 6);
		for (p = rules[i]->code; p < rules[i]->code + strlen(rules[i]->code) - 3; p++)
			assert_true(isupper((unsigned char)*p));
		for (; *p; p++)
			assert_true(isdigit((unsigned char)*p));
		for (p = rules[i]->name; *p; p++)
			assert_true(islower((unsigned char)*p) || isdigit((unsigned char)*p) || *p == '-');
		assert_true(rules[i]->summary[0] && rules[i]->source[0]);
		assert_true(rules[i]->severity <= LEGES_SEV_ERROR);
		if (i)
			assert_true(strcmp(rules[i - 1]->code, rules[i]->code) < 0);
		for (j = 0; j < i; j++)
			assert_string_not_equal(rules[i]->name, rules[j]->name);
		/* Every rule's doc page is embedded, and it starts with its code and name. */
		assert_non_null(leges_rule_doc(rules[i]->code));
		assert_true(!strncmp(leges_rule_doc(rules[i]->code), "# ", 2));
		assert_non_null(strstr(leges_rule_doc(rules[i]->code), rules[i]->name));
	}
}

static void test_selection(void **state)
{
	const struct leges_rule *r = leges_rule_find("STR101");
	const char *sel_str[] = { "STR", NULL }, *sel_name[] = { "numbering-gap", NULL };
	const char *sel_other[] = { "AKN0", NULL };
	struct leges_engine_opts o = { 0 };

	UNUSED_STATE(state);
	assert_non_null(r);
	assert_ptr_equal(leges_rule_find("numbering-gap"), r);
	assert_true(leges_rule_selected(r, &o));
	o.select = sel_str;
	assert_true(leges_rule_selected(r, &o));
	o.select = sel_name;
	assert_true(leges_rule_selected(r, &o));
	o.select = sel_other;
	assert_false(leges_rule_selected(r, &o));
	o.select = NULL;
	o.ignore = sel_str;
	assert_false(leges_rule_selected(r, &o));
	assert_true(leges_rule_matches(r, "STR1"));
	assert_false(leges_rule_matches(r, "STR1019"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sorted_unique),
		cmocka_unit_test(test_selection),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
