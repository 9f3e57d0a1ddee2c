/* main.c - the leges command. */
#include "config.h"

int leges_main(int argc, char **argv);

int main(int argc, char **argv)
{
	return leges_main(argc, argv);
}
