/*
 * verdict.js - injected by tests/browser.sh into a copy of a page leges wrote.
 * It checks the page from the DOM and writes one line into
 * <pre id="leges-verdict">: "ok ..." or the first problems found.  It must
 * not write to the console: any console message fails the page.
 */
(function () {
	"use strict";
	var problems = [];
	var i, a, id, target;
	var toc = document.querySelectorAll("nav.toc a[href]");
	var links = document.querySelectorAll("a[href^='#']");
	var all = document.querySelectorAll("[id]");
	var seen = {};
	var headings = document.querySelectorAll("h1, h2, h3, h4, h5, h6");
	var prev = 0, level;

	function idOf(href) {
		try {
			return decodeURIComponent(href.slice(1));
		} catch (e) {
			return href.slice(1);
		}
	}
	for (i = 0; i < toc.length; i++) {
		a = toc[i].getAttribute("href");
		if (a.charAt(0) !== "#" || !document.getElementById(idOf(a)))
			problems.push("contents link " + a + " reaches nothing");
	}
	for (i = 0; i < links.length; i++) {
		a = links[i].getAttribute("href");
		if (a === "#")
			continue;
		target = document.getElementById(idOf(a));
		if (!target)
			problems.push("link " + a + " reaches nothing");
	}
	for (i = 0; i < all.length; i++) {
		id = all[i].id;
		if (id === "leges-verdict")
			continue;
		if (seen[id])
			problems.push("id " + id + " is not unique");
		seen[id] = true;
	}
	if (document.querySelectorAll("h1").length !== 1)
		problems.push(document.querySelectorAll("h1").length + " h1 elements (want 1)");
	for (i = 0; i < headings.length; i++) {
		level = Number(headings[i].tagName.charAt(1));
		if (level > prev + 1)
			problems.push("heading " + headings[i].tagName + " '" +
				      headings[i].textContent.trim().slice(0, 30) + "' skips a level after h" + prev);
		prev = level;
	}
	if (!document.documentElement.getAttribute("lang"))
		problems.push("<html> has no lang");
	if (!document.title)
		problems.push("no <title>");

	var out = document.createElement("pre");
	out.id = "leges-verdict";
	out.textContent = problems.length ?
		"FAIL " + problems.length + " problems: " + problems.slice(0, 5).join("; ") :
		"ok: " + toc.length + " contents links and " + links.length + " internal links resolve, " +
		all.length + " unique ids, " + headings.length + " headings in order";
	document.body.appendChild(out);
})();
