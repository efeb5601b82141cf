# Sourced by ./northstar: runs the benchmark harness (tests/org.northstar.benchmarks) on the command
# line's class path, building first when it is missing; writes benchmarks/RESULTS.md.
BENCH_JARS="$ROOT/tests/org.northstar.benchmarks/target"

run_bench() {
  if ! ls "$BENCH_JARS"/org.northstar.benchmarks-*.jar >/dev/null 2>&1 || ! ls "$CLI_PLUGINS"/org.northstar.cli_*.jar >/dev/null 2>&1; then
    echo "northstar: building first (once; output below goes to stderr)..." >&2
    (cd "$ROOT" && ./mvnw -B -q verify -Dtycho.localArtifacts=ignore -DskipTests) >&2 || { echo "northstar: the build failed; see above." >&2; exit 2; }
  fi
  # the command line's collector (cli.sh): the large workspaces' figures are what `northstar validate` does
  local jar opts=(-Xms1g -Xmx12g -Xss8m "${CLI_BATCH_GC[@]}")
  jar="$(ls "$BENCH_JARS"/org.northstar.benchmarks-*.jar | sort -V | tail -1)"
  (( $(java_major "$JAVA_HOME/bin/java") >= 24 )) && opts+=(--sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED)
  # The tree editor's SWT painter is measured too when the studio is built and a display can be had.
  local ui="" plugins="$ROOT/releng/org.northstar.product/target/products/org.northstar.studio.product/linux/gtk/x86_64/plugins"
  if ls "$plugins"/org.eclipse.swt.gtk.linux.x86_64_*.jar "$plugins"/org.northstar.diagram_*.jar >/dev/null 2>&1 \
      && [[ -z "$(missing_ui_packages)" ]]; then
    ensure_display
    ui=""
    # the diagram's painter, and the dashboard's (its figures name the workspace's IFile: resources and what it extends)
    for bundle in org.eclipse.swt.gtk.linux.x86_64 org.northstar.diagram org.northstar.ui org.eclipse.core.resources \
        org.eclipse.equinox.common org.eclipse.core.jobs org.eclipse.core.runtime; do
      ui="$ui:$(ls "$plugins"/${bundle}_*.jar | sort -V | tail -1)"
    done
  else
    echo "bench: no built studio or no display; the tree editor's SWT painting is not measured" >&2
  fi
  # not exec: the Xvfb started above stops when this shell exits
  cd "$ROOT" && "$JAVA_HOME/bin/java" "${opts[@]}" -Dnorthstar.script="$ROOT/northstar" \
    -cp "$(cli_classpath):$jar$ui" org.northstar.benchmarks.Bench "$@"
}
