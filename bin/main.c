/* main.c - the leges command. */
#include "config.h"

#include <malloc.h>

int leges_main(int argc, char **argv);

int main(int argc, char **argv)
{
	/*
	 * A document tree is millions of small blocks, freed together.  Without
	 * fast bins glibc does not consolidate them again at every large free,
	 * and large arrays go to mmap(), where realloc() moves no bytes.
	 */
	mallopt(M_MXFAST, 0);
	mallopt(M_MMAP_THRESHOLD, 256 * 1024);
	return leges_main(argc, argv);
}
