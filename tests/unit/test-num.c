/* test-num.c - provision numbers: Belgian and international forms. */
#include "config.h"

#include "tests/unit/unit.h"
#include "parser/num.h"

static struct leges_num parse(const char *s)
{
	struct leges_num n;

	leges_num_parse(&n, s, strlen(s));
	return n;
}

static void test_belgian(void **state)
{
	struct leges_num n;

	UNUSED_STATE(state);
	n = parse("Artikel 1.");
	assert_int_equal(n.kind, LEGES_NUM_ARABIC);
	assert_int_equal(n.base, 1);
	assert_true(n.full_first);
	assert_string_equal(n.label, "Artikel");
	assert_string_equal(n.ident, "1");

	n = parse("Art. 5/1.");
	assert_int_equal(n.base, 5);
	assert_int_equal(n.nsub, 1);
	assert_int_equal(n.sub[0], 1);
	assert_true(leges_num_is_insertion(&n));
	assert_string_equal(n.ident, "5-1");
	assert_string_equal(n.label, "Art");

	n = parse("Art. 173septies.");
	assert_int_equal(n.base, 173);
	assert_int_equal(n.latin, 7);
	assert_string_equal(n.ident, "173septies");

	n = parse("Art. 5bis.");
	assert_int_equal(n.latin, 2);
	n = parse("Art. 37vicies semel.");
	assert_int_equal(n.latin, 21);

	n = parse("§ 2.");
	assert_int_equal(n.base, 2);
	assert_string_equal(n.ident, "2");
	n = parse("§2.");
	assert_int_equal(n.base, 2);

	n = parse("1°");
	assert_int_equal(n.kind, LEGES_NUM_ARABIC);
	assert_int_equal(n.base, 1);
	assert_string_equal(n.ident, "1");
	n = parse("2°/1");
	assert_int_equal(n.base, 2);
	assert_int_equal(n.sub[0], 1);
	assert_string_equal(n.ident, "2-1");

	n = parse("a)");
	assert_int_equal(n.kind, LEGES_NUM_LETTER);
	assert_int_equal(n.base, 1);
	assert_string_equal(n.ident, "a");
	n = parse("b/1)");
	assert_int_equal(n.base, 2);
	assert_int_equal(n.sub[0], 1);

	n = parse("Enig artikel.");
	assert_int_equal(n.kind, LEGES_NUM_UNIQUE);
	n = parse("Art. 1.1.0.0.1.");
	assert_int_equal(n.kind, LEGES_NUM_DOTTED);
	assert_string_equal(n.ident, "1-1-0-0-1");
	n = parse("Art. III.122.");
	assert_int_equal(n.kind, LEGES_NUM_DOTTED);
	n = parse("Hoofdstuk 3.");
	assert_int_equal(n.base, 3);
	assert_string_equal(n.label, "Hoofdstuk");
	n = parse("Article 1er.");
	assert_int_equal(n.base, 1);
	assert_string_equal(n.ident, "1");
	assert_true(n.full_first);
}

static void test_international(void **state)
{
	struct leges_num n;

	UNUSED_STATE(state);
	n = parse("5.");
	assert_int_equal(n.kind, LEGES_NUM_ARABIC);
	assert_int_equal(n.base, 5);
	assert_string_equal(n.ident, "5");
	n = parse("(a)");
	assert_int_equal(n.kind, LEGES_NUM_LETTER);
	assert_string_equal(n.ident, "a");
	n = parse("(iv)");
	assert_int_equal(n.kind, LEGES_NUM_ROMAN);
	assert_int_equal(n.roman, 4);
	assert_string_equal(n.ident, "iv");
	n = parse("(i)");
	assert_int_equal(n.kind, LEGES_NUM_LETTER);	/* ambiguous: both readings kept */
	assert_int_equal(n.roman, 1);
	assert_int_equal(n.letter, 9);
	n = parse("Section 12A");
	assert_int_equal(n.base, 12);
	assert_int_equal(n.suffix, 1);
	assert_string_equal(n.ident, "12A");
	n = parse("CHAPTER IV");
	assert_int_equal(n.roman, 4);
	n = parse("Article 17");
	assert_int_equal(n.base, 17);
	n = parse("(aa)");
	assert_int_equal(n.letter, 27);
	n = parse("");
	assert_int_equal(n.kind, LEGES_NUM_NONE);
	n = parse("—");
	assert_int_equal(n.kind, LEGES_NUM_NONE);
}

static void test_order(void **state)
{
	struct leges_num a = parse("Art. 5."), b = parse("Art. 5/1."), c = parse("Art. 5bis."),
			 d = parse("Art. 6."), e = parse("Art. 5/2.");

	UNUSED_STATE(state);
	assert_true(leges_num_cmp(&a, &b, false) < 0);
	assert_true(leges_num_cmp(&b, &e, false) < 0);
	assert_true(leges_num_cmp(&e, &d, false) < 0);
	assert_true(leges_num_cmp(&a, &c, false) < 0);
	assert_true(leges_num_cmp(&c, &d, false) < 0);
	assert_int_equal(leges_num_cmp(&a, &a, false), 0);
}

static void test_roman(void **state)
{
	UNUSED_STATE(state);
	assert_int_equal(leges_roman_value("xiv", 3), 14);
	assert_int_equal(leges_roman_value("MCMXCIX", 7), 1999);
	assert_int_equal(leges_roman_value("iiii", 4), 0);
	assert_int_equal(leges_roman_value("vx", 2), 0);
	assert_int_equal(leges_roman_value("abc", 3), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_belgian),
		cmocka_unit_test(test_international),
		cmocka_unit_test(test_order),
		cmocka_unit_test(test_roman),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
