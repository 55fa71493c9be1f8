#!/usr/bin/env bash
# Builds the Debian package from a staged `make install` tree (PREFIX=/usr):
#   packaging/deb/build.sh STAGE VERSION OUT.deb
# Adds DEBIAN/: control (Depends on the shared libraries the binary links, computed by
# dpkg-shlibdeps, plus the tools it runs), conffiles (every file under /etc), md5sums and the
# maintainer scripts of this directory, and the lintian overrides (each with its reason); then
# dpkg-deb with root-owned files (gzip: a 25 MB package in seconds; xz saves 8 MB for a minute).
set -euo pipefail
STAGE=${1:?usage: build.sh STAGE VERSION OUT.deb}
VERSION=${2:?}
OUT=${3:?}
HERE=$(cd "$(dirname "$0")" && pwd)

top=$(sed -n '1s/^phi-milter (\([^)]*\)).*/\1/p' "$HERE/changelog")
[[ $top == "$VERSION" ]] || { echo "build.sh: packaging/deb/changelog is at $top, the binary at $VERSION" >&2; exit 1; }

# dpkg-shlibdeps wants a debian/control beside the tree; it only reads the package names.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/debian"
printf 'Source: phi-milter\n\nPackage: phi-milter\nArchitecture: amd64\n' > "$work/debian/control"
bin=$(realpath "$STAGE/usr/sbin/phi-milter")
shlibs=$(cd "$work" && dpkg-shlibdeps -O -e"$bin" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
[[ -n $shlibs ]] || { echo "build.sh: dpkg-shlibdeps found no libraries for $bin" >&2; exit 1; }

rm -rf "$STAGE/DEBIAN"
install -D -m 0644 "$HERE/lintian-overrides" "$STAGE/usr/share/lintian/overrides/phi-milter"
install -d -m 0755 "$STAGE/DEBIAN"
size=$(du -sk --apparent-size "$STAGE" | cut -f1)
sed -e "s/@VERSION@/$VERSION/" -e "s/@SHLIBS@/$shlibs/" -e "s/@SIZE@/$size/" \
  "$HERE/control.in" > "$STAGE/DEBIAN/control"
(cd "$STAGE" && find etc -type f | sort | sed 's|^|/|') > "$STAGE/DEBIAN/conffiles"
(cd "$STAGE" && find usr lib -type f -print0 | sort -z | xargs -0 md5sum) > "$STAGE/DEBIAN/md5sums"
for s in postinst prerm postrm; do install -m 0755 "$HERE/$s" "$STAGE/DEBIAN/$s"; done
chmod 0644 "$STAGE/DEBIAN/control" "$STAGE/DEBIAN/conffiles" "$STAGE/DEBIAN/md5sums"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$OUT" >/dev/null
echo "built $OUT ($(du -h "$OUT" | cut -f1), Depends: $shlibs)"
