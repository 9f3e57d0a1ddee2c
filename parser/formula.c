/*
 * formula.c - amending formulas (see formula.h).
 *
 * The Dutch patterns are those of RULES-VL.md section 2, as tested there:
 * DEFS (shared sub-patterns), PFX (item number, local location, auxiliary)
 * and one body per operation.  They are compiled once, with JIT where the
 * platform has it, and tried in the order of RULES-VL.md 2.2.
 */
#include "config.h"

#define PCRE2_CODE_UNIT_WIDTH 8

#include <ctype.h>
#include <pcre2.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "error.h"
#include "formula.h"

#define DEFS \
	"(?(DEFINE)" \
	"(?<ORD> eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|elfde|twaalfde" \
	"  |dertiende|veertiende|vijftiende|zestiende|zeventiende|achttiende|negentiende|twintigste" \
	"  |voorlaatste|laatste|enige|enig )" \
	"(?<LAT> (?:vicies|tricies|quadragies)(?:\\s(?:semel|bis|ter|quater|quinquies|sexies|septies|octies|novies|nonies))?" \
	"  |quaterdecies|quinquiesdecies|quindecies|sexiesdecies|septiesdecies|octiesdecies|noviesdecies|terdecies" \
	"  |duodecies|undecies|decies|nonies|novies|octies|septies|sexies|quinquies|quater|ter|bis )" \
	"(?<ANUM> (?:[IVXLC]+\\.)?\\d+(?:\\.\\d+)*(?:/\\d+)*(?:\\s?(?&LAT))?(?:/\\d+)* )" \
	"(?<GNUM> \\d+(?:\\.\\d+)*(?:/\\d+)*(?:\\s?(?&LAT))?|[IVXLC]+(?:/\\d+)*(?:\\s?(?&LAT))? )" \
	"(?<UNITW> artikelen|artikel|paragrafen|paragraaf|leden|lid|punten|punt|zinnen|zin|hoofdstukken|hoofdstuk" \
	"  |onderafdelingen|onderafdeling|afdelingen|afdeling|titels|titel|boeken|boek|delen|deel|bijlagen|bijlage" \
	"  |opschriften|opschrift|definities|definitie )" \
	"(?<LOCPART> (?:het\\s+)?(?&ORD)\\s+lid" \
	"  | (?:de\\s+)?(?&ORD)\\s+zin" \
	"  | (?:de\\s+)?inleidende\\s+zin" \
	"  | (?:paragraaf\\s+|§\\s?)\\d+(?:/\\d+)*" \
	"  | punt\\s+\\d+°?(?:/\\d+)* | \\d+°(?:/\\d+)*" \
	"  | (?:punt\\s+)?[a-z](?:/\\d+)*\\)" \
	"  | (?:het\\s+)?opschrift(?:\\s+van\\s+(?:hoofdstuk|afdeling|onderafdeling|titel|boek|deel)\\s+(?&GNUM))?" \
	"  | (?:(?:het|de)\\s+)?(?:artikel|art\\.)\\s+(?&ANUM)" \
	"  | (?:hoofdstuk|afdeling|onderafdeling|titel|boek|deel|bijlage)\\s+(?&GNUM) )" \
	"(?<LOC> (?&LOCPART)(?:\\s*,\\s*(?&LOCPART))* )" \
	"(?<LOCLIST> (?&LOC)(?:\\s+(?:en|tot\\s+en\\s+met)\\s+(?:(?&LOCPART)|\\d+(?:/\\d+)*°?))* )" \
	"(?<WHAT> het\\s+woord|de\\s+woorden|de\\s+zinsnede|het\\s+zinsdeel|het\\s+jaartal|de\\s+jaartallen|het\\s+bedrag" \
	"  |de\\s+bedragen|het\\s+getal|de\\s+getallen|het\\s+cijfer|de\\s+cijfers|de\\s+datum|de\\s+data|de\\s+letters?" \
	"  |het\\s+teken|de\\s+tekens|de\\s+(?&ORD)\\s+zin|de\\s+zin|de\\s+zinnen|de\\s+volgende\\s+zin(?:nen)? )" \
	"(?<Q> [“„«\"]\\s*[^“”„«»\"]*?\\s*[”“»\"] )" \
	"(?<AUXLA> (?=(?:de|het|een|er|in|aan|na|tussen|vóór|voor|telkens|punt|paragraaf|§|\\d|vervangen|opgeheven" \
	"  |aangevuld|ingevoegd|toegevoegd|vernummerd|hernummerd|als|respectievelijk)\\b|§) )" \
	")"

#define PFX \
	"^(?:(?<item>\\d+°|[a-z]\\))\\s+)?" \
	"(?:(?:in|aan)\\s+(?<loc>(?&LOC))\\s*,?\\s+)?" \
	"(?:(?<aux>wordt|worden)\\s+)?" \
	"(?:(?:in|aan)\\s+(?<loc2>(?&LOC))\\s*,?\\s+)?"

#define OQ "[“„«\"]\\s*"
#define CQ "\\s*[”“»\"]"

static const char intro_re[] = "(?xi)" DEFS
	"^(?:(?<prep>In|Aan)\\s+)?"
	"(?<target>"
	"   (?:de\\s+)?(?:artikelen|artikel|art\\.)\\s+(?&ANUM)(?:\\s*(?:,|en|tot\\s+en\\s+met)\\s*(?&ANUM))*(?:\\s*,\\s*(?&LOCPART))*"
	" | (?:het\\s+)?opschrift(?:\\s+van\\s+(?:hoofdstuk|afdeling|onderafdeling|titel|boek|deel)\\s+(?&GNUM)(?:\\.\\s+[^,]+?)?)?"
	" | (?:de\\s+|het\\s+)?(?:hoofdstuk|afdeling|onderafdeling|titel|boek|deel|bijlage)\\s+(?&GNUM)(?:\\.\\s+[^,]+?)?(?:\\s*,\\s*(?&LOCPART))*"
	")"
	"(?:\\s*,\\s*(?:dat|die)\\s+bestaa?t\\s+uit\\s+[^,]+?\\s*,)?"
	"\\s*,?\\s+van\\s+"
	"(?<act>(?:hetzelfde|dezelfde|het|de)\\b.+?)"
	"(?:\\s*,\\s*(?<prev>(?:het\\s+)?(?:laatst\\s+)?(?:gewijzigd|vervangen|ingevoegd|hersteld|vernummerd|hernummerd|opgeheven)\\s+bij\\s+.+?))?"
	"\\s*,?\\s+(?<aux>wordt|worden)\\s+(?&AUXLA)"
	"(?<tail>.+)$";

