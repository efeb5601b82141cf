# Sourced at build time (package.sh): the studio's ahead-of-time class cache for the bundled runtime.
# The studio loads some 12,000 classes before it takes input, most of them through Equinox's bundle
# class loaders; JDK 25's cache (JEP 483/515) holds those of unsigned jars too, loaded, linked and
# profiled, and the JVM hands them to Equinox when it defines the same class from the same bytes.
# So the archive's plug-ins are unsigned (UnsignedCopy.java --in-place) and a training run starts the
# studio once on a new workspace, as a user's first start: until it takes input with the example
# open, a few seconds more, then it is stopped and the JVM writes lib/studio.aot. The training needs
# a display; without one the studio is packaged without a cache and starts as before.
# Before the training, `-initialize` (Eclipse's way to prepare a shared install) writes into the
# configuration area what a first start would: Equinox's framework state (every bundle installed and
# resolved) and the extension registry's cache (every plugin.xml parsed). Both name the plug-ins
# relative to the install, so they hold wherever the archive is unpacked; a killed start never writes
# the registry's cache, and a user's first start no longer has to.
#
# prepare_studio_start PRODUCT: PRODUCT is the materialized Linux product with its runtime in jre/.
prepare_studio_start() {
  local product="$1" scripts training pid
  scripts="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
  "${JAVA_HOME:?}/bin/java" "$scripts/UnsignedCopy.java" --in-place "$product/plugins"
  # The framework state keeps each plug-in's time of last change to the millisecond, and the archive keeps
  # whole seconds: unpacked, every plug-in looked changed, and the first start resolved all of them again
  # (0.15-0.3 s of CPU on the framework's refresh thread, and G1 busier). Whole seconds before the state is written.
  find "$product/plugins" "$product/features" "$product/configuration" -exec touch -h -d "@$(date +%s)" {} +
  rm -f "$product/lib/studio.aot"
  if [[ -z "${DISPLAY:-}" ]] || ! xwininfo -root >/dev/null 2>&1; then
    echo "studio-start: no display; the studio is packaged without its class cache (it starts slower)" >&2
    return 0
  fi
  training="$(mktemp -d)"
  mkdir -p "$training/home"
  if ! HOME="$training/home" "$product/northstar-studio.sh" "$training/initialize" -initialize > "$training/initialize.log" 2>&1 \
      || [[ ! -d "$product/configuration/org.eclipse.core.runtime" ]]; then
    echo "studio-start: the configuration area could not be initialized: $(tail -20 "$training/initialize.log")" >&2
    rm -rf "$training"
    return 1
  fi
  # the configuration area as the archive ships it: the training's state must not end up in it
  cp -a "$product/configuration" "$training/configuration"
  # the studio leads a session of its own, whose id it writes down (as in the smoke test)
  HOME="$training/home" NORTHSTAR_STUDIO_VM_OPTS="-XX:AOTCacheOutput=$product/lib/studio.aot -Dnorthstar.startup.report=$training/started -Xlog:disable -Xlog:all=error:stderr" \
    setsid sh -c 'echo $$ > "$0"; exec "$@"' "$training/pid" "$product/northstar-studio.sh" "$training/workspace" \
    > "$training/studio.log" 2>&1 &
  for _ in $(seq 300); do [[ -s "$training/pid" ]] && break; sleep 0.1; done
  pid="$(cat "$training/pid")"
  for _ in $(seq 3000); do   # up to 5 minutes: a loaded CI machine is slow
    [[ -f "$training/started" ]] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  # a few seconds more: the language server's first answers and the Problems view are part of a start too
  [[ -f "$training/started" ]] && sleep 5
  # the JVM writes the cache as it exits (it forks a second JVM for that, which can take a minute)
  kill -TERM -- -"$pid" 2>/dev/null || true
  for _ in $(seq 600); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -KILL -- -"$pid" 2>/dev/null || true
  rm -rf "$product/configuration"
  mv "$training/configuration" "$product/configuration"
  if [[ ! -f "$training/started" || ! -f "$product/lib/studio.aot" ]]; then
    echo "studio-start: the training start failed; the studio is packaged without its class cache: $(tail -20 "$training/studio.log")" >&2
    rm -f "$product/lib/studio.aot"
    rm -rf "$training"
    return 1
  fi
  rm -rf "$training"
}
