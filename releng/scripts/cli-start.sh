# Sourced at build time (package.sh): prepares the command line's fast start for one Java runtime.
# A plain `validate` spends most of its time loading and linking classes; JDK 25's ahead-of-time
# class cache (JEP 483/514/515) holds them loaded, linked and profiled. It is written by a training
# run (org.northstar.cli.StartupTraining: the commands users start most, over the example project)
# and mapped at every start by the launchers. The JDK skips classes of signed jars, so the signed
# ones (Eclipse's) are read through unsigned copies in lib/cli/ (UnsignedCopy.java); the Linux
# archive's plug-ins are unsigned already (studio-start.sh), so there it copies none. It also skips
# class files older than Java 6 and every class extending one: picocli's, log4j's, ANTLR's and so our
# parser's are read through copies as Java 8 class files (CurrentClassFiles.java), in lib/cli/ too.
# DuckDB's driver is read through a copy without its native libraries, this machine's unpacked beside
# it (DuckDbNativeLibrary.java): the driver would otherwise inflate 72 MB into a temporary file at every start.
#
# prepare_cli_start JAVA ROOT EXAMPLES: ROOT/lib/cli.classpath lists the jars relative to ROOT;
# rewrites it to name the copies and writes ROOT/lib/cli.aot. Older runtimes: nothing.
prepare_cli_start() {
  local java="$1" root="$2" examples="$3" scripts classpath
  scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  (( $("$java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java\.specification\.version = //p' | cut -d. -f1) >= 25 )) || return 0
  # (the build's JDK runs the copier: a bundled runtime has no compiler for source programs)
  "${JAVA_HOME:?}/bin/java" "$scripts/UnsignedCopy.java" "$root"
  "$JAVA_HOME/bin/java" "$scripts/CurrentClassFiles.java" "$root"
  # DuckDB's library unpacked once here, not into a temporary file at every start that reads DuckDB data
  "$JAVA_HOME/bin/java" "$scripts/DuckDbNativeLibrary.java" "$root"
  classpath="$(sed "s#^#$root/#" "$root/lib/cli.classpath" | paste -sd: -)"
  rm -f "$root/lib/cli.aot"
  # the JDK forks a second JVM to write the cache; it announces JAVA_TOOL_OPTIONS on stderr
  "$java" -XX:AOTCacheOutput="$root/lib/cli.aot" -Xlog:disable -Xlog:all=error:stderr \
    --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED -Djava.awt.headless=true \
    -cp "$classpath" org.northstar.cli.StartupTraining "$examples" 2>&1 \
    | grep -v -e '^Picked up JAVA_TOOL_OPTIONS' -e '^training: ' -e '^Temporary AOTConfiguration' \
      -e '^Launching child process' -e '^Reading AOTConfiguration' -e '^Removed temporary AOT' >&2 || true
  [[ -f "$root/lib/cli.aot" ]] || { echo "cli-start: no class cache was written in $root/lib" >&2; return 1; }
}