static const char introact_re[] = "(?xi)" DEFS
	"^(?<prep>In|Aan)\\s+"
	"(?<act>(?:hetzelfde|dezelfde|het|de)\\b.+?)"
	"(?:\\s*,\\s*(?<prev>(?:het\\s+)?(?:laatst\\s+)?(?:gewijzigd|vervangen|ingevoegd|hersteld)\\s+bij\\s+.+?))?"
	"\\s*,?\\s+(?<aux>wordt|worden)\\s+(?&AUXLA)"
	"(?<tail>.+)$";

static const char list_re[] = "(?xi)"
	"^(?:(?:worden\\s+)?de\\s+volgende\\s+wijzigingen\\s+aangebracht|als\\s+volgt\\s+gewijzigd)\\s*:\\s*$";

static const char subst_re[] = "(?xi)" DEFS PFX
	"(?<telkens>telkens\\s+)?"
	"(?<what>(?&WHAT))\\s+" OQ "(?<old>[^“”„«»\"]*?)" CQ
	"\\s+(?<telkens2>telkens\\s+)?vervangen\\s+door\\s+"
	"(?:(?<what2>(?&WHAT))\\s+)?" OQ "(?<new>[^“”„«»\"]*?)" CQ
	"\\s*[;.]?\\s*$";

static const char substresp_re[] = "(?xi)" DEFS PFX
	"(?<what>(?&WHAT))\\s+(?<olds>(?&Q)(?:\\s*(?:,|en)\\s*(?&Q))+)"
	"\\s+respectievelijk\\s+vervangen\\s+door\\s+"
	"(?:(?<what2>(?&WHAT))\\s+)?(?<news>(?&Q)(?:\\s*(?:,|en)\\s*(?&Q))+)\\s*[;.]?\\s*$";

static const char replace_re[] = "(?xi)" DEFS PFX
	"(?:(?<unit>(?&LOCLIST))\\s+(?:(?:wordt|worden)\\s+)?)?"
	"vervangen\\s+(?<formula>door\\s+wat\\s+volgt|als\\s+volgt|door\\s+de\\s+volgende\\s+(?:bepalingen|bepaling|zinnen|zin|woorden|paragrafen|paragraaf|leden|lid|punten|punt))"
	"\\s*:\\s*(?:[“„«\"](?<new>.*)[”“»\"]\\s*[.;]?)?\\s*$";

static const char insertunit_re[] = "(?xi)" DEFS PFX
	"(?:(?<pos>tussen|na|vóór|voor)\\s+(?<anchor>.+?)\\s+(?:en\\s+(?<anchor2>.+?)\\s+)?(?:(?:wordt|worden)\\s+)?)?"
	"(?:een|twee|drie|vier|vijf|zes|de\\s+volgende|\\d+)\\s+(?<unit>(?&UNITW)|§(?=\\s?\\d))(?:\\s*(?<num>(?:\\d|[IVXLC]+\\b|[a-z](?:/\\d+)*\\))[^,]*?))?"
	"(?:\\s*,\\s*(?:dat|die)\\s+bestaa?t\\s+uit\\s+(?<contains>[^,]+?)\\s*,)?"
	"\\s+(?:(?:wordt|worden)\\s+)?(?<op>ingevoegd)"
	"(?:\\s*,?\\s*(?:(?<rel>dat|die)\\s+(?<luidt>luidt|luiden)\\s+als\\s+volgt|(?<rel_old>luidende)))?\\s*:\\s*$";

static const char addunit_re[] = "(?xi)" DEFS PFX
	"(?:er\\s+(?:wordt|worden)\\s+)?"
	"(?:(?<base>het\\s+artikel|de\\s+paragraaf|(?:(?:het|de)\\s+)?(?&LOC))\\s+(?:wordt|worden)\\s+)?"
	"(?:"
	"   (?:een|twee|drie|vier|vijf|de\\s+volgende|\\d+)\\s+(?:(?<ord>(?&ORD))\\s+(?:en\\s+(?:een\\s+)?(?&ORD)\\s+)?)?(?<unit>(?&UNITW)|§(?=\\s?\\d))(?:\\s*(?<num>(?:\\d|[IVXLC]+\\b|[a-z](?:/\\d+)*\\))[^,]*?))?"
	"   (?:\\s*,\\s*(?:dat|die)\\s+bestaa?t\\s+uit\\s+(?<contains>[^,]+?)\\s*,)?"
	"   \\s+(?:(?:wordt|worden)\\s+)?(?<op>toegevoegd)"
	" | (?<op>aangevuld)\\s+met\\s+(?:een|twee|drie|de\\s+volgende)\\s+(?:(?<ord>(?&ORD))\\s+)?(?<unit>(?&UNITW)|§(?=\\s?\\d))(?:\\s*(?<num>(?:\\d|[IVXLC]+\\b|[a-z](?:/\\d+)*\\))[^,]*?))?"
	")"
	"(?:\\s*,?\\s*(?:(?<rel>dat|die)\\s+(?<luidt>luidt|luiden)\\s+als\\s+volgt|(?<rel_old>luidende)))?\\s*:\\s*$";

static const char insertwords_re[] = "(?xi)" DEFS PFX
	"(?<pos>tussen|na|vóór|voor)\\s+(?<what_a>(?&WHAT))\\s+" OQ "(?<anchor>[^“”„«»\"]*?)" CQ
	"(?:\\s+en\\s+(?<what_b>(?&WHAT))\\s+" OQ "(?<anchor2>[^“”„«»\"]*?)" CQ ")?"
	"\\s+(?:(?:wordt|worden)\\s+)?(?<telkens>telkens\\s+)?(?<what>(?&WHAT))\\s+" OQ "(?<new>[^“”„«»\"]*?)" CQ
	"\\s+(?:telkens\\s+)?(?<op>ingevoegd)\\s*[;.]?\\s*$";

static const char addwords_re[] = "(?xi)" DEFS PFX
	"(?:(?<base>(?:(?:het|de)\\s+)?(?&LOC))\\s+(?:(?:wordt|worden)\\s+)?)?"
	"(?:"
	"   (?<op>aangevuld)\\s+met\\s+(?<what>(?&WHAT)|een\\s+zin)\\s*:?\\s*"
	" | (?<what>(?&WHAT))\\s*:?\\s*(?:" OQ "(?<new>[^“”„«»\"]*?)" CQ "\\s+)?(?<op>toegevoegd)\\s*:?\\s*"
	")"
	"(?:" OQ "(?<new>[^“”„«»\"]*?)" CQ ")?\\s*[;.]?\\s*$";

