/* AKN001 not-well-formed: raised by the engine when an input cannot be read as XML. */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_akn001 = {
	.code = "AKN001",
	.name = "not-well-formed",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "the input is not well-formed XML, or was refused as unsafe",
	.source = "W3C XML 1.0 (Fifth Edition) section 2.1; libxml2 parser errors",
	.check = NULL,
	.dialects = ~0u,
};
