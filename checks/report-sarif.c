/*
 * report-sarif.c - SARIF 2.1.0, valid against the OASIS JSON schema, with the
 * rules' metadata and a partial fingerprint per result, so that code-scanning
 * services follow a finding when lines move.
 */
#include "config.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>

#include "checks/report.h"

static const char *level(enum leges_severity s)
{
	switch (s) {
	case LEGES_SEV_ERROR: return "error";
	case LEGES_SEV_WARNING: return "warning";
	default: return "note";
	}
}

/* A file path as a URI reference: unreserved characters and '/' stay. */
static char *uri_of(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	char *out = malloc(strlen(path) * 3 + 1), *w = out;
	const unsigned char *p;

	if (!out)
		return NULL;
	for (p = (const unsigned char *)path; *p; p++) {
		if (isalnum(*p) || strchr("-._~/", *p)) {
			*w++ = (char)*p;
		} else {
			*w++ = '%';
			*w++ = hex[*p >> 4];
			*w++ = hex[*p & 15];
		}
	}
	*w = '\0';
	return out;
}

static json_t *rule_json(const struct leges_rule *r)
{
	static const unsigned bits[] = { LEGES_PROFILE_BE_VLG, LEGES_PROFILE_BE, LEGES_PROFILE_EU, LEGES_PROFILE_GENERIC };
	char profiles[64] = "";
	size_t i;

	for (i = 0; i < 4; i++)
		if (r->profiles & bits[i])
			snprintf(profiles + strlen(profiles), sizeof(profiles) - strlen(profiles), "%s%s",
				 profiles[0] ? " " : "", leges_profile_name(bits[i]));
	return json_pack("{s:s, s:s, s:{s:s}, s:{s:s}, s:{s:s}, s:{s:s, s:s}}",
			 "id", r->code, "name", r->name,
			 "shortDescription", "text", r->summary,
			 "fullDescription", "text", r->summary,
			 "defaultConfiguration", "level", level(r->severity),
			 "properties", "source", r->source,
			 "profiles", (r->profiles & LEGES_PROFILE_ALL) == LEGES_PROFILE_ALL ? "all" : profiles);
}

int leges_report_sarif(FILE *out, const struct leges_findings *fs, const struct leges_report_opts *o)
{
	const struct leges_rule *const *rules;
	json_t *root = NULL, *jrules, *results;
	size_t nrules, i, k;
	int rc = 0;

	rules = leges_rules(&nrules);
	jrules = json_array();
	results = json_array();
	if (!jrules || !results)
		goto nomem;
	for (i = 0; i < nrules; i++)
		if (json_array_append_new(jrules, rule_json(rules[i])))
			goto nomem;
	for (i = 0; i < fs->n; i++) {
		const struct leges_finding *f = &fs->v[i];
		json_t *res, *loc, *phys, *region;
		char fp[32];

		for (k = 0; k < nrules && rules[k] != f->rule; k++)
			;
		snprintf(fp, sizeof(fp), "%016llx", f->fingerprint);
		res = json_pack("{s:s, s:I, s:s, s:{s:s}, s:{s:s}}", "ruleId", f->rule->code,
				"ruleIndex", (json_int_t)k, "level", level(f->severity),
				"message", "text", f->message, "partialFingerprints", "leges/v1", fp);
		if (!res || json_array_append_new(results, res))
			goto nomem;
		if (!f->file)
			continue;
		{
			char *uri = uri_of(f->file);

			if (!uri)
				goto nomem;
			phys = json_pack("{s:{s:s}}", "artifactLocation", "uri", uri);
			free(uri);
		}
		if (!phys)
			goto nomem;
		if (f->line) {
			region = f->col ? json_pack("{s:I, s:I}", "startLine", (json_int_t)f->line,
						    "startColumn", (json_int_t)f->col)
					: json_pack("{s:I}", "startLine", (json_int_t)f->line);
			if (!region || json_object_set_new(phys, "region", region))
				goto nomem;
		}
		loc = json_pack("{s:o}", "physicalLocation", phys);
		if (!loc)
			goto nomem;
		if (f->eid && json_object_set_new(loc, "logicalLocations",
						  json_pack("[{s:s, s:s}]", "fullyQualifiedName", f->eid,
							    "kind", "element")))
			goto nomem;
		if (json_object_set_new(res, "locations", json_pack("[o]", loc)))
			goto nomem;
		/* The replacement --fix would make, in the artifact's own bytes. */
		if (f->fix) {
			char *uri = uri_of(f->file);
			json_t *fixes = uri ? json_pack("[{s:{s:s}, s:[{s:{s:s}, s:[{s:{s:I, s:I, s:I, s:I}, s:{s:s}}]}]}]",
							"description", "text", f->message,
							"artifactChanges", "artifactLocation", "uri", uri,
							"replacements", "deletedRegion",
							"startLine", (json_int_t)f->fix->start_line,
							"startColumn", (json_int_t)f->fix->start_col,
							"endLine", (json_int_t)f->fix->end_line,
							"endColumn", (json_int_t)f->fix->end_col,
							"insertedContent", "text", f->fix->text) : NULL;

			free(uri);
			if (!fixes || json_object_set_new(res, "fixes", fixes))
				goto nomem;
		}
	}
	root = json_pack("{s:s, s:s, s:[{s:{s:{s:s, s:s, s:o}}, s:s, s:o}]}",
			 "$schema", "https://json.schemastore.org/sarif-2.1.0.json", "version", "2.1.0",
			 "runs", "tool", "driver", "name", "leges", "version", o->tool_version, "rules", jrules,
			 "columnKind", "unicodeCodePoints", "results", results);
	jrules = results = NULL;
	if (!root)
		goto nomem;
	if (json_dumpf(root, out, JSON_INDENT(2) | JSON_PRESERVE_ORDER) < 0)
		rc = leges_error_set(LEGES_EIO, "cannot write the report");
	fputc('\n', out);
	json_decref(root);
	return rc;
nomem:
	json_decref(jrules);
	json_decref(results);
	return leges_error_set(LEGES_ENOMEM, "out of memory");
}