static const char repealwords_re[] = "(?xi)" DEFS PFX
	"(?<what>(?&WHAT))\\s+" OQ "(?<old>[^“”„«»\"]*?)" CQ "\\s+(?<telkens>telkens\\s+)?(?<op>opgeheven)\\s*[;.]?\\s*$";

static const char repealunit_re[] = "(?xi)" DEFS PFX
	"(?:(?<unit>(?:(?:het|de)\\s+)?(?&LOCLIST))\\s+(?:(?:wordt|worden)\\s+)?)?(?<op>opgeheven)\\s*[;.]?\\s*$";

static const char repealact_re[] = "(?x)"
	"^(?<act>(?:Het|De)\\s+(?:[\\p{L}-]+\\s+){0,3}?[\\p{L}-]*(?:decreet|besluit|wet|codex|ordonnantie)\\b.+?)"
	"(?:\\s*,\\s*(?<prev>(?:het\\s+)?(?:laatst\\s+)?gewijzigd\\s+bij\\s+.+?))?"
	"\\s*,?\\s+(?:wordt|worden)\\s+(?<op>opgeheven|ingetrokken)\\s*\\.?\\s*$";

static const char renum_re[] = "(?xi)" DEFS PFX
	"(?<unit>(?:(?:het|de)\\s+)?(?&LOCLIST))\\s+(?:(?:wordt|worden)\\s+)?(?<op>vernummerd|hernummerd)\\s+(?:tot|in|als)\\s+(?<newnum>.+?)\\s*[;.]?\\s*$";

static const char renumappos_re[] = "(?xi)" DEFS
	",\\s+(?<rel>dat|die)\\s+(?<newnum>(?:(?:het|de)\\s+)?(?&LOC))\\s+(?:wordt|worden)\\s*,";

/*
 * French equivalents (Belgian federal and Walloon/Brussels practice), same
 * group names.  The location phrase is "à l'article 5, § 2," or "dans ...".
 */
#define FR_DEFS \
	"(?(DEFINE)" \
	"(?<FWHAT> le\\s+mot|les\\s+mots|la\\s+phrase|le\\s+membre\\s+de\\s+phrase|l'année|le\\s+montant|la\\s+date|les\\s+dates|le\\s+chiffre )" \
	"(?<FQ> [“„«\"]\\s*[^“”„«»\"]*?\\s*[”“»\"] )" \
	")"

static const char fr_intro_re[] = "(?xi)" FR_DEFS
	"^(?:(?:À|A|Dans)\\s+)?(?:l'|l’|les\\s+)?(?<target>(?:articles?|art\\.)\\s+[^,]+?(?:\\s*,\\s*(?:§\\s?\\d+(?:/\\d+)*|alinéa\\s+[^\\s,]+|\\d+°(?:/\\d+)*|[a-z]\\)))*)"
	"\\s*,?\\s+(?:du|de\\s+la|de\\s+l'|de\\s+l’)\\s+"
	"(?<act>(?:même\\s+)?(?:décret|loi|arrêté|ordonnance|code)\\b.*?)"
	"(?:\\s*,\\s*(?<prev>(?:modifié|remplacé|inséré)e?s?\\s+par\\s+.+?))?"
	"\\s*,?\\s+(?<tail>(?:le|la|les|l'|l’|est|sont|il\\s+est|un|une).+)$";

static const char fr_subst_re[] = "(?xi)" FR_DEFS
	"^(?:(?<item>\\d+°|[a-z]\\))\\s+)?(?:(?:à|dans)\\s+(?<loc>[^,]+(?:,\\s*[^,]+?)*?)\\s*,\\s+)?"
	"(?<what>(?&FWHAT))\\s+" OQ "(?<old>[^“”„«»\"]*?)" CQ
	"\\s+(?:sont|est)\\s+(?:chaque\\s+fois\\s+)?(?:remplacée?s?)\\s+(?<telkens>chaque\\s+fois\\s+)?par\\s+"
	"(?:(?<what2>(?&FWHAT))\\s+)?" OQ "(?<new>[^“”„«»\"]*?)" CQ "\\s*[;.]?\\s*$";

static const char fr_repealwords_re[] = "(?xi)" FR_DEFS
	"^(?:(?<item>\\d+°|[a-z]\\))\\s+)?(?:(?:à|dans)\\s+(?<loc>[^,]+?)\\s*,\\s+)?"
	"(?<what>(?&FWHAT))\\s+" OQ "(?<old>[^“”„«»\"]*?)" CQ "\\s+(?:sont|est)\\s+(?:abrogée?s?|supprimée?s?)\\s*[;.]?\\s*$";

static const char fr_repealunit_re[] = "(?xi)"
	"^(?:(?<item>\\d+°|[a-z]\\))\\s+)?(?:(?:l'|l’|le\\s+|la\\s+)(?<unit>[^,]+?)\\s+)?(?:est|sont)\\s+(?<op>abrogée?s?)\\s*[;.]?\\s*$";

static const char fr_replace_re[] = "(?xi)"
	"^(?:(?<item>\\d+°|[a-z]\\))\\s+)?(?:(?:l'|l’|le\\s+|la\\s+)(?<unit>[^,]+?)\\s+)?(?:est|sont)\\s+remplacée?s?\\s+par\\s+ce\\s+qui\\s+suit\\s*:"
	"\\s*(?:[“„«\"](?<new>.*)[”“»\"]\\s*[.;]?)?\\s*$";

#define FR_PFX "^(?:(?<item>\\d+°|[a-z]\\))\\s+)?(?:(?:à|au|dans)\\s+(?:l'|l’|le\\s+|la\\s+)?(?<loc>[^,«“\"]+?)\\s*,\\s+)?"
#define FR_UNIT "(?<unit>article|paragraphe|alinéa|point|chapitre|section|titre|livre)"

static const char fr_introact_re[] = "(?xi)"
	"^(?:Dans|À)\\s+(?:le\\s+|la\\s+|l'|l’)?(?<act>(?:même\\s+)?(?:décret|loi|arrêté|ordonnance|code)\\b.*?)\\s*,\\s+"
	"(?<tail>il\\s+est\\s+inséré.+)$";

