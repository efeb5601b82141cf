#!/usr/bin/env bash
# Starts North Star Studio.
#   northstar-studio.sh [WORKSPACE] [workbench options...]
# WORKSPACE defaults to $NORTHSTAR_WORKSPACE, else ~/northstar-workspace; a new workspace starts
# with the example project. Java: the runtime in jre/ when there is one, else $JAVA_HOME, else java
# on the PATH (21 or newer). JVM options may be added with $NORTHSTAR_STUDIO_VM_OPTS.
set -euo pipefail
studio="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
source "$studio/lib/java.sh"

if [[ "${1:-}" == -h || "${1:-}" == --help ]]; then
  sed -n '2,6s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
  exit 0
fi

if [[ "$(uname -s)" != Darwin && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "northstar-studio: no display (DISPLAY is not set); on a machine without one, start a virtual display first: Xvfb :99 & DISPLAY=:99 $0" >&2
  exit 2
fi

# (the library list is read whole: with pipefail, grep -q closing the pipe early would read as "missing")
if [[ "$(uname -s)" == Linux && "$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null)" != *libgtk-3.so.0* ]]; then
  echo "northstar-studio: GTK 3 is not installed; install it (Debian, Ubuntu: apt-get install libgtk-3-0)." >&2
  exit 2
fi

workspace="${NORTHSTAR_WORKSPACE:-$HOME/northstar-workspace}"
if [[ $# -gt 0 && "$1" != -* ]]; then workspace="$1"; shift; fi
mkdir -p "$workspace"

java="$(studio_java)"
launcher="$(ls "$studio"/plugins/org.eclipse.equinox.launcher_*.jar | sort -V | tail -1)"
vm_opts=(-Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 $(access_flags "$java"))
# The bundled runtime maps the class cache written at build time (releng/scripts/studio-start.sh):
# the platform's and our classes loaded, linked and profiled. Another runtime cannot use it.
if [[ -f "$studio/lib/studio.aot" && "$java" == "$studio/jre/bin/java" ]]; then
  vm_opts+=(-XX:AOTCache="$studio/lib/studio.aot" -Xlog:disable -Xlog:all=warning:stderr -Xlog:aot*=off -Xlog:cds*=off)
fi
[[ "$(uname -s)" == Darwin ]] && vm_opts+=(-XstartOnFirstThread)
# shellcheck disable=SC2206
vm_opts+=(${NORTHSTAR_STUDIO_VM_OPTS:-})

exec "$java" "${vm_opts[@]}" -jar "$launcher" -install "$studio" -configuration "$studio/configuration" \
  -data "$workspace" -showsplash org.northstar.studio "$@"
