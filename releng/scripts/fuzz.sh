# Sourced by ./northstar: `./northstar fuzz [--minutes N] [--target NAME]` runs Jazzer
# (com.code-intelligence:jazzer from Maven Central, fetched into the local Maven repository on
# first use) on four targets, the time split between them:
#   ModelFuzz      the language: parser, linker, every rule, formatter (seeds: test and example models)
#   EvaluatorFuzz  the engine: status, what-if, sensitivity, movers, r and R² on test, example and
#                  written models with example or random data
#   CsvFuzz        the CSV reader on random bytes and mutated data files of both layouts
#   SerializerFuzz the minimal-edit serializer: tree edits (add, rename, move, paste, delete, set a
#                  property) chosen by the input, on test and example models (a model, NUL, a script)
# Findings (crashes, failures, inputs over a second) go to target/fuzz/TARGET/findings/; the grown
# corpus stays in target/fuzz/TARGET/corpus/ for the next run. Runs on the command line's class
# path, outside OSGi: Jazzer's JUnit integration would need its jars wrapped as bundles and its
# agent's runtime boot-delegated inside the tests' Equinox (see RELIABILITY.md). `./northstar test`
# ends with a four-minute run (a minute per target) that allows five seconds per input (CI machines are shared).
JAZZER_VERSION=0.30.0
FUZZ_TARGETS=(ModelFuzz EvaluatorFuzz CsvFuzz SerializerFuzz)

run_fuzz() {
  local minutes=5 slow_ms=1000 targets=()
  while (( $# )); do
    case "$1" in
      --minutes) minutes="$2"; shift 2 ;;
      --slow-ms) slow_ms="$2"; shift 2 ;;
      --target) targets+=("$2"); shift 2 ;;
      *) echo "northstar fuzz: unknown option '$1' (use --minutes N, --slow-ms N, --target NAME)" >&2; exit 2 ;;
    esac
  done
  (( ${#targets[@]} )) || targets=("${FUZZ_TARGETS[@]}")
  ensure_cli_built
  local repo="$HOME/.m2/repository/com/code-intelligence" out="$ROOT/target/fuzz"
  if [[ ! -f "$repo/jazzer/$JAZZER_VERSION/jazzer-$JAZZER_VERSION.jar" ]]; then
    mvn_root -B -q dependency:get -Dartifact="com.code-intelligence:jazzer:$JAZZER_VERSION" \
      || { echo "northstar fuzz: cannot fetch Jazzer from Maven Central" >&2; exit 2; }
  fi
  local jazzer="$repo/jazzer/$JAZZER_VERSION/jazzer-$JAZZER_VERSION.jar:$repo/jazzer-api/$JAZZER_VERSION/jazzer-api-$JAZZER_VERSION.jar"
  local classpath
  classpath="$(cli_classpath)"
  mkdir -p "$out/classes"
  "$JAVA_HOME/bin/javac" -d "$out/classes" -cp "$jazzer:$classpath" "$ROOT"/releng/scripts/fuzz/*.java || exit 2
  local models="$ROOT/tests/org.northstar.testing/models:$ROOT/bundles/org.northstar.core/templates:$ROOT/bundles/org.northstar.core/rules/examples:$ROOT/bundles/org.northstar.studio/examples"
  local seconds=$(( minutes * 60 / ${#targets[@]} )) failed=0 target
  for target in "${targets[@]}"; do
    mkdir -p "$out/$target/seeds" "$out/$target/corpus" "$out/$target/findings"
    case "$target" in
      ModelFuzz) find "$ROOT/tests/org.northstar.testing/models" "$ROOT/bundles/org.northstar.core/templates" \
                   "$ROOT/bundles/org.northstar.studio" -name '*.northstar' -exec cp {} "$out/$target/seeds/" \; ;;
      CsvFuzz) find "$ROOT/bundles/org.northstar.core/rules/examples" "$ROOT/bundles/org.northstar.studio/examples" \
                 -name '*.csv' -exec cp {} "$out/$target/seeds/" \; ;;
      SerializerFuzz) seed_edit_scripts "$out/$target/seeds" ;;
      EvaluatorFuzz) ;;  # structured input; it loads the models and their data itself
      *) echo "northstar fuzz: unknown target '$target' (use ${FUZZ_TARGETS[*]})" >&2; exit 2 ;;
    esac
    echo "northstar fuzz: $target for $seconds s" >&2
    local before
    before=$(ls "$out/$target/findings" | wc -l)
    (cd "$out/$target" && "$JAVA_HOME/bin/java" -XX:+EnableDynamicAgentLoading --enable-native-access=ALL-UNNAMED \
      $( (( $(java_major "$JAVA_HOME/bin/java") >= 24 )) && echo --sun-misc-unsafe-memory-access=allow) \
      -Dnorthstar.fuzz.seeds="$out/$target/seeds" -Dnorthstar.fuzz.models="$models" -Dnorthstar.fuzz.slowMillis="$slow_ms" \
      -cp "$jazzer:$out/classes:$classpath" com.code_intelligence.jazzer.Jazzer \
      --target_class="$target" --instrumentation_includes='org.northstar.**' --keep_going=100 \
      -max_total_time="$seconds" -timeout=20 -max_len=102400 -rss_limit_mb=6144 \
      -artifact_prefix="$out/$target/findings/" "$out/$target/corpus" "$out/$target/seeds") || failed=1
    # with --keep_going Jazzer may end with 0 after findings: what it wrote decides
    if (( $(ls "$out/$target/findings" | wc -l) > before )); then
      echo "northstar fuzz: $target found something; see $out/$target/findings/" >&2
      failed=1
    fi
  done
  return $failed
}

# The seeds of SerializerFuzz: each test and example model as it is (edited by a script made of its
# last bytes) and followed by a NUL and a few edit scripts (see SerializerFuzz.java).
seed_edit_scripts() {
  local seeds="$1" model name script
  while IFS= read -r model; do
    name=$(basename "$model" .northstar)
    cp "$model" "$seeds/$name.northstar"
    for script in '\x00\x07\x01' '\x01\x03\x02\x05' '\x02\x09\x01' '\x03\x04\x02' '\x04\x05\x00' '\x05\x06\x03\x01\x00\x02\x04'; do
      { cat "$model"; printf '\0'; printf "$script"; } > "$seeds/$name-$(printf "$script" | od -An -tx1 | tr -d ' \n').northstar"
    done
  done < <(find "$ROOT/tests/org.northstar.testing/models" "$ROOT/bundles/org.northstar.core/templates" \
             "$ROOT/bundles/org.northstar.studio" -name '*.northstar')
}