static const char fr_insertwords_re[] = "(?xi)" FR_DEFS FR_PFX
	"(?<what>(?&FWHAT))\\s+" OQ "(?<new>[^“”„«»\"]*?)" CQ "\\s+(?:sont|est)\\s+insérée?s?\\s+"
	"(?<pos>entre|après|avant)\\s+(?&FWHAT)\\s+" OQ "(?<anchor>[^“”„«»\"]*?)" CQ
	"(?:\\s+et\\s+(?&FWHAT)\\s+" OQ "(?<anchor2>[^“”„«»\"]*?)" CQ ")?\\s*[;.]?\\s*$";

static const char fr_addwords_re[] = "(?xi)" FR_DEFS FR_PFX
	"(?:(?:l'|l’|le\\s+|la\\s+)?(?<base>[^,«“\"]+?)\\s+)?(?:est|sont)\\s+complétée?s?\\s+par\\s+"
	"(?:(?&FWHAT)|la\\s+phrase\\s+suivante)\\s*:?\\s*(?:" OQ "(?<new>[^“”„«»\"]*?)" CQ ")?\\s*[;.]?\\s*$";

static const char fr_insertunit_re[] = "(?xi)" FR_PFX
	"il\\s+est\\s+inséré(?:\\s+(?<pos>après|avant)\\s+(?:l'|l’|le\\s+|la\\s+)?(?<anchor>[^,]+?)\\s*,)?\\s+(?:un|une)\\s+" FR_UNIT
	"\\s+(?<num>[^\\s,]+)\\s*,?\\s*(?:rédigée?\\s+comme\\s+suit)?\\s*:\\s*$";

static const char fr_addunit_re[] = "(?xi)" FR_PFX
	"(?:(?:l'|l’|le\\s+|la\\s+)?(?<base>[^,]+?)\\s+)?(?:est|sont)\\s+complétée?s?\\s+par\\s+(?:un|une)\\s+" FR_UNIT
	"\\s+(?<num>[^\\s,]+)\\s*,?\\s*(?:rédigée?\\s+comme\\s+suit)?\\s*:\\s*$";

static const char fr_renum_re[] = "(?xi)" FR_PFX
	"(?:l'|l’|le\\s+|la\\s+)?(?<base>[^,]+?)\\s+(?:devient|est\\s+renumérotée?\\s+en)\\s+(?:l'|l’|le\\s+|la\\s+)?(?<newnum>[^;.]+?)\\s*[;.]?\\s*$";

static const char en_intro_re[] = "(?xi)"
	"^(?:In\\s+)?(?<target>(?:article|section)\\s+[^,]+?(?:\\s*,\\s*(?:paragraph\\s+\\d+|point\\s+\\(?[a-z0-9]+\\)?))*)"
	"\\s*,?\\s+of\\s+(?<act>(?:the\\s+)?(?:same\\s+)?(?:Act|Decree|Regulation|Order|Code)\\b.*?)"
	"(?:\\s*,\\s*(?<prev>(?:as\\s+)?(?:last\\s+)?amended\\s+by\\s+.+?))?"
	"\\s*,?\\s+(?<tail>(?:the|is|are|a|an)\\b.+)$";

static const char en_subst_re[] = "(?xi)"
	"^(?:the\\s+(?:word|words|figure|date|phrase)\\s+)" OQ "(?<old>[^“”„«»\"]*?)" CQ
	"\\s+(?:is|are)\\s+(?:each\\s+time\\s+)?(?:replaced|substituted)\\s+(?<telkens>each\\s+time\\s+)?by\\s+"
	"(?:the\\s+(?:word|words|figure|date|phrase)\\s+)?" OQ "(?<new>[^“”„«»\"]*?)" CQ "\\s*[;.]?\\s*$";

static const char en_introact_re[] = "(?xi)"
	"^In\\s+(?<act>(?:the\\s+)?(?:same\\s+)?(?:Act|Decree|Regulation|Order|Code)\\b.*?)\\s*,\\s+(?<tail>(?:a|an|the\\s+following)\\s.+)$";

static const char en_insertwords_re[] = "(?xi)"
	"^the\\s+(?:word|words|phrase)\\s+" OQ "(?<new>[^“”„«»\"]*?)" CQ "\\s+(?:is|are)\\s+inserted\\s+"
	"(?<pos>after|before|between)\\s+the\\s+(?:word|words|phrase)\\s+" OQ "(?<anchor>[^“”„«»\"]*?)" CQ
	"(?:\\s+and\\s+the\\s+(?:word|words|phrase)\\s+" OQ "(?<anchor2>[^“”„«»\"]*?)" CQ ")?\\s*[;.]?\\s*$";

static const char en_repealwords_re[] = "(?xi)"
	"^the\\s+(?:word|words|phrase)\\s+" OQ "(?<old>[^“”„«»\"]*?)" CQ "\\s+(?:is|are)\\s+(?:repealed|deleted|omitted)\\s*[;.]?\\s*$";

static const char en_insertunit_re[] = "(?xi)"
	"^(?:a|an|the\\s+following)\\s+(?:new\\s+)?(?<unit>article|section|paragraph|point|chapter)\\s+(?<num>[^\\s,:]+)\\s+is\\s+inserted"
	"(?:\\s+(?<pos>after|before)\\s+(?<anchor>(?:article|section|paragraph|point|chapter)\\s+[^\\s,:]+))?"
	"\\s*,?\\s*(?:which\\s+reads\\s+as\\s+follows|reading\\s+as\\s+follows)?\\s*:\\s*$";

static const char en_repealunit_re[] = "(?xi)"
	"^(?:is|are)\\s+(?<op>repealed|deleted)\\s*[;.]?\\s*$";

static const char en_replace_re[] = "(?xi)"
	"^(?:is|are)\\s+replaced\\s+by\\s+the\\s+following\\s*:\\s*(?:[“„«\"](?<new>.*)[”“»\"]\\s*[.;]?)?\\s*$";

enum pat {
	P_INTRO, P_INTROACT, P_LIST, P_SUBSTRESP, P_SUBST, P_INSERTWORDS, P_REPEALWORDS, P_ADDWORDS,
	P_REPLACE, P_INSERTUNIT, P_ADDUNIT, P_RENUM, P_REPEALUNIT, P_REPEALACT, P_RENUMAPPOS,
	P_FR_INTRO, P_FR_SUBST, P_FR_REPEALWORDS, P_FR_REPLACE, P_FR_REPEALUNIT,
	P_EN_INTRO, P_EN_SUBST, P_EN_REPLACE, P_EN_REPEALUNIT,
	P_FR_INTROACT, P_FR_INSERTWORDS, P_FR_ADDWORDS, P_FR_INSERTUNIT, P_FR_ADDUNIT, P_FR_RENUM,
	P_EN_INTROACT, P_EN_INSERTWORDS, P_EN_REPEALWORDS, P_EN_INSERTUNIT,
	P_COUNT
};

