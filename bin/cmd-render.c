/*
 * cmd-render.c - leges render FILE --to html|pdf|fo: publishable text (DESIGN 8).
 *
 * The document is read by parser/ (safe loading), then transformed in-process
 * by the embedded stylesheets: akn-html.xsl for HTML5 (with leges.css inline),
 * akn-fo.xsl for XSL-FO.  A PDF is the FO run through Apache FOP, found with
 * --fop, $LEGES_FOP, the path found by configure, or $PATH; FOP gets the
 * embedded fop.xconf, which embeds the DejaVu fonts.  Pre-standard AKN
 * namespaces (CSD, WD, 2.0) are mapped to the 3.0 namespace first, since the
 * element names are the same.
 */
#include "config.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <libxml/hash.h>
#include <libxml/tree.h>

#include "bin/leges.h"
#include "parser/error.h"
#include "parser/load.h"
#include "parser/model.h"
#include "transform/consolidate.h"
#include "transform/xslt.h"

/* From cmd-consolidate.c: open BASE and the amending acts, or print why not and return the exit code. */
int leges_open_set(struct leges_doc **base, struct leges_doc ***acts, int n, char **paths);
void leges_close_set(struct leges_doc *base, struct leges_doc **acts, int n);

enum target { TO_HTML, TO_FO, TO_PDF };

static void help(FILE *out)
{
	fputs("usage: leges render [options] FILE [--to html|pdf|fo] [-o OUT]\n"
	      "       leges render [options] BASE AMENDING... --at DATE\n\n"
	      "Render an Akoma Ntoso document as an HTML5 page, XSL-FO or PDF; with amending\n"
	      "acts, render the base as consolidated on DATE (as 'leges consolidate' does).\n\n"
	      "  -t, --to FORMAT          html (default), pdf or fo\n"
	      "  -o, --output FILE        write to FILE (atomically; default standard output)\n"
	      "      --lang LANG          labels in nl, fr or en (default: the document's language)\n"
	      "      --css FILE           add this CSS after leges.css (html)\n"
	      "      --at DATE            the text in force on DATE (YYYY-MM-DD): BASE consolidated\n"
	      "                           with the AMENDING acts, or FILE already consolidated\n"
	      "                           (contains=\"singleVersion\", not dated after DATE)\n"
	      "      --resolver URL       link other AKN IRIs as URL followed by the IRI\n"
	      "      --fop PATH           the Apache FOP command for --to pdf\n"
	      "      --max-size BYTES     refuse larger inputs (default 256M)\n"
	      "  -h, --help               this text\n\n"
	      "Exit: 0 written, 1 written but a modification in force could not be applied,\n"
	      "2 usage (or no FOP for --to pdf), 3 unreadable or not well-formed input,\n"
	      "4 internal error.\n", out);
}

