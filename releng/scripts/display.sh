# Sourced by ./northstar: a display for the UI tests and the studio on machines without one.
# The UI tests need an X display and GTK 3; CI machines have neither, so the test command
# installs them (Debian packages, when run as root) and starts a virtual display (Xvfb).
UI_PACKAGES=(xvfb:Xvfb x11-utils:xwininfo libgtk-3-0:libgtk-3.so.0)

# The library list is read whole: with pipefail, grep -q closing the pipe early would read as "missing".
has_gtk3() { [[ "$(ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null)" == *libgtk-3.so.0* ]]; }

missing_ui_packages() {
  local entry package probe
  for entry in "${UI_PACKAGES[@]}"; do
    package="${entry%%:*}" probe="${entry#*:}"
    if [[ "$probe" == *.so* ]]; then has_gtk3 || echo "$package"
    else command -v "$probe" >/dev/null 2>&1 || echo "$package"; fi
  done
}

install_ui_packages() {
  local missing
  missing=$(missing_ui_packages | paste -sd' ' -)
  [[ -z "$missing" ]] && return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "northstar: the UI tests need: $missing (Debian package names); install them and run again." >&2
    exit 2
  fi
  echo "northstar: installing $missing for the UI tests..." >&2
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  apt-get install -y -qq $missing >&2 || { apt-get update -qq >&2 && apt-get install -y -qq $missing >&2; }
}

display_works() { [[ -n "${DISPLAY:-}" ]] && xwininfo -root >/dev/null 2>&1; }

# Starts Xvfb on a free display number unless a working display is set; it stops with this shell.
ensure_display() {
  install_ui_packages
  start_display
}

# For the build: the studio's class cache is written by a training start, which needs a display; a
# machine without Xvfb builds the studio without the cache rather than installing packages.
display_when_installed() {
  display_works && return 0
  [[ -z "$(missing_ui_packages)" ]] || { echo "northstar: no display and no Xvfb; the studio is built without its class cache" >&2; return 0; }
  start_display
}

start_display() {
  display_works && return 0
  local n=99
  while [[ -e /tmp/.X$n-lock || -e /tmp/.X11-unix/X$n ]]; do n=$((n + 1)); done
  Xvfb ":$n" -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB_PID=$!
  trap 'kill $XVFB_PID 2>/dev/null || true' EXIT
  export DISPLAY=":$n"
  for _ in $(seq 50); do display_works && return 0; sleep 0.2; done
  echo "northstar: Xvfb did not start on $DISPLAY." >&2
  exit 2
}
