#ifndef ANNALS_CGRAPHVIZ_SHIM_H
#define ANNALS_CGRAPHVIZ_SHIM_H
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1
#endif
#include <dlfcn.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/* Thin wrappers so Swift never touches C globals, non-const char* or
   version-dependent integer types directly. Only AnnalsGraphviz calls these. */

/* gvRenderData with a size_t length (later Graphviz releases changed the type). */
static inline int annals_gv_render_data(GVC_t *gvc, Agraph_t *g, const char *format,
                                        char **result, size_t *length) {
  unsigned int len = 0;
  int rc = gvRenderData(gvc, g, format, result, &len);
  *length = (size_t)len;
  return rc;
}

/* Number of plugins of `kind` ("layout", "device") named exactly `name`. */
static inline int annals_gv_has_plugin(GVC_t *gvc, const char *kind, const char *name) {
  int n = 0, found = 0;
  char **list = gvPluginList(gvc, kind, &n, NULL);
  if (!list) return 0;
  for (int i = 0; i < n; i++) {
    if (list[i] && strcmp(list[i], name) == 0) found = 1;
    free(list[i]);
  }
  free(list);
  return found;
}

/* The plugins of `kind` as one space-separated string written into `out`. */
static inline void annals_gv_plugin_names(GVC_t *gvc, const char *kind, char *out, size_t cap) {
  int n = 0;
  size_t used = 0;
  if (cap == 0) return;
  out[0] = '\0';
  char **list = gvPluginList(gvc, kind, &n, NULL);
  if (!list) return;
  for (int i = 0; i < n; i++) {
    if (list[i]) {
      size_t len = strlen(list[i]);
      if (used + len + 2 < cap) {
        if (used > 0) out[used++] = ' ';
        memcpy(out + used, list[i], len);
        used += len;
        out[used] = '\0';
      }
    }
    free(list[i]);
  }
  free(list);
}

/* A context that does not read config6a: the core, dot, neato and pango plugins are
   dlopen'ed from the directory next to libgvc and handed over as a builtin table.
   The table and its names live for the whole process (static storage). */
static inline GVC_t *annals_gv_context_without_config(void) {
  static const char *const plugins[4] = {"core", "dot_layout", "neato_layout", "pango"};
  static const char *const symbols[4] = {
    "gvplugin_core_LTX_library", "gvplugin_dot_layout_LTX_library",
    "gvplugin_neato_layout_LTX_library", "gvplugin_pango_LTX_library"};
  static lt_symlist_t table[5];
  Dl_info info;
  char dir[4096];
  char path[4400];
  int count = 0;
  if (!dladdr((void *)gvContext, &info) || !info.dli_fname) return NULL;
  strncpy(dir, info.dli_fname, sizeof dir - 1);
  dir[sizeof dir - 1] = '\0';
  char *slash = strrchr(dir, '/');
  if (!slash) return NULL;
  *slash = '\0';
  for (int i = 0; i < 4; i++) {
    snprintf(path, sizeof path, "%s/graphviz/libgvplugin_%s.so.6", dir, plugins[i]);
    void *handle = dlopen(path, RTLD_NOW);
    if (!handle) continue;
    void *sym = dlsym(handle, symbols[i]);
    if (!sym) continue;
    table[count].name = symbols[i];
    table[count].address = sym;
    count++;
  }
  table[count].name = NULL;
  table[count].address = NULL;
  if (count == 0) return NULL;
  return gvContextPlugins(table, 0);
}
#endif
