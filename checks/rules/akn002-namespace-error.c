/* AKN002 namespace-error: raised by the engine from libxml2's namespace errors. */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_akn002 = {
	.code = "AKN002",
	.name = "namespace-error",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "a namespace error, such as an undeclared prefix, in an otherwise well-formed document",
	.source = "W3C Namespaces in XML 1.0 (Third Edition) section 5; libxml2 namespace errors",
	.check = NULL,
	.dialects = ~0u,
};
