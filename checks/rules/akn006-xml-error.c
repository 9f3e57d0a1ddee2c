/* AKN006 xml-error: raised by the engine for libxml2 errors that leave a usable tree. */
#include "config.h"

#include "checks/engine.h"

const struct leges_rule leges_rule_akn006 = {
	.code = "AKN006",
	.name = "xml-error",
	.severity = LEGES_SEV_ERROR,
	.profiles = LEGES_PROFILE_ALL,
	.summary = "an XML error that still leaves a usable tree, such as an xml:id used twice",
	.source = "W3C xml:id Version 1.0 section 4 (xml:id values are unique); libxml2 validity errors",
	.check = NULL,
	.dialects = ~0u,
};
