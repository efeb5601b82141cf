# Sourced by ./northstar: runs the command line (a plain Java main) on the jars
# of the built p2 repository, one jar per bundle (the newest when a bundle comes
# in several versions), building first when nothing is built.
CLI_PLUGINS="$ROOT/releng/org.northstar.repository/target/repository/plugins"

cli_jars() { # the newest jar of each bundle in folder $1, one path a line
  ls "$1"/*.jar \
    | sed -E 's#^(.*/)([^/]+)_([0-9][^/]*)\.jar$#\2 \3 \1\2_\3.jar#' \
    | sort -k1,1 -k2,2V \
    | awk '{ last[$1] = $3 } END { for (b in last) print last[b] }' \
    | sort
}

cli_classpath() { cli_jars "$CLI_PLUGINS" | paste -sd: -; }

ensure_cli_built() {
  if ! compgen -G "$CLI_PLUGINS/org.northstar.cli_*.jar" >/dev/null; then
    echo "northstar: building the command line first (once; output below goes to stderr)..." >&2
    (cd "$ROOT" && ./mvnw -B -q verify -Dtycho.localArtifacts=ignore -DskipTests) >&2 || { echo "northstar: the build failed; see above." >&2; exit 2; }
  fi
}

run_cli() {
  ensure_cli_built
  local classpath opts=(-XX:TieredStopAtLevel=1) prepared="$CLI_PLUGINS/../.."
  [[ "${1:-}" == lsp ]] || opts+=("${CLI_BATCH_GC[@]}")
  if fast_start_prepared "$prepared"; then
    classpath="$(prefixed_lines "$prepared/" < "$prepared/lib/cli.classpath")"
    opts+=(-XX:AOTCache="$prepared/lib/cli.aot" -Xlog:disable -Xlog:all=warning:stderr -Xlog:aot*=off -Xlog:cds*=off)
  else
    classpath="$(cli_classpath)"
    opts+=($(cds_options "$classpath"))
  fi
  # Guice (under Xtext) uses sun.misc.Unsafe and DuckDB's driver loads its native library; JDK 24+ warns
  # about each on stderr at every start unless allowed.
  (( $(java_major "$JAVA_HOME/bin/java") >= 24 )) && opts+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
  exec "$JAVA_HOME/bin/java" "${opts[@]}" -cp "$classpath" org.northstar.cli.Main "$@"
}

# The batch commands (all but lsp) keep nearly all they make: the throughput collector, survivors straight
# to the old generation; the language server keeps the default (short pauses). As the packaged launcher's
# lib/java.sh. An array, not a function: a command substitution would fork at every start.
CLI_BATCH_GC=(-XX:+UseParallelGC -XX:MaxTenuringThreshold=0)

# The build's ahead-of-time class cache (releng/scripts/cli-start.sh), when it was made by this JDK
# and every jar it lists is still there (a partial rebuild may have replaced some).
fast_start_prepared() {
  local folder="$1" jar
  [[ -f "$folder/lib/cli.aot" && -f "$folder/lib/cli.java" && "$(< "$folder/lib/cli.java")" == "$JAVA_HOME/bin/java" ]] || return 1
  while IFS= read -r jar; do [[ -f "$folder/$jar" ]] || return 1; done < "$folder/lib/cli.classpath"
}

# The lines of stdin, each after $1, joined by ':' (bash alone: this runs at every start)
prefixed_lines() {
  local lines
  mapfile -t lines
  local IFS=:
  echo "${lines[*]/#/$1}"
}

# Otherwise class data sharing: the first run writes an archive of the classes it loaded, later runs map it
# and start about a third faster. One archive per class path, in the user's cache folder. The JVM's
# own messages go to stderr: stdout carries results (and JSON-RPC for lsp) only.
cds_options() {
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/northstar"
  mkdir -p "$cache" 2>/dev/null || return 0
  echo "-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$cache/cli-$(echo "$1" | cksum | cut -d' ' -f1).jsa -Xlog:disable -Xlog:all=warning:stderr -Xlog:cds*=off:stderr"
}
