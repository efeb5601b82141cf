# Sourced by the start scripts: finds the Java runtime to use (the bundled one first).
studio_java() {
  local java
  if [[ -x "$studio/jre/bin/java" ]]; then java="$studio/jre/bin/java"
  elif [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then java="$JAVA_HOME/bin/java"
  elif command -v java >/dev/null 2>&1; then java="$(command -v java)"
  else
    echo "northstar: no Java runtime found; install Java 21 or newer, or set JAVA_HOME." >&2; exit 2
  fi
  local major
  major="$(java_major "$java")"
  if [[ ! "$major" =~ ^[0-9]+$ ]] || (( major < 21 )); then
    echo "northstar: $java is Java ${major:-of unknown version}; North Star Studio needs Java 21 or newer (set JAVA_HOME)." >&2; exit 2
  fi
  echo "$java"
}

java_major() { # prints the major version of the java binary given
  # the runtime's release file answers without starting a JVM (which costs a tenth of a second)
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [[ -f "$release" ]] && grep -q '^JAVA_VERSION="[0-9]' "$release"; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release" | head -1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -1 | cut -d. -f1
}

# Guice (under Xtext) uses sun.misc.Unsafe and DuckDB's driver loads its native library; Java 24+
# warns about each on stderr at every start unless allowed.
access_flags() {
  (( $(java_major "$1") >= 24 )) && echo "--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED" || true
}

# Class data sharing: the first run writes an archive of the classes it loaded, later runs map it.
# One archive per class path, in the user's cache folder; the JVM's own messages go to stderr, as
# stdout carries results (and JSON-RPC for lsp) only.
cds_options() {
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/northstar"
  mkdir -p "$cache" 2>/dev/null || return 0
  echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$cache/cli-$(echo "$1" | cksum | cut -d' ' -f1).jsa -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
}

# The batch commands load whole folders and keep nearly everything they make: the throughput
# collector, and what survives one young collection goes straight to the old generation instead of
# being copied again through the survivor spaces (100k metrics: 7.5 s -> 6.7 s on two cores). The
# language server keeps the default collector: it lives long and answers keystrokes, short pauses
# matter there. Same options in releng/scripts/cli.sh (./northstar) and northstar.cmd.
BATCH_GC_OPTIONS="-XX:+UseParallelGC -XX:MaxTenuringThreshold=0"