/* Read a whole file into a NUL-terminated buffer. */
static int slurp(char **out, size_t *len, const char *path)
{
	FILE *fp = fopen(path, "rb");
	char *buf = NULL;
	size_t n = 0, cap = 0;

	*out = NULL;
	if (!fp)
		return leges_error_set(LEGES_EIO, "cannot open '%s': %s", path, strerror(errno));
	for (;;) {
		size_t got;

		if (cap - n < 4096) {
			char *b = realloc(buf, cap ? cap * 2 : 8192);

			if (!b) {
				free(buf);
				fclose(fp);
				return leges_error_set(LEGES_ENOMEM, "out of memory");
			}
			buf = b;
			cap = cap ? cap * 2 : 8192;
		}
		got = fread(buf + n, 1, cap - n - 1, fp);
		n += got;
		if (got == 0)
			break;
	}
	if (ferror(fp)) {
		free(buf);
		fclose(fp);
		return leges_error_set(LEGES_EIO, "cannot read '%s': %s", path, strerror(errno));
	}
	fclose(fp);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

static bool valid_date(const char *s)
{
	int i;

	for (i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !isdigit((unsigned char)s[i]))
			return false;
	return s[10] == '\0' && strncmp(s + 5, "13", 2) < 0 && strncmp(s + 5, "00", 2) > 0 &&
	       strncmp(s + 8, "32", 2) < 0 && strncmp(s + 8, "00", 2) > 0;
}

/* Put every element of a pre-standard AKN namespace (old; NULL: none) into the 3.0 namespace. */
static int to_akn30(xmlNode *root, const char *old)
{
	xmlNs *ns = xmlNewNs(root, (const xmlChar *)LEGES_NS_AKN30, (const xmlChar *)"leges-akn30");
	xmlNode *n = root;

	if (!ns)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	while (n) {
		if (n->type == XML_ELEMENT_NODE &&
		    (old ? n->ns && n->ns->href && !strcmp((const char *)n->ns->href, old) : !n->ns))
			n->ns = ns;
		if (n->type == XML_ELEMENT_NODE && n->children) {
			n = n->children;
			continue;
		}
		while (n && n != root && !n->next)
			n = n->parent;
		if (!n || n == root)
			break;
		n = n->next;
	}
	return 0;
}

static const char *attr(xmlNode *n, const char *name)
{
	xmlAttr *a;

	for (a = n ? n->properties : NULL; a; a = a->next)
		if (!strcmp((const char *)a->name, name) && a->children && a->children->type == XML_TEXT_NODE)
			return (const char *)a->children->content;
	return NULL;
}

/* The next element of a depth-first walk below root, or NULL. */
static xmlNode *walk_next(xmlNode *n, xmlNode *root)
{
	if (n->type == XML_ELEMENT_NODE && n->children)
		return n->children;
	while (n && n != root && !n->next)
		n = n->parent;
	return n && n != root ? n->next : NULL;
}

static bool in_meta(const xmlNode *n)
{
	for (; n && n->type == XML_ELEMENT_NODE; n = n->parent)
		if (!strcmp((const char *)n->name, "meta"))
			return true;
	return false;
}

/*
 * Prepare the tree for the stylesheets, so that they need no lookup per
 * element (DESIGN 8: linear):
 * - AKN 1.0/2.0 "id" becomes "eId";
 * - a repeated eId (a defect leges check reports as STR121) is renamed on all
 *   but its first element, which keeps it as its HTML or FO id;
 * - a ref, a or rref whose "#eId" names no element of the text gets
 *   leges-unresolved="1", so that it is shown but not linked.
 */
static int prepare(xmlNode *root, bool id_is_eid)
{
	xmlHashTablePtr seen;
	size_t elements = 0;
	xmlNode *n;
	int rc = 0;

	/*
	 * Sized for every element up front: a libxml2 2.9 table that starts
	 * small stops growing at 4,096 buckets, and its chains then grow with
	 * the act (bench/README.md).
	 */
	for (n = root; n; n = walk_next(n, root))
		elements += n->type == XML_ELEMENT_NODE;
	seen = xmlHashCreate(elements < 256 ? 256 : elements > (1 << 24) ? 1 << 24 : (int)elements);
	if (!seen)
		return leges_error_set(LEGES_ENOMEM, "out of memory");
	for (n = root; n && !rc; n = walk_next(n, root)) {
		if (n->type == XML_ELEMENT_NODE) {
			xmlAttr *a, *eid = NULL, *id = NULL;

			for (a = n->properties; a; a = a->next)
				if (!a->ns && !strcmp((const char *)a->name, "eId"))
					eid = a;
				else if (!a->ns && !strcmp((const char *)a->name, "id"))
					id = a;
			if (!eid && id && id_is_eid) {
				xmlNodeSetName((xmlNode *)id, (const xmlChar *)"eId");
				eid = id;
			}
			if (eid && eid->children && eid->children->type == XML_TEXT_NODE && eid->children->content) {
				const xmlChar *v = eid->children->content;

				if (xmlHashLookup(seen, v))
					xmlNodeSetName((xmlNode *)eid, (const xmlChar *)"leges-repeated-eId");
				else if (xmlHashAddEntry(seen, v, n) < 0)
					rc = leges_error_set(LEGES_ENOMEM, "out of memory");
			}
		}
	}
	for (n = root; n && !rc; n = walk_next(n, root)) {
		const char *name = (const char *)n->name, *href;
		xmlNode *target;

		if (n->type != XML_ELEMENT_NODE || (strcmp(name, "ref") && strcmp(name, "a") && strcmp(name, "rref")))
			continue;
		href = attr(n, strcmp(name, "rref") ? "href" : "from");
		while (href && (*href == ' ' || *href == '\t' || *href == '\n'))
			href++;
		if (!href || *href != '#')
			continue;
		target = xmlHashLookup(seen, (const xmlChar *)href + 1);
		if ((!target || in_meta(target)) && !xmlSetProp(n, (const xmlChar *)"leges-unresolved", (const xmlChar *)"1"))
			rc = leges_error_set(LEGES_ENOMEM, "out of memory");
	}
	xmlHashFree(seen, NULL);
	return rc;
}


/* The first child element of n called name, or NULL. */
static xmlNode *child(xmlNode *n, const char *name)
{
	for (n = n ? n->children : NULL; n; n = n->next)
		if (n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name))
			return n;
	return NULL;
}

