#!/usr/bin/env bash
# Installs the compilers the fix planner's "moved code still compiles" tests run (go build, ruby -c, php -l;
# javac ships with the machine). Without them those tests skip and say why; CI should run them, so .ci/run
# calls this first. Only what is missing is installed, from Debian's packages.
set -euo pipefail
missing=()
command -v go >/dev/null 2>&1 || missing+=(golang-go)
command -v ruby >/dev/null 2>&1 || missing+=(ruby)
command -v php >/dev/null 2>&1 || missing+=(php-cli)
if [ ${#missing[@]} -eq 0 ]; then
  echo "[toolchains] go, ruby and php are present"
  exit 0
fi
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "[toolchains] cannot install ${missing[*]} (needs root and apt-get); their compile tests will be skipped"
  exit 0
fi
echo "[toolchains] installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