static const struct {
	const char *re;
	bool dupnames;
} pats[P_COUNT] = {
	[P_INTRO] = { intro_re, false },
	[P_INTROACT] = { introact_re, false },
	[P_LIST] = { list_re, false },
	[P_SUBSTRESP] = { substresp_re, false },
	[P_SUBST] = { subst_re, false },
	[P_INSERTWORDS] = { insertwords_re, false },
	[P_REPEALWORDS] = { repealwords_re, false },
	[P_ADDWORDS] = { addwords_re, true },
	[P_REPLACE] = { replace_re, false },
	[P_INSERTUNIT] = { insertunit_re, false },
	[P_ADDUNIT] = { addunit_re, true },
	[P_RENUM] = { renum_re, false },
	[P_REPEALUNIT] = { repealunit_re, false },
	[P_REPEALACT] = { repealact_re, false },
	[P_RENUMAPPOS] = { renumappos_re, false },
	[P_FR_INTRO] = { fr_intro_re, false },
	[P_FR_SUBST] = { fr_subst_re, false },
	[P_FR_REPEALWORDS] = { fr_repealwords_re, false },
	[P_FR_REPLACE] = { fr_replace_re, false },
	[P_FR_REPEALUNIT] = { fr_repealunit_re, false },
	[P_EN_INTRO] = { en_intro_re, false },
	[P_EN_SUBST] = { en_subst_re, false },
	[P_EN_REPLACE] = { en_replace_re, false },
	[P_EN_REPEALUNIT] = { en_repealunit_re, false },
	[P_FR_INTROACT] = { fr_introact_re, false },
	[P_FR_INSERTWORDS] = { fr_insertwords_re, false },
	[P_FR_ADDWORDS] = { fr_addwords_re, false },
	[P_FR_INSERTUNIT] = { fr_insertunit_re, false },
	[P_FR_ADDUNIT] = { fr_addunit_re, false },
	[P_FR_RENUM] = { fr_renum_re, false },
	[P_EN_INTROACT] = { en_introact_re, false },
	[P_EN_INSERTWORDS] = { en_insertwords_re, false },
	[P_EN_REPEALWORDS] = { en_repealwords_re, false },
	[P_EN_INSERTUNIT] = { en_insertunit_re, false },
};

static pcre2_code *code[P_COUNT];
static pthread_once_t once = PTHREAD_ONCE_INIT;
static int init_rc;

static void compile_all(void)
{
	int i, err;
	PCRE2_SIZE off;

	for (i = 0; i < P_COUNT; i++) {
		uint32_t opts = PCRE2_UTF | PCRE2_UCP | (pats[i].dupnames ? PCRE2_DUPNAMES : 0);

		code[i] = pcre2_compile((PCRE2_SPTR)pats[i].re, PCRE2_ZERO_TERMINATED, opts, &err, &off, NULL);
		if (!code[i]) {
			PCRE2_UCHAR msg[256];

			pcre2_get_error_message(err, msg, sizeof(msg));
			init_rc = leges_error_set(LEGES_EINTERNAL, "formula pattern %d: %s at %zu", i,
						  (char *)msg, (size_t)off);
			return;
		}
		(void)pcre2_jit_compile(code[i], PCRE2_JIT_COMPLETE);
	}
}

int leges_formula_init(void)
{
	pthread_once(&once, compile_all);
	return init_rc;
}

void leges_formula_cleanup(void)
{
	int i;

	for (i = 0; i < P_COUNT; i++) {
		pcre2_code_free(code[i]);
		code[i] = NULL;
	}
}

struct m {
	pcre2_match_data *md;
	pcre2_code *re;
	const char *s;
};

/* Match pattern p against s (len bytes); true on a match. */
static bool match(struct m *m, enum pat p, const char *s, size_t len)
{
	int rc;

	m->re = code[p];
	m->s = s;
	pcre2_match_data_free(m->md);
	m->md = pcre2_match_data_create_from_pattern(m->re, NULL);
	if (!m->md)
		return false;
	rc = pcre2_match(m->re, (PCRE2_SPTR)s, len, 0, 0, m->md, NULL);
	return rc > 0;
}

/* Copy of group name, whitespace collapsed, or NULL when unset or empty. */
static char *grp(const struct m *m, const char *name)
{
	PCRE2_UCHAR *buf = NULL;
	PCRE2_SIZE n;
	char *out, *o;
	const char *p;
	bool sp = false;

	if (pcre2_substring_get_byname(m->md, (PCRE2_SPTR)name, &buf, &n) != 0)
		return NULL;
	out = malloc(n + 1);
	if (!out) {
		pcre2_substring_free(buf);
		return NULL;
	}
	for (p = (const char *)buf, o = out; *p; p++) {
		if (isspace((unsigned char)*p)) {
			sp = o != out;
			continue;
		}
		if (sp)
			*o++ = ' ';
		sp = false;
		*o++ = *p;
	}
	*o = '\0';
	pcre2_substring_free(buf);
	if (!*out) {
		free(out);
		return NULL;
	}
	return out;
}

static bool has(const struct m *m, const char *name)
{
	PCRE2_SIZE n;

	return pcre2_substring_length_byname(m->md, (PCRE2_SPTR)name, &n) == 0 && n > 0;
}

/* Group copied without collapsing spaces (quoted text keeps its spaces). */
static char *grp_raw(const struct m *m, const char *name)
{
	PCRE2_UCHAR *buf = NULL;
	PCRE2_SIZE n;
	char *out;

	if (pcre2_substring_get_byname(m->md, (PCRE2_SPTR)name, &buf, &n) != 0)
		return NULL;
	out = strdup((const char *)buf);
	pcre2_substring_free(buf);
	return out;
}

static bool starts_ci(const char *s, const char *w)
{
	return !strncasecmp(s, w, strlen(w));
}

/*
 * Normalise a location phrase: drop leading "het"/"de", "paragraaf N" -> "§N",
 * "punt N°" -> "N°", "punt a)" -> "a)", "§ N" -> "§N".
 */