/* The FOP command: --fop, $LEGES_FOP, configure's, or "fop" on $PATH; NULL if none runs. */
static char *find_fop(const char *given)
{
	const char *path = getenv("PATH");
	const char *env = getenv("LEGES_FOP");

	if (given)
		return access(given, X_OK) == 0 ? strdup(given) : NULL;
	if (env && *env)
		return access(env, X_OK) == 0 ? strdup(env) : NULL;
	if (*LEGES_FOP_PATH && access(LEGES_FOP_PATH, X_OK) == 0)
		return strdup(LEGES_FOP_PATH);
	while (path && *path) {
		size_t n = strcspn(path, ":");
		char buf[4096];

		if (n && n < sizeof(buf) - 5) {
			snprintf(buf, sizeof(buf), "%.*s/fop", (int)n, path);
			if (access(buf, X_OK) == 0)
				return strdup(buf);
		}
		path += n + (path[n] ? 1 : 0);
	}
	return NULL;
}

static int write_file(const char *path, const char *data, size_t len)
{
	FILE *fp = fopen(path, "wb");

	if (!fp || fwrite(data, 1, len, fp) != len) {
		if (fp)
			fclose(fp);
		return leges_error_set(LEGES_EIO, "cannot write '%s': %s", path, strerror(errno));
	}
	if (fclose(fp) == EOF)
		return leges_error_set(LEGES_EIO, "cannot write '%s': %s", path, strerror(errno));
	return 0;
}

