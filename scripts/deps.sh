#!/usr/bin/env bash
# Installs the Debian 12 packages Skopos needs, only those missing.
# Needs root or sudo when something is missing. Sourced by run.sh and test.sh.
set -euo pipefail

SKOPOS_PACKAGES=(
  g++ cmake ninja-build pkg-config ccache
  qt6-base-dev qt6-tools-dev qt6-l10n-tools libquazip1-qt6-dev nlohmann-json3-dev
  qt6-svg-dev libssl-dev zlib1g-dev liblzma-dev libbz2-dev liblz4-dev libisal-dev libseccomp-dev libgl-dev xvfb xauth python3
)

skopos_install_deps() {
  local missing=()
  for p in "${SKOPOS_PACKAGES[@]}" "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "skopos: installing ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "skopos: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Generates glibc locales (e.g. de_DE.UTF-8) that `locale -a` does not list yet;
# needs the `locales` package, and root or sudo when one is missing.
skopos_generate_locales() {
  local missing=() l
  for l in "$@"; do
    # locale -a spells them normalised: de_DE.utf8
    locale -a 2>/dev/null | grep -qix "${l%%.*}.utf8" || missing+=("$l")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  for l in "${missing[@]}"; do
    $sudo sed -i "s/^# *${l} UTF-8/${l} UTF-8/" /etc/locale.gen
    grep -q "^${l} UTF-8" /etc/locale.gen || echo "${l} UTF-8" | $sudo tee -a /etc/locale.gen >/dev/null
  done
  $sudo locale-gen >/dev/null
}

skopos_build() {
  local dir="$1"; shift
  cmake -S "$SKOPOS_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" -j"$(nproc)"
}