static char *norm_loc(const char *in)
{
	char *out, *o;
	const char *p = in;

	if (!in)
		return NULL;
	out = malloc(strlen(in) + 2);
	if (!out)
		return NULL;
	o = out;
	while (*p) {
		bool word_start = p == in || p[-1] == ' ' || p[-1] == ',';

		if (word_start && starts_ci(p, "het ")) {
			p += 4;
			continue;
		}
		if (word_start && starts_ci(p, "de ") && !starts_ci(p, "de volgende")) {
			p += 3;
			continue;
		}
		if (word_start && starts_ci(p, "paragraaf ")) {
			*o++ = '\xc2';
			*o++ = '\xa7';
			p += 10;
			continue;
		}
		if (word_start && starts_ci(p, "punt ")) {
			p += 5;
			continue;
		}
		if (!strncmp(p, "§ ", 3)) {
			memcpy(o, "§", 2);
			o += 2;
			p += 3;
			continue;
		}
		*o++ = *p++;
	}
	*o = '\0';
	return out;
}

/* Split a run of quoted texts ("“a” en “b”") into out[], up to max. */
static size_t split_quotes(char **out, size_t max, const char *s)
{
	static const char *const open[] = { "“", "„", "«", "\"", NULL };
	static const char *const close[] = { "”", "“", "»", "\"", NULL };
	size_t n = 0;
	const char *p = s;

	while (*p && n < max) {
		const char *start = NULL, *end = NULL;
		int i;

		for (; *p && !start; ) {
			for (i = 0; open[i]; i++)
				if (!strncmp(p, open[i], strlen(open[i]))) {
					start = p + strlen(open[i]);
					break;
				}
			if (!start)
				p++;
		}
		if (!start)
			break;
		for (p = start; *p && !end; ) {
			for (i = 0; close[i]; i++)
				if (!strncmp(p, close[i], strlen(close[i]))) {
					end = p;
					break;
				}
			if (!end)
				p++;
		}
		if (!end)
			break;
		while (start < end && isspace((unsigned char)*start))
			start++;
		{
			const char *e = end;

			while (e > start && isspace((unsigned char)e[-1]))
				e--;
			out[n] = strndup(start, (size_t)(e - start));
			if (!out[n])
				break;
			n++;
		}
		for (i = 0; close[i]; i++)
			if (!strncmp(end, close[i], strlen(close[i]))) {
				p = end + strlen(close[i]);
				break;
			}
	}
	return n;
}

/* The local location: loc, loc2, then the named group, normalised and joined. */
static char *location(const struct m *m, const char *extra)
{
	char *a = grp(m, "loc"), *b = grp(m, "loc2"), *c = extra ? grp(m, extra) : NULL;
	char *parts[3] = { a, b, c }, *out = NULL, *n;
	size_t i, len = 1;

	if (c && (!strcasecmp(c, "het artikel") || !strcasecmp(c, "de paragraaf"))) {
		free(c);
		parts[2] = c = NULL;
	}
	for (i = 0; i < 3; i++)
		if (parts[i])
			len += strlen(parts[i]) + 2;
	if (len > 1 && (out = malloc(len))) {
		*out = '\0';
		for (i = 0; i < 3; i++)
			if (parts[i]) {
				if (*out)
					strcat(out, ", ");
				strcat(out, parts[i]);
			}
	}
	free(a);
	free(b);
	free(c);
	n = norm_loc(out);
	free(out);
	return n;
}

static int ops_nl(struct leges_formula *f, struct m *m, const char *s, size_t len)
{
	static const enum pat order[] = {
		P_LIST, P_SUBSTRESP, P_SUBST, P_INSERTWORDS, P_REPEALWORDS, P_ADDWORDS, P_REPLACE,
		P_INSERTUNIT, P_ADDUNIT, P_RENUM, P_REPEALUNIT
	};
	size_t i;

	for (i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		if (!match(m, order[i], s, len))
			continue;
		switch (order[i]) {
		case P_LIST:
			f->op = LEGES_FOP_LIST;
			break;
		case P_SUBSTRESP: {
			char *olds = grp_raw(m, "olds"), *news = grp_raw(m, "news");

			f->op = LEGES_FOP_SUBSTRESP;
			f->loc = location(m, NULL);
			if (olds)
				f->nold = split_quotes(f->old, LEGES_FORMULA_MAXQ, olds);
			if (news)
				f->nnew = split_quotes(f->new_, LEGES_FORMULA_MAXQ, news);
			free(olds);
			free(news);
			break;
		}
		case P_SUBST:
			f->op = LEGES_FOP_SUBST;
			f->loc = location(m, NULL);
			f->old[0] = grp_raw(m, "old");
			f->new_[0] = grp_raw(m, "new");
			f->nold = f->nnew = 1;
			f->telkens = has(m, "telkens") || has(m, "telkens2");
			break;
		case P_INSERTWORDS:
			f->op = LEGES_FOP_INSERTWORDS;
			f->loc = location(m, NULL);
			f->anchor = grp_raw(m, "anchor");
			f->anchor2 = grp_raw(m, "anchor2");
			f->new_[0] = grp_raw(m, "new");
			f->nnew = 1;
			f->telkens = has(m, "telkens");
			{
				char *pos = grp(m, "pos");

				f->pos = strdup(pos && (!strcasecmp(pos, "vóór") || !strcasecmp(pos, "voor"))
						? "before" : "after");
				free(pos);
			}
			break;
		case P_REPEALWORDS:
			f->op = LEGES_FOP_REPEALWORDS;
			f->loc = location(m, NULL);
			f->old[0] = grp_raw(m, "old");
			f->nold = 1;
			f->telkens = has(m, "telkens");
			break;
		case P_ADDWORDS:
			f->op = LEGES_FOP_ADDWORDS;
			f->loc = location(m, "base");
			f->new_[0] = grp_raw(m, "new");
			f->nnew = f->new_[0] ? 1 : 0;
			f->quoted_follows = !f->new_[0];
			break;
		case P_REPLACE: {
			char *formula = grp(m, "formula");

			f->op = LEGES_FOP_REPLACE;
			f->loc = location(m, "unit");
			f->new_[0] = grp_raw(m, "new");
			f->nnew = f->new_[0] ? 1 : 0;
			f->quoted_follows = !f->new_[0];
			f->fedstyle = formula && !strcasecmp(formula, "als volgt");
			free(formula);
			break;
		}
		case P_INSERTUNIT:
		case P_ADDUNIT: {
			char *pos = grp(m, "pos");

			f->op = order[i] == P_INSERTUNIT ? LEGES_FOP_INSERTUNIT : LEGES_FOP_ADDUNIT;
			f->loc = location(m, order[i] == P_ADDUNIT ? "base" : NULL);
			f->unit = grp(m, "unit");
			f->num = grp(m, "num");
			if (!f->num && has(m, "ord"))
				f->num = grp(m, "ord");
			f->anchor = grp(m, "anchor");
			f->anchor2 = grp(m, "anchor2");
			if (pos)
				f->pos = strdup(!strcasecmp(pos, "vóór") || !strcasecmp(pos, "voor") ? "before" : "after");
			f->quoted_follows = true;
			f->fedstyle = has(m, "rel_old");
			free(pos);
			break;
		}
		case P_RENUM:
			f->op = LEGES_FOP_RENUM;
			f->loc = location(m, "unit");
			{
				char *nn = grp(m, "newnum");

				free(f->newnum);	/* an appositive renumbering read before */
				f->newnum = norm_loc(nn);
				free(nn);
			}
			break;
		case P_REPEALUNIT:
			f->op = LEGES_FOP_REPEALUNIT;
			f->loc = location(m, "unit");
			break;
		default:
			break;
		}
		return 0;
	}
	return 0;
}

