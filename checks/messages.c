/*
 * messages.c - the messages of the C rules in Dutch and French (--lang).
 *
 * Each entry is an English format string as written in the rule's source and
 * its translations, with the same conversions in the same order.  A message
 * without an entry stays in English; tests/messages.sh checks that every
 * format string passed to leges_report() has an entry.
 */
#include "config.h"

#include <string.h>

#include "checks/engine.h"

static const struct {
	const char *en, *nl, *fr;
} messages[] = {
	{ "write words in lower case, not in capitals",
	  "schrijf woorden met kleine letters, niet in hoofdletters",
	  "écrivez les mots en minuscules, pas en capitales" },
	{ "write '%s' in lower case, not in capitals",
	  "schrijf '%s' met kleine letters, niet in hoofdletters",
	  "écrivez '%s' en minuscules, pas en capitales" },
	{ "the abbreviation '%s' is not defined: write it out at first use, followed by '(%s)' or 'hierna %s te noemen', or define it",
	  "de afkorting '%s' is niet gedefinieerd: schrijf ze bij het eerste gebruik voluit, gevolgd door '(%s)' of 'hierna %s te noemen', of definieer ze",
	  "l'abréviation '%s' n'est pas définie : écrivez-la en toutes lettres à la première occurrence, suivie de '(%s)' ou 'ci-après %s', ou définissez-la" },
	{ "the suppression of '%s' gives no reason=\"…\"",
	  "de onderdrukking van '%s' geeft geen reason=\"…\"",
	  "la suppression de '%s' ne donne pas de reason=\"…\"" },
	{ "the suppression of '%s' matches no finding: remove it",
	  "de onderdrukking van '%s' treft geen enkele bevinding: verwijder ze",
	  "la suppression de '%s' ne vise aucun constat : retirez-la" },
	{ "document is in %s (namespace '%s'), not Akoma Ntoso 3.0: only the checks that fit it run",
	  "het document is in %s (namespace '%s'), niet in Akoma Ntoso 3.0: alleen de passende controles lopen",
	  "le document est en %s (espace de noms '%s'), pas en Akoma Ntoso 3.0 : seuls les contrôles adaptés sont faits" },
	{ "<identification> has no <%s>", "<identification> heeft geen <%s>", "<identification> n'a pas de <%s>" },
	{ "<%s> has no <%s>", "<%s> heeft geen <%s>", "<%s> n'a pas de <%s>" },
	{ "<%s> in <%s> has an empty or missing @%s", "<%s> in <%s> heeft een lege of ontbrekende @%s",
	  "<%s> dans <%s> a un @%s vide ou absent" },
	{ "no <meta>/<identification>: the document has no FRBR identification",
	  "geen <meta>/<identification>: het document heeft geen FRBR-identificatie",
	  "pas de <meta>/<identification> : le document n'a pas d'identification FRBR" },
	{ "<identification> has no @source", "<identification> heeft geen @source", "<identification> n'a pas de @source" },
	{ "Work FRBRuri '%s' is not an Akoma Ntoso IRI: %s", "de FRBRuri van het Work '%s' is geen Akoma Ntoso-IRI: %s",
	  "le FRBRuri de l'œuvre '%s' n'est pas un IRI Akoma Ntoso : %s" },
	{ "Work FRBRuri has country '%s' but FRBRcountry is '%s'", "de FRBRuri van het Work heeft land '%s' maar FRBRcountry is '%s'",
	  "le FRBRuri de l'œuvre a le pays '%s' mais FRBRcountry est '%s'" },
	{ "Work FRBRuri has document type '%s' but the document is <%s>",
	  "de FRBRuri van het Work heeft documenttype '%s' maar het document is <%s>",
	  "le FRBRuri de l'œuvre a le type '%s' mais le document est <%s>" },
	{ "Work FRBRuri has subtype '%s' but FRBRsubtype is '%s'", "de FRBRuri van het Work heeft subtype '%s' maar FRBRsubtype is '%s'",
	  "le FRBRuri de l'œuvre a le sous-type '%s' mais FRBRsubtype est '%s'" },
	{ "Work FRBRuri has date '%s' but the Work FRBRdate is '%s'", "de FRBRuri van het Work heeft datum '%s' maar de FRBRdate van het Work is '%s'",
	  "le FRBRuri de l'œuvre a la date '%s' mais la FRBRdate de l'œuvre est '%s'" },
	{ "Work FRBRuri has number '%s' but FRBRnumber is '%s'", "de FRBRuri van het Work heeft nummer '%s' maar FRBRnumber is '%s'",
	  "le FRBRuri de l'œuvre a le numéro '%s' mais FRBRnumber est '%s'" },
	{ "Expression FRBRuri '%s' does not start with the Work FRBRuri '%s/'",
	  "de FRBRuri van de Expression '%s' begint niet met de FRBRuri van het Work '%s/'",
	  "le FRBRuri de l'expression '%s' ne commence pas par le FRBRuri de l'œuvre '%s/'" },
	{ "Expression FRBRuri '%s' has no language@version part", "de FRBRuri van de Expression '%s' heeft geen deel taal@versie",
	  "le FRBRuri de l'expression '%s' n'a pas de partie langue@version" },
	{ "Expression FRBRuri has language '%.*s' but FRBRlanguage is '%s'",
	  "de FRBRuri van de Expression heeft taal '%.*s' maar FRBRlanguage is '%s'",
	  "le FRBRuri de l'expression a la langue '%.*s' mais FRBRlanguage est '%s'" },
	{ "Expression FRBRuri has version '%s' but the Expression FRBRdate is '%s'",
	  "de FRBRuri van de Expression heeft versie '%s' maar de FRBRdate van de Expression is '%s'",
	  "le FRBRuri de l'expression a la version '%s' mais la FRBRdate de l'expression est '%s'" },
	{ "Manifestation FRBRuri '%s' does not start with the Expression FRBRuri '%s'",
	  "de FRBRuri van de Manifestation '%s' begint niet met de FRBRuri van de Expression '%s'",
	  "le FRBRuri de la manifestation '%s' ne commence pas par le FRBRuri de l'expression '%s'" },
	{ "Manifestation FRBRuri '%s' should be the Expression FRBRuri followed by '.' and a format (such as '.akn' or '.xml'), not '%s'",
	  "de FRBRuri van de Manifestation '%s' hoort de FRBRuri van de Expression te zijn, gevolgd door '.' en een formaat ('.akn', '.xml'), niet '%s'",
	  "le FRBRuri de la manifestation '%s' doit être le FRBRuri de l'expression suivi de '.' et d'un format ('.akn', '.xml'), pas '%s'" },
	{ "%s FRBRthis '%s' should be '%s/!main' (its FRBRuri and a component)",
	  "%s FRBRthis '%s' hoort '%s/!main' te zijn (de FRBRuri en een component)",
	  "%s FRBRthis '%s' doit être '%s/!main' (son FRBRuri et un composant)" },
	{ "Artikel 1 of a decree must say which matter it regulates: 'Dit decreet regelt een gemeenschapsaangelegenheid.', '…een gewestaangelegenheid.' or '…een gemeenschaps- en gewestaangelegenheid.'",
	  "artikel 1 van een decreet zegt welke aangelegenheid het regelt: 'Dit decreet regelt een gemeenschapsaangelegenheid.', '…een gewestaangelegenheid.' of '…een gemeenschaps- en gewestaangelegenheid.'",
	  "l'article 1er d'un décret indique la matière qu'il règle : 'Dit decreet regelt een gemeenschapsaangelegenheid.', '…een gewestaangelegenheid.' ou '…een gemeenschaps- en gewestaangelegenheid.'" },
	{ "a besluit does not state a community or regional matter: that clause belongs to decrees",
	  "een besluit vermeldt geen gemeenschaps- of gewestaangelegenheid: die bepaling hoort in een decreet",
	  "un arrêté n'indique pas de matière communautaire ou régionale : cette clause est propre aux décrets" },
	{ "the draft has a correlation table but no article 'Dit decreet voorziet in de (gedeeltelijke) omzetting van Richtlijn …'",
	  "het ontwerp heeft een omzettingstabel maar geen artikel 'Dit decreet voorziet in de (gedeeltelijke) omzetting van Richtlijn …'",
	  "le projet a un tableau de correspondance mais pas d'article 'Dit decreet voorziet in de (gedeeltelijke) omzetting van Richtlijn …'" },
	{ "the transposition clause is article %zu: put it among the introductory provisions, right after Artikel 1",
	  "de omzettingsbepaling is artikel %zu: plaats ze bij de inleidende bepalingen, meteen na artikel 1",
	  "la clause de transposition est l'article %zu : placez-la parmi les dispositions introductives, juste après l'article 1er" },
	{ "no entry-into-force clause: the act enters into force on the tenth day after its publication in the Belgisch Staatsblad",
	  "geen inwerkingtredingsbepaling: de regeling treedt in werking op de tiende dag na de bekendmaking in het Belgisch Staatsblad",
	  "pas de clause d'entrée en vigueur : l'acte entre en vigueur le dixième jour après sa publication au Moniteur belge" },
	{ "'de eerste dag van de maand die volgt op de bekendmaking' needs publication at least ten days before that day: write '…die volgt op het verstrijken van een termijn van tien dagen die ingaat de dag na de bekendmaking ervan'",
	  "'de eerste dag van de maand die volgt op de bekendmaking' vraagt een bekendmaking minstens tien dagen vooraf: schrijf '…die volgt op het verstrijken van een termijn van tien dagen die ingaat de dag na de bekendmaking ervan'",
	  "'de eerste dag van de maand die volgt op de bekendmaking' suppose une publication au moins dix jours avant : écrivez '…die volgt op het verstrijken van een termijn van tien dagen die ingaat de dag na de bekendmaking ervan'" },
	{ "the entry-into-force date is less than ten days after the draft's date (%s): publication cannot come ten days before it",
	  "de datum van inwerkingtreding valt minder dan tien dagen na de datum van het ontwerp (%s): de bekendmaking kan niet tien dagen vooraf gebeuren",
	  "la date d'entrée en vigueur tombe moins de dix jours après la date du projet (%s) : la publication ne peut précéder de dix jours" },
	{ "entry into force on the day of publication leaves no ten days: justify the urgency in the explanatory memorandum, or use the default of ten days",
	  "inwerkingtreding op de dag van de bekendmaking laat geen tien dagen: verantwoord de hoogdringendheid in de memorie van toelichting, of volg de regel van tien dagen",
	  "l'entrée en vigueur le jour de la publication ne laisse pas dix jours : justifiez l'urgence dans l'exposé des motifs, ou suivez le délai de dix jours" },
	{ "the Government sets the date of entry into force: add a latest date ('…, en uiterlijk op 1 januari 2028')",
	  "de Regering bepaalt de datum van inwerkingtreding: voeg een uiterste datum toe ('…, en uiterlijk op 1 januari 2028')",
	  "le Gouvernement fixe la date d'entrée en vigueur : ajoutez une date limite ('…, en uiterlijk op 1 januari 2028')" },
	{ "the last article of a besluit van de Vlaamse Regering is the execution clause: 'De Vlaamse minister, bevoegd voor …, is belast met de uitvoering van dit besluit.'",
	  "het laatste artikel van een besluit van de Vlaamse Regering is de uitvoeringsbepaling: 'De Vlaamse minister, bevoegd voor …, is belast met de uitvoering van dit besluit.'",
	  "le dernier article d'un arrêté du Gouvernement flamand est la clause d'exécution : 'De Vlaamse minister, bevoegd voor …, is belast met de uitvoering van dit besluit.'" },
	{ "a decree has no execution clause: it belongs to a besluit van de Vlaamse Regering",
	  "een decreet heeft geen uitvoeringsbepaling: die hoort in een besluit van de Vlaamse Regering",
	  "un décret n'a pas de clause d'exécution : elle est propre aux arrêtés du Gouvernement flamand" },
	{ "the preamble of a besluit has no heading 'Rechtsgrond' ('Dit besluit is gebaseerd op:'), the first of the 2019 headings Rechtsgrond, Vormvereisten, Motivering",
	  "de aanhef van een besluit heeft geen kop 'Rechtsgrond' ('Dit besluit is gebaseerd op:'), de eerste van de koppen Rechtsgrond, Vormvereisten, Motivering (2019)",
	  "le préambule d'un arrêté n'a pas l'intitulé 'Rechtsgrond' ('Dit besluit is gebaseerd op:'), le premier des intitulés de 2019" },
	{ "since 25 October 2019 the preamble of a besluit uses the headings Rechtsgrond, Vormvereisten and Motivering, not 'Gelet op', 'Overwegende' or 'Op voorstel van'",
	  "sinds 25 oktober 2019 gebruikt de aanhef van een besluit de koppen Rechtsgrond, Vormvereisten en Motivering, niet 'Gelet op', 'Overwegende' of 'Op voorstel van'",
	  "depuis le 25 octobre 2019, le préambule d'un arrêté utilise les intitulés Rechtsgrond, Vormvereisten et Motivering, et non 'Gelet op', 'Overwegende' ou 'Op voorstel van'" },
	{ "this %s comes after the %s of article %zu: the order is introduction, definitions, rules, amending, repealing, transitional provisions, entry into force, temporal scope, execution",
	  "deze %s staat na de %s van artikel %zu: de volgorde is inleiding, definities, regels, wijzigings-, opheffings- en overgangsbepalingen, inwerkingtreding, werking in de tijd, uitvoering",
	  "cette %s suit la %s de l'article %zu : l'ordre est introduction, définitions, règles, modifications, abrogations, dispositions transitoires, entrée en vigueur, application dans le temps, exécution" },
	{ "introductory provision", "inleidende bepaling", "disposition introductive" },
	{ "definitions", "definities", "définitions" },
	{ "amending provision", "wijzigingsbepaling", "disposition modificative" },
	{ "repealing provision", "opheffingsbepaling", "disposition abrogatoire" },
	{ "transitional provision", "overgangsbepaling", "disposition transitoire" },
	{ "entry into force", "inwerkingtreding", "entrée en vigueur" },
	{ "temporal scope", "werking in de tijd", "application dans le temps" },
	{ "execution clause", "uitvoeringsbepaling", "clause d'exécution" },
	{ "the defined term '%s' is never used", "de gedefinieerde term '%s' wordt nergens gebruikt",
	  "le terme défini '%s' n'est jamais utilisé" },
	{ "the term '%s' is defined twice (also on line %lu)", "de term '%s' wordt twee keer gedefinieerd (ook op regel %lu)",
	  "le terme '%s' est défini deux fois (aussi à la ligne %lu)" },
	{ "definitions are in alphabetical order: '%s' comes before '%s'",
	  "definities staan in alfabetische volgorde: '%s' komt voor '%s'",
	  "les définitions sont dans l'ordre alphabétique : '%s' vient avant '%s'" },
	{ "the definition of '%s' contains a rule (moet, mag, is verplicht …): put the rule in an article of its own",
	  "de definitie van '%s' bevat een regel (moet, mag, is verplicht …): zet de regel in een eigen artikel",
	  "la définition de '%s' contient une règle (moet, mag, is verplicht …) : placez la règle dans un article distinct" },
	{ "href '#' names no element", "href '#' wijst geen element aan", "href '#' ne désigne aucun élément" },
	{ "href '%s' names no eId in this document", "href '%s' wijst geen eId in dit document aan",
	  "href '%s' ne désigne aucun eId de ce document" },
	{ "href '%s' is not a well-formed AKN IRI: %s", "href '%s' is geen geldige AKN-IRI: %s", "href '%s' n'est pas un IRI AKN valide : %s" },
	{ "href '%s' is not a well-formed ELI: %s", "href '%s' is geen geldige ELI: %s", "href '%s' n'est pas un ELI valide : %s" },
	{ "numbering of <%s> starts at '%s', not at 1", "de nummering van <%s> begint bij '%s', niet bij 1",
	  "la numérotation des <%s> commence à '%s', pas à 1" },
	{ "'%s' follows '%s': number %ld is missing", "'%s' volgt op '%s': nummer %ld ontbreekt", "'%s' suit '%s' : le numéro %ld manque" },
	{ "'%s' follows '%s': a number is missing between them", "'%s' volgt op '%s': er ontbreekt een nummer tussen beide",
	  "'%s' suit '%s' : il manque un numéro entre les deux" },
	{ "number '%s' is used twice among its sibling <%s> elements", "nummer '%s' komt twee keer voor bij de <%s>-elementen op hetzelfde niveau",
	  "le numéro '%s' est utilisé deux fois parmi les <%s> de même niveau" },
	{ "'%s' comes after '%s': numbers are out of order", "'%s' staat na '%s': de nummers staan niet in volgorde",
	  "'%s' vient après '%s' : les numéros ne se suivent pas" },
	{ "<%s>%s%s%s has no text and no parts", "<%s>%s%s%s heeft geen tekst en geen onderdelen", "<%s>%s%s%s n'a ni texte ni subdivisions" },
	{ "eId '%s' is not of the form element_number joined by '__' (e.g. art_5__para_2)",
	  "eId '%s' heeft niet de vorm element_nummer, verbonden door '__' (bv. art_5__para_2)",
	  "l'eId '%s' n'a pas la forme élément_numéro reliés par '__' (p. ex. art_5__para_2)" },
	{ "eId '%s' is already used on line %lu", "eId '%s' wordt al gebruikt op regel %lu", "l'eId '%s' est déjà utilisé à la ligne %lu" },
	{ "eId '%s' has the prefix '%.*s', which is the eId of none of its ancestors",
	  "eId '%s' heeft het voorvoegsel '%.*s', dat het eId van geen enkel bovenliggend element is",
	  "l'eId '%s' a le préfixe '%.*s', qui n'est l'eId d'aucun de ses ancêtres" },
	{ "eId '%s' has number '%.*s' but <num> '%s' gives '%s'", "eId '%s' heeft nummer '%.*s' maar <num> '%s' geeft '%s'",
	  "l'eId '%s' a le numéro '%.*s' mais <num> '%s' donne '%s'" },
	{ "<%s>%s%s%s has no eId while the other provisions have one", "<%s>%s%s%s heeft geen eId terwijl de andere bepalingen er een hebben",
	  "<%s>%s%s%s n'a pas d'eId alors que les autres dispositions en ont un" },
	{ "'%s' should read %s", "'%s' hoort %s te luiden", "'%s' devrait être %s" },
	{ "'Enig artikel.' (the act has one article)", "'Enig artikel.' (de regeling heeft één artikel)", "'Enig artikel.' (l'acte a un seul article)" },
	{ "'Artikel 1.' (the first article is written in full)", "'Artikel 1.' (het eerste artikel wordt voluit geschreven)",
	  "'Artikel 1.' (le premier article s'écrit en toutes lettres)" },
	{ "'Art. N.' (every article after the first)", "'Art. N.' (elk artikel na het eerste)", "'Art. N.' (chaque article après le premier)" },
	{ "number an inserted unit with a slash ('%ld/1'), not with '%s', unless the act already uses bis, ter …",
	  "nummer een ingevoegd onderdeel met een schuine streep ('%ld/1'), niet met '%s', tenzij de regeling al bis, ter … gebruikt",
	  "numérotez une subdivision insérée avec une barre oblique ('%ld/1'), pas avec '%s', sauf si l'acte utilise déjà bis, ter …" },
	{ "insert new units with a slash number (5/1), not 5bis, unless the act already uses bis, ter …",
	  "voeg nieuwe onderdelen in met een nummer met schuine streep (5/1), niet 5bis, tenzij de regeling al bis, ter … gebruikt",
	  "insérez les nouvelles subdivisions avec un numéro à barre oblique (5/1), pas 5bis, sauf si l'acte utilise déjà bis, ter …" },
	{ "this sentence has %zu words: keep sentences to at most %d words, one rule per sentence",
	  "deze zin telt %zu woorden: hou zinnen op hoogstens %d woorden, één regel per zin",
	  "cette phrase compte %zu mots : limitez les phrases à %d mots, une règle par phrase" },
	{ "%zu more schema errors not shown", "nog %zu schemafouten niet getoond", "%zu autres erreurs de schéma non affichées" },
};

const char *leges_tr(const char *en, enum leges_lang lang)
{
	size_t i;

	if (lang != LEGES_LANG_NL && lang != LEGES_LANG_FR)
		return en;
	for (i = 0; i < sizeof(messages) / sizeof(messages[0]); i++)
		if (!strcmp(messages[i].en, en))
			return lang == LEGES_LANG_NL ? messages[i].nl : messages[i].fr;
	return en;
}

bool leges_tr_known(const char *en)
{
	size_t i;

	for (i = 0; i < sizeof(messages) / sizeof(messages[0]); i++)
		if (!strcmp(messages[i].en, en))
			return true;
	return false;
}
