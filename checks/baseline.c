/* baseline.c - known findings (see baseline.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "checks/baseline.h"

struct leges_baseline {
	json_t *counts;		/* "file\tcode\tfingerprint" -> count */
};

static void key_of(const struct leges_finding *f, char *buf, size_t size)
{
	snprintf(buf, size, "%s\t%s\t%016llx", f->file ? f->file : "", f->rule->code, f->fingerprint);
}

int leges_baseline_write(FILE *out, const struct leges_findings *fs)
{
	json_t *arr = json_array(), *root;
	size_t i;
	int rc = 0;

	for (i = 0; arr && i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];
		char fp[17];

		if (!f->file)
			continue;
		snprintf(fp, sizeof(fp), "%016llx", f->fingerprint);
		json_array_append_new(arr, json_pack("{s:s, s:s, s:o, s:s}", "file", f->file, "code", f->rule->code,
						     "eId", f->eid ? json_string(f->eid) : json_null(), "fingerprint", fp));
	}
	root = json_pack("{s:i, s:o}", "version", 1, "findings", arr);
	if (!root)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	if (json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0)
		rc = leges_error_set(LEGES_EIO, "cannot write the baseline");
	fputc('\n', out);
	json_decref(root);
	return rc;
}

int leges_baseline_load(struct leges_baseline **out, const char *path)
{
	struct leges_baseline *b;
	json_error_t err;
	json_t *root, *arr, *item;
	size_t i;

	*out = NULL;
	root = json_load_file(path, 0, &err);
	if (!root)
		return leges_error_set(LEGES_EINVAL, "%s:%d:%d: not a leges baseline: %s", path, err.line, err.column,
				       err.text);
	arr = json_object_get(root, "findings");
	if (!json_is_array(arr)) {
		json_decref(root);
		return leges_error_set(LEGES_EINVAL, "%s: not a leges baseline: no \"findings\" array", path);
	}
	b = calloc(1, sizeof(*b));
	if (!b || !(b->counts = json_object())) {
		free(b);
		json_decref(root);
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	json_array_foreach(arr, i, item) {
		const char *file = json_string_value(json_object_get(item, "file"));
		const char *code = json_string_value(json_object_get(item, "code"));
		const char *fp = json_string_value(json_object_get(item, "fingerprint"));
		char key[1200];

		if (!file || !code || !fp)
			continue;
		snprintf(key, sizeof(key), "%s\t%s\t%s", file, code, fp);
		json_object_set_new(b->counts, key,
				    json_integer(json_integer_value(json_object_get(b->counts, key)) + 1));
	}
	json_decref(root);
	*out = b;
	return 0;
}

size_t leges_baseline_filter(struct leges_baseline *b, struct leges_findings *fs)
{
	size_t i, w = 0, dropped = 0;

	for (i = 0; i < fs->n; i++) {
		struct leges_finding *f = &fs->v[i];
		char key[1200];
		json_int_t left;

		key_of(f, key, sizeof(key));
		left = json_integer_value(json_object_get(b->counts, key));
		if (left > 0) {
			json_object_set_new(b->counts, key, json_integer(left - 1));
			free(f->file);
			free(f->message);
			free(f->eid);
			free(f->context);
			if (f->fix) {
				free(f->fix->text);
				free(f->fix);
			}
			dropped++;
			continue;
		}
		fs->v[w++] = *f;
	}
	fs->n = w;
	return dropped;
}

void leges_baseline_free(struct leges_baseline *b)
{
	if (!b)
		return;
	json_decref(b->counts);
	free(b);
}
