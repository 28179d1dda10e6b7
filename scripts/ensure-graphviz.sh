# Sourced by demo.sh and test.sh: makes sure Graphviz's C library (libgvc) and a font are present.
# Installs them with apt-get when running as root; otherwise stops with the exact command to run.
ensure_graphviz() {
  local missing=()
  [ -f /usr/include/graphviz/gvc.h ] || missing+=(libgraphviz-dev)
  command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
  # Node sizes are measured with real fonts; without one, labels overflow their boxes.
  [ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "Installing ${missing[*]} ..." >&2
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >&2 && apt-get install -y -qq "${missing[@]}" >&2 || {
        echo "error: apt-get install ${missing[*]} failed" >&2
        return 1
      }
    else
      echo "error: missing ${missing[*]}. Run:" >&2
      echo "  sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
      return 1
    fi
  fi
  # Debian's plugin list (config6a) is written by libgvc6's postinst; without it Graphviz finds no layouts.
  local dir
  dir=$(ls -d /usr/lib/*/graphviz 2>/dev/null | head -n 1)
  if [ -n "$dir" ] && ! ls "$dir"/config6* >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v libgvc6-config-update >/dev/null 2>&1; then
      libgvc6-config-update -c
    else
      echo "error: Graphviz plugin list missing in $dir. Run: sudo libgvc6-config-update -c" >&2
      return 1
    fi
  fi
}
