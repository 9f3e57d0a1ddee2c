/* AKN003 schema-unavailable: raised once per run when the AKN XSD cannot be loaded. */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_akn003 = {
	.code = "AKN003",
	.name = "schema-unavailable",
	.severity = LEGES_SEV_INFO,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the Akoma Ntoso 3.0 XSD could not be found, so schema validation did not run",
	.source = "DESIGN.md section 10 (--schema-dir, LEGES_SCHEMA_DIR, configure --with-akn-schema)",
	.check = NULL,
	.dialects = ~0u,
};