/* Run FOP on fo (a file in dir) into pdf; its messages go to dir/fop.log, shown on failure. */
static int run_fop(const char *fop, const char *dir, const char *fo, const char *conf, const char *pdf)
{
	char log[PATH_MAX + 16], *text = NULL;
	size_t len = 0;
	int status;
	pid_t pid;

	snprintf(log, sizeof(log), "%s/fop.log", dir);
	pid = fork();
	if (pid < 0)
		return leges_error_set(LEGES_EINTERNAL, "cannot start '%s': %s", fop, strerror(errno));
	if (pid == 0) {
		FILE *fp = freopen(log, "w", stderr);

		if (!fp || !freopen("/dev/null", "w", stdout) || !freopen("/dev/null", "r", stdin))
			_exit(127);
		execl(fop, fop, "-q", "-c", conf, "-fo", fo, "-pdf", pdf, (char *)NULL);
		fprintf(stderr, "cannot run %s: %s\n", fop, strerror(errno));
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return leges_error_set(LEGES_EINTERNAL, "cannot wait for '%s': %s", fop, strerror(errno));
	if (WIFEXITED(status) && WEXITSTATUS(status) == 0 && access(pdf, R_OK) == 0)
		return 0;
	/* FOP's first error says what is wrong; a Java stack trace follows it. */
	if (slurp(&text, &len, log) == 0) {
		char *err = strstr(text, "[ERROR]");
		size_t n;

		if (!err)
			err = len > 400 ? text + len - 400 : text;
		n = strcspn(err, "\n");
		memmove(text, err, n < 400 ? n : 400);
		text[n < 400 ? n : 400] = '\0';
	}
	leges_error_set(LEGES_EINTERNAL, "FOP ('%s') failed: %s", fop, text && *text ? text : "no message");
	free(text);
	return LEGES_EINTERNAL;
}

/* FO -> PDF through FOP in a private temporary directory; the PDF bytes go to out. */
static int fo_to_pdf(const char *fop, const struct leges_xslt *x, xmlDocPtr fo, FILE *out)
{
	const char *tmpdir = getenv("TMPDIR");
	char dir[PATH_MAX], fopath[PATH_MAX + 16], confpath[PATH_MAX + 16], pdfpath[PATH_MAX + 16];
	char logpath[PATH_MAX + 16];
	const char *conf;
	size_t conflen, len = 0;
	char *pdf = NULL;
	FILE *fp;
	int rc;

	if (!tmpdir || !*tmpdir || strlen(tmpdir) > PATH_MAX - 32)
		tmpdir = "/tmp";
	snprintf(dir, sizeof(dir), "%s/leges-render-XXXXXX", tmpdir);
	if (!mkdtemp(dir))
		return leges_error_set(LEGES_EIO, "cannot create a temporary directory: %s", strerror(errno));
	snprintf(fopath, sizeof(fopath), "%s/in.fo", dir);
	snprintf(confpath, sizeof(confpath), "%s/fop.xconf", dir);
	snprintf(pdfpath, sizeof(pdfpath), "%s/out.pdf", dir);
	snprintf(logpath, sizeof(logpath), "%s/fop.log", dir);
	conf = leges_embedded_file("fop.xconf", &conflen);
	if (!conf) {
		rc = leges_error_set(LEGES_EINTERNAL, "fop.xconf is not built in");
		goto out;
	}
	if ((rc = write_file(confpath, conf, conflen)))
		goto out;
	fp = fopen(fopath, "wb");
	if (!fp) {
		rc = leges_error_set(LEGES_EIO, "cannot write '%s': %s", fopath, strerror(errno));
		goto out;
	}
	rc = leges_xslt_save(x, fo, fp);
	if (fclose(fp) == EOF && !rc)
		rc = leges_error_set(LEGES_EIO, "cannot write '%s': %s", fopath, strerror(errno));
	if (rc)
		goto out;
	if ((rc = run_fop(fop, dir, fopath, confpath, pdfpath)))
		goto out;
	if ((rc = slurp(&pdf, &len, pdfpath)))
		goto out;
	if (fwrite(pdf, 1, len, out) != len)
		rc = leges_error_set(LEGES_EIO, "cannot write the PDF: %s", strerror(errno));
out:
	free(pdf);
	unlink(fopath);
	unlink(confpath);
	unlink(pdfpath);
	unlink(logpath);
	rmdir(dir);
	return rc;
}

static void print_load_errors(const struct leges_input *in)
{
	size_t i;

	for (i = 0; i < in->nerrs; i++)
		if (in->errs[i].kind == LEGES_XMLERR_FATAL) {
			fprintf(stderr, "%s:%lu:%lu: error: %s\n", in->path, in->errs[i].line, in->errs[i].col,
				in->errs[i].message);
			return;
		}
	leges_die_msg("%s: not well-formed", in->path);
}

int cmd_render(int argc, char **argv)
{
	enum { OPT_LANG = 256, OPT_CSS, OPT_AT, OPT_RESOLVER, OPT_FOP, OPT_MAXSIZE };
	static const struct option longopts[] = {
		{ "to", required_argument, NULL, 't' },
		{ "output", required_argument, NULL, 'o' },
		{ "lang", required_argument, NULL, OPT_LANG },
		{ "css", required_argument, NULL, OPT_CSS },
		{ "at", required_argument, NULL, OPT_AT },
		{ "resolver", required_argument, NULL, OPT_RESOLVER },
		{ "fop", required_argument, NULL, OPT_FOP },
		{ "max-size", required_argument, NULL, OPT_MAXSIZE },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const char *to = "html", *output = NULL, *lang = "", *css_file = NULL, *at = "", *resolver = "";
	const char *fop_given = NULL, *params[16], *sheet, *base_css, *version, *path;
	struct leges_doc *base = NULL, **acts = NULL;
	struct leges_consolidation cons = { 0 };
	xmlDocPtr xml = NULL;
	int nfiles = 0;
	struct leges_load_opts lopts = { 0 };
	struct leges_input *in = NULL;
	struct leges_output out = { 0 };
	const struct leges_xslt *x = NULL;
	char *user_css = NULL, *css = NULL, *fop = NULL;
	size_t user_len = 0, base_len = 0, np = 0;
	xmlDocPtr result = NULL;
	xmlNode *root, *docel = NULL;
	enum leges_dialect dialect;
	enum target target;
	bool out_open = false;
	int c, rc = 0, exit_code = LEGES_EXIT_OK;

#if defined(M_MXFAST)
	/*
	 * A render builds and frees three large trees (input, result, FO) of
	 * small nodes; with glibc's fast bins every large free first
	 * consolidates them all, which costs a fifth of the run on a large act.
	 */
	mallopt(M_MXFAST, 0);
#endif
	optind = 1;
	while ((c = getopt_long(argc, argv, "t:o:h", longopts, NULL)) != -1) {
		switch (c) {
		case 't': to = optarg; break;
		case 'o': output = optarg; break;
		case OPT_LANG: lang = optarg; break;
		case OPT_CSS: css_file = optarg; break;
		case OPT_AT: at = optarg; break;
		case OPT_RESOLVER: resolver = optarg; break;
		case OPT_FOP: fop_given = optarg; break;
		case OPT_MAXSIZE: {
			char *end;
			unsigned long long v;

			errno = 0;
			v = strtoull(optarg, &end, 10);
			if (*end == 'k' || *end == 'K')
				v <<= 10, end++;
			else if (*end == 'm' || *end == 'M')
				v <<= 20, end++;
			else if (*end == 'g' || *end == 'G')
				v <<= 30, end++;
			if (errno || *end || !v || end == optarg) {
				leges_die_msg("render: bad size '%s'", optarg);
				return LEGES_EXIT_USAGE;
			}
			lopts.max_size = (size_t)v;
			break;
		}
		case 'h': help(stdout); return LEGES_EXIT_OK;
		default: help(stderr); return LEGES_EXIT_USAGE;
		}
	}
	if (!strcmp(to, "html"))
		target = TO_HTML;
	else if (!strcmp(to, "fo"))
		target = TO_FO;
	else if (!strcmp(to, "pdf"))
		target = TO_PDF;
	else {
		leges_die_msg("render: unknown format '%s' (use html, pdf or fo)", to);
		return LEGES_EXIT_USAGE;
	}
	if (*lang && strcmp(lang, "nl") && strcmp(lang, "fr") && strcmp(lang, "en")) {
		leges_die_msg("render: --lang takes nl, fr or en, not '%s'", lang);
		return LEGES_EXIT_USAGE;
	}
	if (*at && !valid_date(at)) {
		leges_die_msg("render: --at takes a date as YYYY-MM-DD, not '%s'", at);
		return LEGES_EXIT_USAGE;
	}
	if (optind >= argc) {
		leges_die_msg("render: no file given; see 'leges render --help'");
		return LEGES_EXIT_USAGE;
	}
	nfiles = argc - optind;
	if (nfiles > 1 && !*at) {
		leges_die_msg("render: amending acts are applied to '%s' at a date: give --at DATE", argv[optind]);
		return LEGES_EXIT_USAGE;
	}
	if (target == TO_PDF) {
		fop = find_fop(fop_given);
		if (!fop) {
			if (fop_given)
				leges_die_msg("render: cannot run FOP '%s'", fop_given);
			else
				leges_die_msg("render: --to pdf needs Apache FOP, which was not found: install it "
					      "(Debian: apt-get install fop) or name it with --fop; --to fo "
					      "writes the XSL-FO without it");
			return LEGES_EXIT_USAGE;
		}
	}
	if (css_file) {
		rc = slurp(&user_css, &user_len, css_file);
		if (rc) {
			leges_die_msg("%s", leges_error_message(rc));
			exit_code = LEGES_EXIT_USAGE;
			goto out;
		}
	}

	path = argv[optind];
	if (nfiles > 1) {
		/* BASE AMENDING... --at DATE: consolidate first (leges consolidate), then render that. */
		exit_code = leges_open_set(&base, &acts, nfiles, argv + optind);
		if (exit_code)
			goto out;
		if ((rc = leges_consolidate(&cons, base, acts, (size_t)nfiles - 1, at, LEGES_CONSOLIDATE_IN_PLACE)))
			goto fail;
		xml = cons.out;
	} else {
		rc = leges_load_file(&in, path, &lopts);
		if (rc == LEGES_EPARSE) {
			print_load_errors(in);
			exit_code = LEGES_EXIT_INPUT;
			goto out;
		}
		if (rc)
			goto fail;
		xml = in->xml;
	}
	root = xmlDocGetRootElement(xml);
	dialect = leges_dialect_of(root && root->ns ? (const char *)root->ns->href : NULL);
	if (!root || strcmp((const char *)root->name, "akomaNtoso") || dialect == LEGES_DIALECT_UNKNOWN) {
		leges_die_msg("%s:%ld: not an Akoma Ntoso document (the root element is '%s')", path,
			      root ? xmlGetLineNo(root) : 1L, root ? (const char *)root->name : "none");
		exit_code = LEGES_EXIT_INPUT;
		goto out;
	}
	if (dialect != LEGES_DIALECT_AKN30 && (rc = to_akn30(root, root->ns ? (const char *)root->ns->href : NULL)))
		goto fail;
	if ((rc = prepare(root, dialect == LEGES_DIALECT_AKN20 || dialect == LEGES_DIALECT_AKN10)))
		goto fail;
	for (docel = root->children; docel && docel->type != XML_ELEMENT_NODE; docel = docel->next)
		;
	if (!docel) {
		leges_die_msg("%s:%ld: the akomaNtoso element holds no document", path, xmlGetLineNo(root));
		exit_code = LEGES_EXIT_INPUT;
		goto out;
	}
	if (*at && nfiles == 1) {
		const char *contains = attr(docel, "contains");

		/* --at without amending acts: the input must already be the text at a date. */
		if (!contains || strcmp(contains, "singleVersion")) {
			leges_die_msg("render: --at %s needs a consolidated expression (contains=\"singleVersion\"); "
				      "'%s' is %s", at, path,
				      contains ? contains : "an original version (no 'contains' attribute)");
			exit_code = LEGES_EXIT_USAGE;
			goto out;
		}
		/* A version cannot show the text of a date before it. */
		version = attr(child(child(child(child(docel, "meta"), "identification"), "FRBRExpression"), "FRBRdate"),
			       "date");
		if (version && strncmp(at, version, 10) < 0) {
			leges_die_msg("render: '%s' is the text as of %s, later than --at %s; render an earlier "
				      "version", path, version, at);
			exit_code = LEGES_EXIT_USAGE;
			goto out;
		}
	}

	base_css = leges_embedded_file("leges.css", &base_len);
	css = malloc(base_len + user_len + 2);
	if (!css || !base_css) {
		rc = leges_error_set(base_css ? LEGES_ENOMEM : LEGES_EINTERNAL, "%s",
				     base_css ? "out of memory" : "leges.css is not built in");
		goto fail;
	}
	memcpy(css, base_css, base_len);
	css[base_len] = '\0';
	if (user_css) {
		css[base_len] = '\n';
		memcpy(css + base_len + 1, user_css, user_len);
		css[base_len + 1 + user_len] = '\0';
	}

	sheet = target == TO_HTML ? "akn-html.xsl" : "akn-fo.xsl";
	if ((rc = leges_xslt_get(&x, sheet)))
		goto fail;
	if (target == TO_HTML) {
		params[np++] = "css";
		params[np++] = css;
	}
	params[np++] = "lang";
	params[np++] = lang;
	params[np++] = "at";
	params[np++] = at;
	params[np++] = "resolver";
	params[np++] = resolver;
	params[np] = NULL;
	if ((rc = leges_xslt_run(x, xml, params, &result)))
		goto fail;

	if ((rc = leges_output_open(&out, output)))
		goto fail;
	out_open = true;
	if (target == TO_PDF)
		rc = fo_to_pdf(fop, x, result, out.fp);
	else if (target == TO_HTML)
		rc = leges_xslt_save_html5(result, out.fp);
	else
		rc = leges_xslt_save(x, result, out.fp);
	if (rc)
		goto fail;
	out_open = false;
	if ((rc = leges_output_commit(&out)))
		goto fail;
	if (cons.failed) {
		/* As leges consolidate: the text is written, and exit 1 says it is not the whole story. */
		leges_die_msg("render: %zu modifications in force on %s could not be applied; see 'leges "
			      "consolidate --report'", cons.failed, at);
		exit_code = LEGES_EXIT_FINDINGS;
	}
	goto out;

fail:
	if (out_open)
		leges_output_abort(&out);
	leges_die_msg("%s", leges_error_message(rc));
	exit_code = leges_error_exit_code(rc);
out:
	xmlFreeDoc(result);
	leges_input_free(in);
	leges_consolidation_release(&cons);
	if (nfiles > 1)
		leges_close_set(base, acts, nfiles);
	free(user_css);
	free(css);
	free(fop);
	return exit_code;
}
