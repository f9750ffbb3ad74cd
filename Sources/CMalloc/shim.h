#ifndef GAZETTE_CMALLOC_SHIM_H
#define GAZETTE_CMALLOC_SHIM_H
/* glibc keeps memory a program frees in its heaps for later allocations; malloc_trim hands
 * the free pages back to the system. Other C libraries manage this themselves: a no-op there. */
#include <stdlib.h>
#ifdef __GLIBC__
#include <malloc.h>
static inline int gazette_release_free_memory(void) { return malloc_trim(0); }
#else
static inline int gazette_release_free_memory(void) { return 0; }
#endif
#endif
