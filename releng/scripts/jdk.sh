# Sourced by the entry scripts: finds a JDK that can run Tycho 5 (Java 21+)
# without the user setting JAVA_HOME, and exports it as JAVA_HOME.
MIN_JAVA=21

java_major() { # prints the major version of the java binary given
  # the runtime's release file answers without starting a JVM (which costs a tenth of a second), and
  # bash reads it without starting a program: ./northstar validate runs this at every call
  local java="$1" line
  [[ -L "$java" ]] && java="$(readlink -f "$java")"
  java="${java%/*}"
  if [[ -f "${java%/*}/release" ]]; then
    while IFS= read -r line; do
      if [[ "$line" =~ ^JAVA_VERSION=\"([0-9]+) ]]; then echo "${BASH_REMATCH[1]}"; return; fi
    done < "${java%/*}/release"
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = //p' | head -1 | cut -d. -f1
}

find_jdk() {
  local candidates=() c best="" best_v=0 v
  # Prefer the JAVA_HOME the user set when it fits; otherwise the newest.
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && -x "$JAVA_HOME/bin/javac" ]]; then
    v=$(java_major "$JAVA_HOME/bin/java")
    [[ "$v" =~ ^[0-9]+$ ]] && (( v >= MIN_JAVA )) && { echo "$JAVA_HOME"; return 0; }
  fi
  for c in /usr/lib/jvm/* /opt/java/* "$HOME"/.sdkman/candidates/java/*; do
    [[ -d "$c" ]] && candidates+=("$c")
  done
  if command -v javac >/dev/null 2>&1; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")")
  fi
  for c in "${candidates[@]}"; do
    [[ -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    v=$(java_major "$c/bin/java")
    [[ "$v" =~ ^[0-9]+$ ]] || continue
    if (( v > best_v )); then best="$c"; best_v=$v; fi
  done
  (( best_v >= MIN_JAVA )) && { echo "$best"; return 0; }
  return 1
}

require_jdk() {
  local jdk
  if ! jdk=$(find_jdk); then
    echo "northstar: no JDK $MIN_JAVA or newer found (looked at JAVA_HOME and /usr/lib/jvm)." >&2
    echo "  Install one (e.g. Temurin 25) or point JAVA_HOME at it." >&2
    exit 2
  fi
  export JAVA_HOME="$jdk"
  export PATH="$JAVA_HOME/bin:$PATH"
}
