; CALcert Desktop: the Windows installer (NSIS 3, Modern UI 2, Polish).
;
; Installs the frozen program (dist/CALcert, made by PyInstaller) per user, without
; administrator rights, into %LOCALAPPDATA%\Programs\CALcert Desktop; an administrator may
; choose to install for all users (Program Files). Start-menu shortcut, optional desktop
; shortcut, an uninstaller that keeps the user's data unless asked to remove it, and in-place
; upgrades (the same folder and mode are found again; data and settings stay untouched,
; because they live in the user's profile, not in the program folder).
;
; Compiled by `python dev.py build --installer`, which passes:
;   -DVERSION=0.1.0  -DSOURCE_DIR=<dist/CALcert>  -DOUT_FILE=<…-instalator.exe>
; and, with --installer-check (CI), -DUNCOMPRESSED to compile quickly.

Unicode true
ManifestDPIAware true

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef SOURCE_DIR
  !error "Podaj folder zbudowanego programu: makensis -DSOURCE_DIR=dist\CALcert calcert.nsi"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "CALcert-Desktop-${VERSION}-instalator.exe"
!endif

!define APP_NAME "CALcert Desktop"
!define APP_EXE "CALcert.exe"
!define UNINSTALLER "Odinstaluj.exe"
!define PUBLISHER "Centrum Aktywności Lokalnej"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CALcertDesktop"
; Where the program keeps the user's data and settings (src/calcert_desktop/paths.py:
; platformdirs' user_data_dir("CALcert Desktop", "CALcert"); QSettings of organisation
; "CALcert", application "CALcert Desktop").
!define DATA_PARENT "$LOCALAPPDATA\CALcert"
!define DATA_DIR "$LOCALAPPDATA\CALcert\CALcert Desktop"
!define SETTINGS_KEY "Software\CALcert\CALcert Desktop"
; The exchange package's file type is registered here once that format exists: define
; EXCHANGE_EXTENSION (e.g. -DEXCHANGE_EXTENSION=.calpakiet) to turn it on.

Name "${APP_NAME} ${VERSION}"
OutFile "${OUT_FILE}"
!ifdef UNCOMPRESSED
  SetCompress off  ; CI only checks that the script compiles: no minutes of LZMA
!else
  SetCompressor /SOLID lzma
!endif
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1045 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1045 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1045 "FileDescription" "Instalator programu ${APP_NAME}"
VIAddVersionKey /LANG=1045 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1045 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1045 "LegalCopyright" "CALcert Desktop team"

; Per user by default, no elevation; administrators are offered "for all users".
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_DEFAULT_CURRENTUSER
!define MULTIUSER_USE_PROGRAMFILES64
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
; An upgrade finds the earlier folder and mode (an all-users install has its key in HKLM).
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallLocation"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${UNINST_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "UninstallString"

!include MultiUser.nsh
!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include x64.nsh

!define MUI_ICON "..\..\resources\icons\calcert.ico"
!define MUI_UNICON "..\..\resources\icons\calcert.ico"
!define MUI_WELCOMEFINISHPAGE_BITMAP "..\..\resources\icons\instalator.bmp"
!define MUI_ABORTWARNING
!define MUI_UNABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Uruchom ${APP_NAME}"
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!define MUI_COMPONENTSPAGE_TEXT_TOP "Program zostanie usunięty. Dane (baza spraw, wygenerowane dokumenty, kopie zapasowe) i ustawienia zostają, chyba że zaznaczysz ich usunięcie."
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Polish"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_OK|MB_ICONSTOP "${APP_NAME} wymaga 64-bitowego systemu Windows."
    Abort
  ${EndIf}
  !insertmacro MULTIUSER_INIT
FunctionEnd

Section "${APP_NAME} (wymagany)" SecProgram
  SectionIn RO
  ; An upgrade replaces the program's files only; the data are not in this folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateDirectory "$SMPROGRAMS\${APP_NAME}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
  CreateShortcut "$SMPROGRAMS\${APP_NAME}\Odinstaluj ${APP_NAME}.lnk" "$INSTDIR\${UNINSTALLER}"

  ; SHCTX: HKCU for a per-user install, HKLM for all users (set by MultiUser).
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${APP_EXE}"
  WriteRegStr SHCTX "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD SHCTX "${UNINST_KEY}" "EstimatedSize" "$0"

!ifdef EXCHANGE_EXTENSION
  WriteRegStr SHCTX "Software\Classes\${EXCHANGE_EXTENSION}" "" "CALcert.Pakiet"
  WriteRegStr SHCTX "Software\Classes\CALcert.Pakiet" "" "Pakiet wymiany CALcert"
  WriteRegStr SHCTX "Software\Classes\CALcert.Pakiet\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "Software\Classes\CALcert.Pakiet\shell\open\command" "" '"$INSTDIR\${APP_EXE}" import "%1"'
!endif
SectionEnd

Section "Skrót na pulpicie" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

Section "un.${APP_NAME}" UnSecProgram
  SectionIn RO
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
!ifdef EXCHANGE_EXTENSION
  DeleteRegKey SHCTX "Software\Classes\${EXCHANGE_EXTENSION}"
  DeleteRegKey SHCTX "Software\Classes\CALcert.Pakiet"
!endif
SectionEnd

; Unchecked unless the user asks: the cases, documents and backups of this Windows user.
Section /o "un.Usuń także dane i ustawienia (baza spraw, dokumenty, kopie zapasowe)" UnSecData
  SetShellVarContext current
  RMDir /r "${DATA_DIR}"
  RMDir "${DATA_PARENT}"
  DeleteRegKey HKCU "${SETTINGS_KEY}"
  DeleteRegKey /ifempty HKCU "Software\CALcert"
SectionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  ; "/UsunDane" (e.g. with /S, by an administrator's script) also removes the data.
  ${un.GetParameters} $R0
  ClearErrors
  ${un.GetOptions} $R0 "/UsunDane" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${UnSecData} ${SF_SELECTED}
  ${EndIf}
FunctionEnd
