#!/bin/sh
# Add Crossread to this user's application menu: the .desktop entry (pointing at this
# bundle's executable), the icons and the AppStream metainfo, under ~/.local/share.
# Run it from the unpacked bundle: ./crossread/install-desktop.sh
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
mkdir -p "$DATA/applications" "$DATA/metainfo" "$DATA/icons"
sed "s|^Exec=crossread |Exec=\"$HERE/crossread\" |" "$HERE/share/applications/crossread.desktop" \
  > "$DATA/applications/crossread.desktop"
cp "$HERE/share/metainfo/io.github.crossread.Crossread.metainfo.xml" "$DATA/metainfo/"
cp -R "$HERE/share/icons/hicolor" "$DATA/icons/"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
# refresh an existing icon cache; never create one (a stale user cache hides other icons)
if [ -f "$DATA/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
fi
echo "Crossread added to the application menu ($DATA/applications/crossread.desktop)"
