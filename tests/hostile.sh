#!/bin/sh
# hostile.sh - inputs built to hurt: each is answered with exit 3 and one line,
# no crash, no file read, in bounded time and memory.
. "$top_srcdir/tests/lib.sh"

secret=$tmp/secret.txt
echo "SECRET-CONTENT" > "$secret"

# Billion laughs.
{
	echo '<?xml version="1.0"?>'
	echo '<!DOCTYPE lolz ['
	echo ' <!ENTITY lol "lol">'
	i=1
	prev=lol
	while [ $i -le 9 ]; do
		printf ' <!ENTITY lol%d "' $i
		j=0
		while [ $j -lt 10 ]; do printf '&%s;' $prev; j=$((j + 1)); done
		echo '">'
		prev=lol$i
		i=$((i + 1))
	done
	echo ']>'
	echo '<lolz>&lol9;</lolz>'
} > "$tmp/billion-laughs.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY x SYSTEM "file://%s">]>\n<a>&x;</a>\n' "$secret" > "$tmp/xxe.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE a SYSTEM "file://%s">\n<a/>\n' "$secret" > "$tmp/external-dtd.xml"
awk 'BEGIN { for (i = 0; i < 10000; i++) printf "<a>"; for (i = 0; i < 10000; i++) printf "</a>"; print "" }' > "$tmp/deep.xml"
printf '<akomaNtoso>\n<p>caf\303\050</p>\n</akomaNtoso>\n' > "$tmp/invalid-utf8.xml"
head -c 700 "$top_srcdir/corpus/drafts/ontwerpdecreet-digitale-toegankelijkheid.xml" > "$tmp/truncated.xml"
: > "$tmp/empty.xml"
printf '\177ELF\002\001\001\000\000\000\000\000' > "$tmp/binary.xml"
head -c 2048 /dev/zero >> "$tmp/binary.xml"
# 3 MiB of valid XML against a 1 MiB limit.
awk 'BEGIN { print "<a>"; for (i = 0; i < 60000; i++) print "<p>0123456789012345678901234567890123456789012</p>"; print "</a>" }' > "$tmp/big.xml"

run() { # run FILE [ARGS...]: leges check with a time limit (and a memory limit when not sanitised)
	f=$1
	shift
	(
		case "${LEGES_SANITIZED:-no}" in no) ulimit -v 1048576 ;; esac
		if command -v timeout > /dev/null; then
			exec timeout 20 "$LEGES" check --color never --ignore AKN003 "$@" "$f"
		else
			exec "$LEGES" check --color never --ignore AKN003 "$@" "$f"
		fi
	) > "$tmp/out" 2> "$tmp/err"
}

for name in billion-laughs xxe external-dtd deep invalid-utf8 truncated empty binary; do
	f=$tmp/$name.xml
	run "$f"
	rc=$?
	lines=$(cat "$tmp/out" "$tmp/err" | wc -l)
	if [ "$rc" -ne 3 ]; then
		not_ok "$name: exit $rc, want 3"
		sed 's/^/#   /' "$tmp/out" "$tmp/err"
	elif [ "$lines" -ne 1 ]; then
		not_ok "$name: $lines lines of output, want one"
		sed 's/^/#   /' "$tmp/out" "$tmp/err"
	elif ! grep -Eq "^$f:[0-9]+:[0-9]+: error: .* \[AKN001 not-well-formed\]$" "$tmp/out"; then
		not_ok "$name: not a file:line:column AKN001 line: $(cat "$tmp/out" "$tmp/err")"
	else
		ok "$name: exit 3, $(sed "s|^$tmp/||" "$tmp/out")"
	fi
	grep -q SECRET-CONTENT "$tmp/out" "$tmp/err" && not_ok "$name: the secret file's content leaked"
done

run "$tmp/big.xml" --max-size 1M
rc=$?
if [ "$rc" -eq 3 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "over the size limit" "$tmp/err"; then
	ok "over the size limit: exit 3, $(cat "$tmp/err")"
else
	not_ok "over the size limit: exit $rc: $(cat "$tmp/out" "$tmp/err")"
fi

# No file is opened but the ones named (and the schema): strace shows it, where strace works.
if command -v strace > /dev/null && strace -f -e trace=none true 2> /dev/null; then
	for name in xxe external-dtd; do
		strace -f -e trace=open,openat -o "$tmp/trace" "$LEGES" check "$tmp/$name.xml" > /dev/null 2>&1
		if grep -q "secret.txt" "$tmp/trace"; then
			not_ok "$name: leges opened the file named by the entity or DTD"
		else
			ok "$name: the file it names was never opened"
		fi
	done
else
	echo "# strace is not usable here: the open() check is left to the content check above"
fi
finish
