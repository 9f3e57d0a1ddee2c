/* AKN005 schema-invalid: raised by the engine for each XSD validation error. */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_akn005 = {
	.code = "AKN005",
	.name = "schema-invalid",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the document is not valid against the Akoma Ntoso 3.0 XSD",
	.source = "OASIS Akoma Ntoso Version 1.0 Part 2 section 3, conformance level 1 (RULES.md 4E AKN-SCHEMA)",
	.check = NULL,
	.dialects = 1u << LEGES_DIALECT_AKN30,
};
