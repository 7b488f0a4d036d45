#!/usr/bin/env bash
# The Meson consumer (CTest: consumer_meson):
#   1. this project with cors as a subproject (subprojects/cors, a link to the checkout), with
#      -Dwarning_level=3 -Dwerror=true, every component the checkout's meson.build finds;
#   2. cors installed by Meson (meson install), its files compared with CMake's install of the
#      same checkout (CMAKE_PREFIX: the same paths must hold the same bytes, cors.pc included),
#      and this project built against it through pkg-config.
#   run.sh SOURCE_DIR WORK_DIR CMAKE_PREFIX [COMPONENT...]
# The COMPONENTs given (those CMake found) must be found by Meson too.
set -euo pipefail
source_dir="$1"; work="$2"; cmake_prefix="$3"; shift 3
here="$source_dir/tests/consumers/meson"
rm -rf "$work"
mkdir -p "$work/consumer/subprojects"
cp "$here/meson.build" "$here/meson_options.txt" "$here/components.cpp" \
   "$source_dir/tests/consumers/decide.cpp" "$source_dir/tests/consumers/decide_json.cpp" \
   "$source_dir/tests/consumers/decide_kong.cpp" "$work/consumer/"
ln -s "$source_dir" "$work/consumer/subprojects/cors"

echo "== 1. cors as a subproject"
meson setup "$work/build" "$work/consumer" -Dwarning_level=3 -Dwerror=true
meson compile -C "$work/build"
meson test -C "$work/build" --print-errorlogs
for component in "$@"; do
  if [ ! -x "$work/build/consumer-$component" ]; then
    echo "cors-$component: found by CMake, not by meson.build (see the Components summary above)" >&2
    exit 1
  fi
done

echo "== 2. cors installed by Meson, used through pkg-config"
meson setup "$work/cors-build" "$source_dir" --prefix "$work/prefix" -Ddemo=disabled
meson install -C "$work/cors-build" --quiet
installed="$(cd "$work/prefix" && find . -type f | sort)"
[ -n "$installed" ]
while read -r file; do
  if ! cmp -s "$work/prefix/$file" "$cmake_prefix/$file"; then
    echo "meson install's $file differs from CMake's ($cmake_prefix/$file):" >&2
    diff "$cmake_prefix/$file" "$work/prefix/$file" >&2 || true
    exit 1
  fi
done <<<"$installed"
echo "meson install: $(wc -l <<<"$installed") files, each the same as CMake's install"
PKG_CONFIG_PATH="$work/prefix/share/pkgconfig" \
  meson setup "$work/build-pkgconfig" "$work/consumer" -Dcors=pkg-config -Dwarning_level=3 -Dwerror=true
meson compile -C "$work/build-pkgconfig"
meson test -C "$work/build-pkgconfig" --print-errorlogs
