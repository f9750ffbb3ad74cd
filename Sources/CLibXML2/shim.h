#ifndef GAZETTE_CLIBXML2_SHIM_H
#define GAZETTE_CLIBXML2_SHIM_H
/* Debian builds libxml2 with ICU, so its encoding.h pulls in the system's ICU headers, whose
 * UErrorCode clashes with the copy inside Foundation (_FoundationICU) when one module sees both.
 * Gazette never touches libxml2's encoding-handler structs (the only place ICU types appear), so
 * it hides ICU from this module. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#endif
