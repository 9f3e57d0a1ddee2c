/* unit.h - what every cmocka unit test includes. */
#ifndef LEGES_UNIT_H
#define LEGES_UNIT_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#define UNUSED_STATE(s) (void)(s)

#endif
