#!/usr/bin/env bash
# Turns each materialized product into the archive users unpack: adds the start scripts, the
# command line's class path and (Linux x86_64 only: jlink can only use this machine's JDK) a
# Java runtime, then archives it with one root folder, north-star-studio/.
# Usage: package.sh TARGET_DIR VERSION CLI_REPOSITORY_PLUGINS "PLATFORMS" (os.ws.arch, space separated)
set -euo pipefail
target="$1" version="$2" cli_repository="$3" platforms="$4"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
products="$target/products"
examples="$here/../../bundles/org.northstar.studio/examples/acme-strategy"
source "$here/../scripts/cli-start.sh"
source "$here/../scripts/studio-start.sh"
ROOT="$(cd "$here/../.." && pwd)" source "$here/../scripts/cli.sh"
# The JDK modules the product's bundles use (jdeps --print-module-deps over its plugins, less
# jdk.javadoc, which only a doclet in an unused corner names), plus what the JVM and a user's data
# need without jdeps seeing it: logging, preferences, charsets and locales, JDBC's Kerberos/SASL
# logins, zip file systems, and JFR for diagnosing a slow studio at a client's.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,\
java.security.jgss,java.security.sasl,java.sql,java.xml,jdk.charsets,jdk.jfr,jdk.localedata,\
jdk.management,jdk.unsupported,jdk.xml.dom,jdk.zipfs

fail() { echo "package.sh: $*" >&2; exit 1; }

# The command line runs as a plain Java main (fast to start, no OSGi): its class path is the
# product's jar of every bundle in the runtime feature's repository (releng/org.northstar.repository).
write_cli_classpath() {
  local product="$1" jar name found
  mkdir -p "$product/lib"
  rm -rf "$product/lib/cli"
  : > "$product/lib/cli.classpath"
  for jar in "$cli_repository"/*.jar; do
    name="$(basename "$jar" | sed -E 's/_[0-9][^_]*\.jar$//')"
    found="$(cd "$product" && ls plugins/"${name}"_[0-9]*.jar 2>/dev/null | sort -V | tail -1)"
    [[ -n "$found" ]] || fail "the product lacks $name, which the command line needs"
    grep -qxF "$found" "$product/lib/cli.classpath" || echo "$found" >> "$product/lib/cli.classpath"
  done
}

add_launchers() {
  local product="$1" os="$2"
  cp "$here/launchers/README.txt" "$product/"
  mkdir -p "$product/lib" && cp "$here/launchers/lib/java.sh" "$product/lib/"
  if [[ "$os" == win32 ]]; then
    cp "$here/launchers/northstar-studio.cmd" "$here/launchers/northstar.cmd" "$product/"
  else
    cp "$here/launchers/northstar-studio.sh" "$here/launchers/northstar" "$product/"
    chmod 755 "$product/northstar-studio.sh" "$product/northstar"
  fi
}

add_runtime() {
  local product="$1"
  rm -rf "$product/jre"
  # --generate-cds-archive: without it a jlinked runtime has no class data sharing archive, and the
  # studio parsed each of the 3,000 JDK classes it loads from the module image at every start
  "$JAVA_HOME/bin/jlink" --add-modules "$modules" --output "$product/jre" \
    --strip-debug --no-man-pages --no-header-files --compress zip-6 --generate-cds-archive
}

archive() {
  local product="$1" platform="$2" os="$3" name="north-star-studio-$version-$platform"
  local parent arch
  parent="$(dirname "$product")" arch="$(basename "$product")"
  if [[ "$os" == win32 ]]; then
    # jar writes zip files and comes with every JDK; it needs the root folder's real name
    local stage="$products/stage-$platform"
    rm -rf "$stage" && mkdir -p "$stage" && cp -r "$product" "$stage/north-star-studio"
    rm -f "$products/$name.zip"
    "$JAVA_HOME/bin/jar" --create --no-manifest --file "$products/$name.zip" -C "$stage" north-star-studio
    rm -rf "$stage"
  else
    tar -C "$parent" -czf "$products/$name.tar.gz" --transform "s,^$arch,north-star-studio," "$arch"
  fi
  echo "package.sh: $(ls "$products/$name".*) ($(du -h "$products/$name".* | cut -f1))"
}

[[ -n "${JAVA_HOME:-}" ]] || fail "JAVA_HOME is not set (run through ./northstar)"
for platform in $platforms; do
  IFS=. read -r os ws arch <<< "$platform"
  product="$products/org.northstar.studio.product/$os/$ws/$arch"
  # macOS products come as an app bundle meant for the native launcher we do not have;
  # its inner folder is the same installation as on the other platforms
  [[ -d "$product/Eclipse.app/Contents/Eclipse" ]] && product="$product/Eclipse.app/Contents/Eclipse"
  [[ -d "$product/plugins" ]] || fail "no materialized product for $platform in $product"
  rm -f "$product/eclipse.ini"   # written for a native launcher we do not have; the scripts hold the options
  add_launchers "$product" "$os"
  write_cli_classpath "$product"
  if [[ "$platform" == linux.gtk.x86_64 ]]; then
    add_runtime "$product"
    # the class caches belong to the runtime that wrote them: only the bundled one gets them.
    # The studio's unsigns the plug-ins first, so the command line needs no unsigned copies of them.
    prepare_studio_start "$product"
    prepare_cli_start "$product/jre/bin/java" "$product" "$examples"
  fi
  archive "$product" "$platform" "$os"
done

# ./northstar's command line (releng/scripts/cli.sh) runs the repository's jars with the build's JDK:
# the same fast start for it, in the repository's target folder.
dev="$(cd "$cli_repository/../.." && pwd)"
rm -rf "$dev/lib" && mkdir -p "$dev/lib"
(cd "$dev" && cli_jars repository/plugins) > "$dev/lib/cli.classpath"
prepare_cli_start "$JAVA_HOME/bin/java" "$dev" "$examples"
echo "$JAVA_HOME/bin/java" > "$dev/lib/cli.java"
