#ifndef ANNALS_CGRAPHVIZ_SHIM_H
#define ANNALS_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#endif
