/*
 * capitals.h - words in capitals (TXT414) and abbreviations used without
 * being defined (TXT451) share one scan: a token in capitals is a word
 * written in capitals when it stands next to another one ("HET AGENTSCHAP")
 * or the same word appears in lower case elsewhere; otherwise it is an
 * abbreviation, which must be defined ("hierna VLAIO te noemen", "(VLAIO)",
 * a definition) or be one everybody knows (EU, BTW, NUMAC ...).
 */
#ifndef LEGES_CAPITALS_H
#define LEGES_CAPITALS_H

#include "checks/engine.h"

enum leges_caps_mode { LEGES_CAPS_WORDS, LEGES_CAPS_ABBREVIATIONS };

int leges_caps_scan(struct leges_check_ctx *ctx, enum leges_caps_mode mode);

#endif
