# Sourced by ./northstar: a headless browser and Mermaid for the report tests. The tests open the
# HTML report in Debian's Chromium (screenshot, print to PDF, console and network watched over the
# DevTools protocol) and render the Markdown report's Mermaid blocks in it with the `mermaid` npm
# package. Both are installed here when missing (Chromium with apt-get as root, Mermaid with npm into
# releng/scripts/mermaid/node_modules), so the tests themselves run offline.

NORTHSTAR_MERMAID_DIR="$ROOT/releng/scripts/mermaid"

chromium_bin() {
  local name
  for name in chromium chromium-browser; do
    command -v "$name" >/dev/null 2>&1 && { command -v "$name"; return 0; }
  done
  return 1
}

ensure_browser() {
  if ! chromium_bin >/dev/null; then
    if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
      echo "northstar: the report tests need Chromium (Debian: chromium); install it and run again." >&2
      exit 2
    fi
    echo "northstar: installing Chromium for the report tests..." >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y -qq chromium >&2 || { apt-get update -qq >&2 && apt-get install -y -qq chromium >&2; }
  fi
  if [[ ! -f "$NORTHSTAR_MERMAID_DIR/node_modules/mermaid/dist/mermaid.min.js" ]]; then
    command -v npm >/dev/null 2>&1 || { echo "northstar: the report tests need npm (Debian: npm) to install mermaid." >&2; exit 2; }
    echo "northstar: installing mermaid for the report tests..." >&2
    (cd "$NORTHSTAR_MERMAID_DIR" && npm ci --silent --no-audit --no-fund >&2)
  fi
}