/* The tail after an intro: the start of group "tail" of the last match, or NULL. */
static char *tail_of(struct m *m, const char *s, size_t *tlen)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m->md);
	int n = pcre2_substring_number_from_name(m->re, (PCRE2_SPTR)"tail");

	if (n < 0 || ov[2 * n] == PCRE2_UNSET)
		return NULL;
	*tlen = ov[2 * n + 1] - ov[2 * n];
	return strndup(s + ov[2 * n], *tlen);
}

static char *pos_word(const char *w)
{
	if (!w)
		return NULL;
	return strdup(!strcasecmp(w, "avant") || !strcasecmp(w, "before") ? "before" : "after");
}

/* French and English operations on a tail (or a list item). */
static void ops_fr_en(struct leges_formula *f, struct m *m, const char *t, size_t tlen, bool en)
{
	char *p;

	if (!en && match(m, P_FR_SUBST, t, tlen)) {
		f->op = LEGES_FOP_SUBST;
		f->old[0] = grp_raw(m, "old");
		f->new_[0] = grp_raw(m, "new");
		f->nold = f->nnew = 1;
		f->telkens = has(m, "telkens");
		f->loc = grp(m, "loc");
	} else if (en && match(m, P_EN_SUBST, t, tlen)) {
		f->op = LEGES_FOP_SUBST;
		f->old[0] = grp_raw(m, "old");
		f->new_[0] = grp_raw(m, "new");
		f->nold = f->nnew = 1;
		f->telkens = has(m, "telkens");
	} else if (match(m, en ? P_EN_INSERTWORDS : P_FR_INSERTWORDS, t, tlen)) {
		f->op = LEGES_FOP_INSERTWORDS;
		f->new_[0] = grp_raw(m, "new");
		f->nnew = 1;
		f->anchor = grp_raw(m, "anchor");
		f->anchor2 = grp_raw(m, "anchor2");
		p = grp(m, "pos");
		f->pos = pos_word(p);
		free(p);
		if (!en)
			f->loc = grp(m, "loc");
	} else if (match(m, en ? P_EN_REPEALWORDS : P_FR_REPEALWORDS, t, tlen)) {
		f->op = LEGES_FOP_REPEALWORDS;
		f->old[0] = grp_raw(m, "old");
		f->nold = 1;
		if (!en)
			f->loc = grp(m, "loc");
	} else if (!en && match(m, P_FR_ADDWORDS, t, tlen)) {
		f->op = LEGES_FOP_ADDWORDS;
		f->new_[0] = grp_raw(m, "new");
		f->nnew = f->new_[0] ? 1 : 0;
		f->quoted_follows = !f->new_[0];
		f->loc = grp(m, "loc");
		if (!f->loc)
			f->loc = grp(m, "base");
	} else if (match(m, en ? P_EN_REPLACE : P_FR_REPLACE, t, tlen)) {
		f->op = LEGES_FOP_REPLACE;
		f->new_[0] = grp_raw(m, "new");
		f->nnew = f->new_[0] ? 1 : 0;
		f->quoted_follows = !f->new_[0];
		if (!en)
			f->loc = grp(m, "unit");
	} else if (match(m, en ? P_EN_INSERTUNIT : P_FR_INSERTUNIT, t, tlen)) {
		f->op = LEGES_FOP_INSERTUNIT;
		f->unit = grp(m, "unit");
		f->num = grp(m, "num");
		f->anchor = grp(m, "anchor");
		p = grp(m, "pos");
		f->pos = pos_word(p);
		free(p);
		f->quoted_follows = true;
		if (!en)
			f->loc = grp(m, "loc");
	} else if (!en && match(m, P_FR_ADDUNIT, t, tlen)) {
		f->op = LEGES_FOP_ADDUNIT;
		f->unit = grp(m, "unit");
		f->num = grp(m, "num");
		f->loc = grp(m, "loc");
		if (!f->loc)
			f->loc = grp(m, "base");
		f->quoted_follows = true;
	} else if (!en && match(m, P_FR_RENUM, t, tlen)) {
		f->op = LEGES_FOP_RENUM;
		f->loc = grp(m, "base");
		f->newnum = grp(m, "newnum");
	} else if (match(m, en ? P_EN_REPEALUNIT : P_FR_REPEALUNIT, t, tlen)) {
		f->op = LEGES_FOP_REPEALUNIT;
		if (!en)
			f->loc = grp(m, "unit");
	}
	/* French articles before a location: "l'alinéa 1er" -> "alinéa 1er" */
	if (f->loc) {
		static const char *const arts[] = { "l'", "l’", "le ", "la ", "au ", NULL };
		size_t k;

		for (k = 0; arts[k]; k++)
			if (!strncasecmp(f->loc, arts[k], strlen(arts[k]))) {
				memmove(f->loc, f->loc + strlen(arts[k]), strlen(f->loc + strlen(arts[k])) + 1);
				break;
			}
	}
	/* "l'article" in a location of the same act is not a location inside the target */
	if (f->loc && (!strcasecmp(f->loc, "article") || !strcasecmp(f->loc, "section"))) {
		free(f->loc);
		f->loc = NULL;
	}
}

