#ifndef PHI_CARCHIVE_SHIM_H
#define PHI_CARCHIVE_SHIM_H
#include <archive.h>
#include <archive_entry.h>
#endif
