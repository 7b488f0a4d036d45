#!/usr/bin/env bash
# pkg-config with a plain compiler command, against an installed prefix.
set -euo pipefail
prefix="$1"; source_dir="$2"; work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
flags="$(PKG_CONFIG_PATH="$prefix/share/pkgconfig" pkg-config --cflags cors)"
c++ $flags "$source_dir/tests/consumers/decide.cpp" -o "$work/consumer"
"$work/consumer"