static int parse_fr(struct leges_formula *f, struct m *m, const char *s, size_t len, bool item)
{
	char *t = NULL;
	size_t tlen = len;

	if (item) {
		t = strndup(s, len);
	} else if (match(m, P_FR_INTRO, s, len)) {
		f->target = grp(m, "target");
		f->act = grp(m, "act");
		f->prev = grp(m, "prev");
		t = tail_of(m, s, &tlen);
	} else if (match(m, P_FR_INTROACT, s, len)) {
		f->act = grp(m, "act");
		t = tail_of(m, s, &tlen);
	} else {
		return 0;
	}
	f->lang = LEGES_FLANG_FR;
	if (!t)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	ops_fr_en(f, m, t, tlen, false);
	free(t);
	return 0;
}

static int parse_en(struct leges_formula *f, struct m *m, const char *s, size_t len)
{
	char *t;
	size_t tlen = 0;

	if (match(m, P_EN_INTRO, s, len)) {
		f->target = grp(m, "target");
		f->act = grp(m, "act");
		f->prev = grp(m, "prev");
	} else if (match(m, P_EN_INTROACT, s, len)) {
		f->act = grp(m, "act");
	} else {
		return 0;
	}
	f->lang = LEGES_FLANG_EN;
	t = tail_of(m, s, &tlen);
	if (!t)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	ops_fr_en(f, m, t, tlen, true);
	free(t);
	return 0;
}

/* Trim the text and collapse its line breaks into spaces (XML text is wrapped). */
static char *clean(const char *text, size_t len)
{
	char *out = malloc(len + 1), *o;
	size_t i;
	bool sp = false;

	if (!out)
		return NULL;
	o = out;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)text[i];

		if (c == '\0')
			break;
		if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			sp = o != out;
			continue;
		}
		/* U+00A0 no-break space counts as a space. */
		if (c == 0xc2 && i + 1 < len && (unsigned char)text[i + 1] == 0xa0) {
			i++;
			sp = o != out;
			continue;
		}
		if (sp)
			*o++ = ' ';
		sp = false;
		*o++ = (char)c;
	}
	*o = '\0';
	return out;
}

int leges_formula_parse(struct leges_formula *out, const char *text, size_t len, bool item)
{
	struct m m = { 0 };
	char *s = NULL;
	size_t slen;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = leges_formula_init();
	if (rc)
		return rc;
	s = clean(text, len);
	if (!s)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	slen = strlen(s);

	if (!item && match(&m, P_REPEALACT, s, slen)) {
		out->op = LEGES_FOP_REPEALACT;
		out->act = grp(&m, "act");
		out->prev = grp(&m, "prev");
		goto done;
	}

	/* RENUMAPPOS: ", dat het eerste lid wordt," is a renumbering; strip it. */
	if (match(&m, P_RENUMAPPOS, s, slen)) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m.md);
		char *nn = grp(&m, "newnum");

		out->newnum = norm_loc(nn);
		free(nn);
		s[ov[0]] = ' ';
		memmove(s + ov[0] + 1, s + ov[1], slen - ov[1] + 1);
		slen = strlen(s);
	}

	if (item) {
		rc = ops_nl(out, &m, s, slen);
		if (!rc && out->op == LEGES_FOP_NONE)
			rc = parse_fr(out, &m, s, slen, true);
		goto done;
	}
	if (match(&m, P_INTRO, s, slen) || match(&m, P_INTROACT, s, slen)) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(m.md);
		int n = pcre2_substring_number_from_name(m.re, (PCRE2_SPTR)"tail");
		char *tail;
		size_t tlen;

		out->target = m.re == code[P_INTRO] ? grp(&m, "target") : NULL;
		out->act = grp(&m, "act");
		out->prev = grp(&m, "prev");
		tlen = ov[2 * n + 1] - ov[2 * n];
		tail = strndup(s + ov[2 * n], tlen);
		if (!tail) {
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			goto done;
		}
		rc = ops_nl(out, &m, tail, tlen);
		free(tail);
		goto done;
	}
	rc = parse_fr(out, &m, s, slen, false);
	if (!rc && out->op == LEGES_FOP_NONE && !out->target)
		rc = parse_en(out, &m, s, slen);
done:
	if (out->op == LEGES_FOP_NONE && out->lang == LEGES_FLANG_NL) {
		free(out->newnum);
		out->newnum = NULL;
	}
	pcre2_match_data_free(m.md);
	free(s);
	return rc;
}

void leges_formula_release(struct leges_formula *f)
{
	size_t i;

	free(f->target);
	free(f->act);
	free(f->prev);
	free(f->loc);
	free(f->unit);
	free(f->num);
	free(f->pos);
	free(f->anchor);
	free(f->anchor2);
	free(f->newnum);
	for (i = 0; i < LEGES_FORMULA_MAXQ; i++) {
		free(f->old[i]);
		free(f->new_[i]);
	}
	memset(f, 0, sizeof(*f));
}

const char *leges_formula_op_name(enum leges_formula_op op)
{
	static const char *const names[] = {
		"none", "list", "subst", "substresp", "insertwords", "repealwords", "addwords",
		"replace", "insertunit", "addunit", "renum", "repealunit", "repealact"
	};

	return (size_t)op < sizeof(names) / sizeof(names[0]) ? names[op] : "none";
}

size_t leges_formula_date(char out[11], const char *s)
{
	static const char *const months[][12] = {
		{ "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
		  "oktober", "november", "december" },
		{ "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
		  "octobre", "novembre", "décembre" },
		{ "january", "february", "march", "april", "may", "june", "july", "august", "september",
		  "october", "november", "december" },
	};
	const char *p = s;
	int d = 0, y = 0, mo = -1, l, i;

	if (!isdigit((unsigned char)*p))
		return 0;
	while (isdigit((unsigned char)*p) && d < 100)
		d = d * 10 + (*p++ - '0');
	if (!strncmp(p, "er", 2))
		p += 2;
	if (*p != ' ' || d < 1 || d > 31)
		return 0;
	p++;
	for (l = 0; l < 3 && mo < 0; l++)
		for (i = 0; i < 12; i++) {
			size_t n = strlen(months[l][i]);

			if (!strncasecmp(p, months[l][i], n) && p[n] == ' ') {
				mo = i;
				p += n + 1;
				break;
			}
		}
	if (mo < 0 || !isdigit((unsigned char)p[0]) || !isdigit((unsigned char)p[1]) ||
	    !isdigit((unsigned char)p[2]) || !isdigit((unsigned char)p[3]) || isdigit((unsigned char)p[4]))
		return 0;
	for (i = 0; i < 4; i++)
		y = y * 10 + (p[i] - '0');
	snprintf(out, 11, "%04d-%02d-%02d", y, mo + 1, d);
	return (size_t)(p + 4 - s);
}
