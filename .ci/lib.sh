# Helpers shared by the .ci/setup-*.sh scripts (sourced, not run). A fresh machine has Node, npm
# and apt; nothing else (curl, sudo) is assumed.

# Run a command as root: directly when we are root, else through sudo when there is one.
as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    echo "$(basename "$0"): needs root to run: $*" >&2
    return 1
  fi
}

# apt-get install without questions, recommends or chatter.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# Print the body of an HTTP GET and succeed only on a 2xx answer within two seconds (Node's fetch).
http_get() {
  node -e '
    fetch(process.argv[1], { signal: AbortSignal.timeout(2000) })
      .then(async (r) => { if (!r.ok) process.exit(1); process.stdout.write(await r.text()); })
      .catch(() => process.exit(1));
  ' "$1"
}
