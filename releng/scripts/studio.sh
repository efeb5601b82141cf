# Sourced by ./northstar: starts the studio the build materialized (the same folder the Linux
# archive is made of), building it first when it is missing.
STUDIO_HOME="$ROOT/releng/org.northstar.product/target/products/org.northstar.studio.product/linux/gtk/x86_64"

# ./northstar build --all-platforms -> the Maven profile that adds Windows and macOS
platform_profile() {
  local arg
  for arg in "$@"; do
    case "$arg" in
      --all-platforms) echo "-Pall-platforms" ;;
      *) echo "$arg" ;;
    esac
  done
}

run_studio() {
  if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "northstar: no display (DISPLAY is not set); on a machine without one use a virtual display: Xvfb :99 & DISPLAY=:99 ./northstar studio" >&2
    exit 2
  fi
  if ! has_gtk3; then
    echo "northstar: the studio needs GTK 3, which is not installed; install it (Debian, Ubuntu: apt-get install libgtk-3-0)." >&2
    exit 2
  fi
  if [[ ! -x "$STUDIO_HOME/northstar-studio.sh" ]]; then
    echo "northstar: building the studio first (once; output below goes to stderr)..." >&2
    (cd "$ROOT" && ./mvnw -B -q verify -Dtycho.localArtifacts=ignore -DskipTests) >&2 || { echo "northstar: the build failed; see above." >&2; exit 2; }
  fi
  exec "$STUDIO_HOME/northstar-studio.sh" "$@"
}
