#!/usr/bin/env bash
# Smoke test of the shipped Linux archive, as a client would use it: unpacks it into a fresh folder,
# hides every JDK (a java on the PATH that fails, no JAVA_HOME), runs its command line on the example
# models and starts its studio on a new workspace, waiting for the workbench window. A product can
# miss bundles that the test runtime happens to have; only starting the real product catches that.
# Leaves target/screenshots/studio.png and target/smoke/startup.txt (seconds to the window).
# Usage: smoke-test.sh TARGET_DIR VERSION   (needs DISPLAY: ./northstar test starts Xvfb)
set -euo pipefail
target="$1" version="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
examples="$here/../../bundles/org.northstar.studio/examples/acme-strategy"
archive="$target/products/north-star-studio-$version-linux.gtk.x86_64.tar.gz"
smoke="$target/smoke"
fail() { echo "smoke-test: FAILED: $*" >&2; exit 1; }

[[ -f "$archive" ]] || fail "no archive $archive"
[[ -n "${DISPLAY:-}" ]] || fail "no DISPLAY; run through ./northstar test, which starts Xvfb"
rm -rf "$smoke" && mkdir -p "$smoke/no-jdk"
tar -C "$smoke" -xzf "$archive"
studio="$smoke/north-star-studio"
printf '#!/bin/sh\necho "a java from the PATH was used: $0" >&2\nexit 97\n' > "$smoke/no-jdk/java"
chmod +x "$smoke/no-jdk/java"
as_client() { env -u JAVA_HOME PATH="$smoke/no-jdk:/usr/bin:/bin" HOME="$smoke/home" "$@"; }
mkdir -p "$smoke/home"

echo "smoke-test: the command line of the archive" >&2
as_client "$studio/northstar" --version > "$smoke/version.txt" || fail "northstar --version failed"
# The class cache written at build time must map in the unpacked folder (AOTMode=on fails otherwise,
# where the launcher would silently start without it and take twice as long)
[[ -f "$studio/lib/cli.aot" ]] || fail "the archive has no command-line class cache (lib/cli.aot)"
as_client "$studio/jre/bin/java" -XX:AOTMode=on -XX:AOTCache="$studio/lib/cli.aot" --sun-misc-unsafe-memory-access=allow --enable-native-access=ALL-UNNAMED \
  -cp "$(sed "s#^#$studio/#" "$studio/lib/cli.classpath" | paste -sd: -)" org.northstar.cli.Main --version > /dev/null \
  || fail "the command line's class cache does not map in the unpacked archive"
set +e
as_client "$studio/northstar" validate "$examples" > "$smoke/validate.txt" 2> "$smoke/validate.err"
status=$?
set -e
[[ $status -eq 1 ]] || fail "northstar validate exited $status, expected 1 (the example has errors): $(cat "$smoke/validate.err")"
for rule in unowned-input vanity-north-star missing-guardrail idle-team; do
  grep -q "\[$rule\]" "$smoke/validate.txt" || fail "northstar validate did not report $rule: $(cat "$smoke/validate.txt")"
done

echo "smoke-test: starting the studio of the archive" >&2
# asked for help, the launcher says how to start it and starts nothing
usage=$(as_client env -u DISPLAY "$studio/northstar-studio.sh" --help) || fail "northstar-studio.sh --help failed"
[[ "$usage" == *"northstar-studio.sh [WORKSPACE]"* ]] || fail "northstar-studio.sh --help did not print its usage: $usage"
# The studio's class cache (lib/studio.aot, written at build time by a training start) must serve the
# workbench's classes in the unpacked folder: a cache that does not map is silently ignored, and the
# studio takes seconds longer to start.
[[ -f "$studio/lib/studio.aot" ]] || fail "the archive has no class cache for the studio (lib/studio.aot)"
# A first start finds the bundles installed and resolved, the plug-ins' extensions and the components'
# descriptions parsed (the configuration area initialized at build time, releng/scripts/studio-start.sh)
compgen -G "$studio/configuration/org.eclipse.osgi/framework.info.*" > /dev/null \
  && compgen -G "$studio/configuration/org.eclipse.core.runtime/.mainData.*" > /dev/null \
  && compgen -G "$studio/configuration/org.eclipse.osgi/*/data/componentMetadataStore" > /dev/null \
  || fail "the archive's configuration area has no framework state, extension registry cache or components' cache (not initialized)"
start=$(date +%s.%N)
# The studio leads a session of its own, whose id it writes down: $! is only the shell around it, and
# killing that left the studio running after the test (until Xvfb went and it crashed).
as_client env NORTHSTAR_STUDIO_VM_OPTS="-Xlog:class+load=info:file=$smoke/classes.log" \
  setsid sh -c 'echo $$ > "$0"; exec "$@"' "$smoke/studio.pid" "$studio/northstar-studio.sh" "$smoke/workspace" \
  > "$smoke/studio.log" 2>&1 &
pid=$!
stop_studio() {
  local group
  group=$(cat "$smoke/studio.pid" 2>/dev/null || echo "$pid")
  kill -- -"$group" 2>/dev/null || kill "$pid" 2>/dev/null || true
  for _ in $(seq 20); do
    kill -0 -- -"$group" 2>/dev/null || return 0
    sleep 0.5
  done
  kill -9 -- -"$group" 2>/dev/null || true
}
trap stop_studio EXIT
window=""
for _ in $(seq 240); do
  kill -0 "$pid" 2>/dev/null || fail "the studio exited early: $(tail -20 "$smoke/studio.log")"
  window=$(xwininfo -root -tree 2>/dev/null | grep -E '"[^"]* - North Star Studio ?"' | head -1 || true)
  [[ -n "$window" ]] && break
  sleep 0.5
done
[[ -n "$window" ]] || fail "no workbench window after 120 s: $(tail -20 "$smoke/studio.log")"
awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f\n", b - a }' > "$smoke/startup.txt"
echo "smoke-test: workbench window after $(cat "$smoke/startup.txt") s: $window" >&2

grep -q '^\[.*org\.eclipse\.ui\.internal\.Workbench source: shared objects file' "$smoke/classes.log" \
  || fail "the studio did not take the workbench's classes from its class cache (lib/studio.aot); see $smoke/classes.log"

# The first start of a new workspace creates the example project and opens its main model.
for _ in $(seq 60); do [[ -f "$smoke/workspace/acme-strategy/invoicely.northstar" ]] && break; sleep 0.5; done
[[ -f "$smoke/workspace/acme-strategy/invoicely.northstar" ]] || fail "the example project was not created"
sleep 5
"$JAVA_HOME/bin/java" "$here/../scripts/Screenshot.java" "$target/screenshots/studio.png"
# Xtext's and EMF's log4j logging goes to the studio's log (org.northstar.workspace), not the console
if grep -q '^log4j:' "$smoke/studio.log"; then fail "the studio printed log4j's own warnings on the console: $(grep '^log4j:' "$smoke/studio.log" | head -3)"; fi
errors=$(grep -c '^!ENTRY [^ ]* 4 ' "$smoke/workspace/.metadata/.log" 2>/dev/null || true)
[[ "${errors:-0}" -eq 0 ]] || fail "the studio logged $errors errors: $(grep -A3 '^!ENTRY [^ ]* 4 ' "$smoke/workspace/.metadata/.log" | head -40)"
echo "smoke-test: passed; screenshot in $target/screenshots/studio.png" >&2
