/* AKN004 unsupported-dialect: raised by the engine for documents outside AKN 3.0. */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_akn004 = {
	.code = "AKN004",
	.name = "unsupported-dialect",
	.severity = LEGES_SEV_INFO,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the document is not in the Akoma Ntoso 3.0 namespace; only the checks that fit it run",
	.source = "OASIS Akoma Ntoso Version 1.0 Part 2, namespace http://docs.oasis-open.org/legaldocml/ns/akn/3.0",
	.check = NULL,
	.dialects = ~0u,
};
