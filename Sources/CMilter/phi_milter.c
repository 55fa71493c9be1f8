#include "phi_milter.h"
int phi_milter_placeholder(void) { return 0; }
