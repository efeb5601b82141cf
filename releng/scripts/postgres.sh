# Sourced by ./northstar: PostgreSQL for the data-source tests. The tests start a server of their
# own (initdb into a temporary folder, a free port, stopped by the tests, also when they fail);
# this only makes sure the server programs are installed. A fresh CI machine gets Debian's
# `postgresql` package when run as root, without the package's own cluster: nothing is left running.

postgres_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [[ -x "$dir/pg_ctl" ]] && { echo "$dir"; return 0; }
  done
  command -v pg_ctl >/dev/null 2>&1 && dirname "$(command -v pg_ctl)"
}

ensure_postgres() {
  [[ -n "$(postgres_bin)" ]] && return 0
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
    echo "northstar: the data-source tests need PostgreSQL's server programs (Debian: postgresql); install them and run again." >&2
    exit 2
  fi
  echo "northstar: installing PostgreSQL for the data-source tests..." >&2
  # no 'main' cluster: the package would otherwise create one and start it where it can
  mkdir -p /etc/postgresql-common/createcluster.d
  echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.d/northstar-tests.conf
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq postgresql >&2 || { apt-get update -qq >&2 && apt-get install -y -qq postgresql >&2; }
}
