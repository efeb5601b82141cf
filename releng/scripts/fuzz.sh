# Sourced by ./northstar: `./northstar fuzz [--minutes N]` fuzzes the language (parser, linker,
# every rule, formatter) with Jazzer (com.code-intelligence:jazzer from Maven Central, fetched into
# the local Maven repository on first use), seeded with the test and example models. Findings
# (crashes, failures, inputs over a second) go to target/fuzz/findings/; the grown corpus stays in
# target/fuzz/corpus/ for the next run. Runs on the command line's class path, outside OSGi:
# Jazzer's JUnit integration would need its jars wrapped as bundles and its agent's runtime
# boot-delegated inside the tests' Equinox (see RELIABILITY.md). `./northstar test` ends with a
# two-minute run that allows five seconds per input (CI machines are shared).
JAZZER_VERSION=0.30.0

run_fuzz() {
  local minutes=5 slow_ms=1000
  while (( $# )); do
    case "$1" in
      --minutes) minutes="$2"; shift 2 ;;
      --slow-ms) slow_ms="$2"; shift 2 ;;
      *) echo "northstar fuzz: unknown option '$1' (use --minutes N, --slow-ms N)" >&2; exit 2 ;;
    esac
  done
  ensure_cli_built
  local repo="$HOME/.m2/repository/com/code-intelligence" out="$ROOT/target/fuzz"
  if [[ ! -f "$repo/jazzer/$JAZZER_VERSION/jazzer-$JAZZER_VERSION.jar" ]]; then
    mvn_root -B -q dependency:get -Dartifact="com.code-intelligence:jazzer:$JAZZER_VERSION" \
      || { echo "northstar fuzz: cannot fetch Jazzer from Maven Central" >&2; exit 2; }
  fi
  local jazzer="$repo/jazzer/$JAZZER_VERSION/jazzer-$JAZZER_VERSION.jar:$repo/jazzer-api/$JAZZER_VERSION/jazzer-api-$JAZZER_VERSION.jar"
  mkdir -p "$out/classes" "$out/seeds" "$out/corpus" "$out/findings"
  find "$ROOT/tests/org.northstar.testing/models" "$ROOT/bundles/org.northstar.core/templates" \
    "$ROOT/bundles/org.northstar.studio" -name '*.northstar' -exec cp {} "$out/seeds/" \;
  local classpath
  classpath="$(cli_classpath)"
  "$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$classpath" "$ROOT/releng/scripts/fuzz/ModelFuzz.java" || exit 2
  cd "$out" && "$JAVA_HOME/bin/java" -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED \
    $( (( $(java_major "$JAVA_HOME/bin/java") >= 24 )) && echo --sun-misc-unsafe-memory-access=allow) \
    -Dnorthstar.fuzz.seeds="$out/seeds" -Dnorthstar.fuzz.slowMillis="$slow_ms" -cp "$jazzer:$out/classes:$classpath" com.code_intelligence.jazzer.Jazzer \
    --target_class=ModelFuzz --instrumentation_includes='org.northstar.**' --keep_going=100 \
    -max_total_time=$(( minutes * 60 )) -timeout=20 -max_len=102400 -rss_limit_mb=6144 \
    -artifact_prefix="$out/findings/" "$out/corpus" "$out/seeds"
}
