#!/usr/bin/env bash
# Check the installer's behaviour on Linux under Wine (32-bit Wine: NSIS installers are
# 32-bit; Debian: dpkg --add-architecture i386 && apt-get update && apt install wine32:i386
# wine64). Not part of CI. It compiles two installers of a dummy program (versions 0.1.0 and
# 0.2.0, uncompressed) and checks, silently (/S), as a user without the all-users choice:
#   1. a per-user install: files in %LOCALAPPDATA%\Programs\CALcert Desktop, the uninstall
#      key in HKCU, Start-menu and desktop shortcuts;
#   2. an upgrade in place: same folder, new DisplayVersion, the user's data and settings kept;
#   3. uninstalling keeps the data and settings, removes the program, shortcuts and key;
#   4. uninstalling with /UsunDane removes the data and settings too.
# Usage: bash build/installer/check_with_wine.sh
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Wine links the user's Desktop (and Documents...) to $HOME: a home of its own here.
mkdir -p "$work/home"
export HOME="$work/home" WINEPREFIX="$work/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
mkdir -p "$work/program/_internal"
printf 'MZ' > "$work/program/CALcert.exe"
echo "biblioteki" > "$work/program/_internal/plik.txt"
for version in 0.1.0 0.2.0; do
    makensis -V1 -WX -INPUTCHARSET UTF8 -DUNCOMPRESSED -DVERSION="$version" \
        -DSOURCE_DIR="$work/program" -DOUT_FILE="$work/instalator-$version.exe" \
        "$here/calcert.nsi"
done
wineboot -i >/dev/null 2>&1
user_dir="$(ls -d "$WINEPREFIX"/drive_c/users/* | grep -v Public | head -1)"
local_dir="$user_dir/AppData/Local"
program="$local_dir/Programs/CALcert Desktop"
data="$local_dir/CALcert/CALcert Desktop"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\CALcertDesktop'
settings='HKCU\Software\CALcert\CALcert Desktop'
fail() { echo "BŁĄD: $*" >&2; exit 1; }
# The uninstaller copies itself to a temporary folder and returns at once: wait for Wine.
run() { wine "$@"; wineserver -w; }
value() { wine reg query "$1" /v "$2" 2>/dev/null | tr -d '\r' | awk -v n="$2" '$1 == n {print $3}'; }
start_menu="$user_dir/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/CALcert Desktop"
shortcuts() {
    local count=0
    [ -f "$start_menu/CALcert Desktop.lnk" ] && count=$((count + 1))
    [ -f "$start_menu/Odinstaluj CALcert Desktop.lnk" ] && count=$((count + 1))
    [ -f "$user_dir/Desktop/CALcert Desktop.lnk" ] && count=$((count + 1))
    echo "$count"
}

run "$work/instalator-0.1.0.exe" /S
[ -f "$program/CALcert.exe" ] && [ -f "$program/_internal/plik.txt" ] \
    || fail "brak plików programu w $program"
[ -f "$program/Odinstaluj.exe" ] || fail "brak deinstalatora"
[ "$(value "$key" DisplayVersion)" = "0.1.0" ] || fail "brak klucza deinstalacji w HKCU"
[ "$(shortcuts)" -eq 3 ] || fail "brak skrótów w menu Start i na pulpicie"
echo "1. instalacja dla użytkownika: pliki, klucz HKCU, skróty — OK"

mkdir -p "$data" && echo "baza" > "$data/calcert.sqlite3"
wine reg add "$settings" /v language /d en /f >/dev/null
echo "stary" > "$program/_internal/stary-plik.txt"
run "$work/instalator-0.2.0.exe" /S
[ "$(value "$key" DisplayVersion)" = "0.2.0" ] || fail "aktualizacja nie zmieniła wersji"
[ ! -e "$program/_internal/stary-plik.txt" ] || fail "aktualizacja zostawiła stare pliki programu"
[ -f "$data/calcert.sqlite3" ] || fail "aktualizacja usunęła dane"
[ "$(value "$settings" language)" = "en" ] || fail "aktualizacja usunęła ustawienia"
echo "2. aktualizacja w miejscu: wersja 0.2.0, dane i ustawienia zostały — OK"

run "$program/Odinstaluj.exe" /S
[ ! -e "$program" ] || fail "deinstalacja zostawiła pliki programu"
[ -z "$(value "$key" DisplayVersion)" ] || fail "deinstalacja zostawiła klucz"
[ "$(shortcuts)" -eq 0 ] || fail "deinstalacja zostawiła skróty"
[ -f "$data/calcert.sqlite3" ] || fail "deinstalacja usunęła dane bez pytania"
[ "$(value "$settings" language)" = "en" ] || fail "deinstalacja usunęła ustawienia"
echo "3. deinstalacja: program usunięty, dane i ustawienia zostały — OK"

run "$work/instalator-0.2.0.exe" /S
run "$program/Odinstaluj.exe" /S /UsunDane
[ ! -e "$data" ] || fail "/UsunDane nie usunęło danych"
[ -z "$(value "$settings" language)" ] || fail "/UsunDane nie usunęło ustawień"
echo "4. deinstalacja z /UsunDane: dane i ustawienia usunięte — OK"
