; CALcert Desktop: the Windows installer (NSIS 3, Modern UI 2, Polish).
;
; Installs the frozen program (dist/CALcert, made by PyInstaller: the windowed CALcert.exe
; and the console calcert-cli.exe) per user, without administrator rights, into
; %LOCALAPPDATA%\Programs\CALcert Desktop; an administrator may choose to install for all
; users (Program Files). Start-menu shortcut, optional desktop shortcut, optionally the
; program folder on the user's PATH (for calcert-cli), an uninstaller that keeps the user's
; data unless asked to remove it, and in-place upgrades (the same folder and mode are found
; again; data and settings stay untouched, because they live in the user's profile, not in
; the program folder).
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
; The command line. Not "calcert.exe": Windows file names ignore case, so that would be
; CALcert.exe itself.
!define CONSOLE_EXE "calcert-cli.exe"
!define UNINSTALLER "Odinstaluj.exe"
!define PUBLISHER "Centrum Aktywności Lokalnej"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\CALcertDesktop"
; Where the program keeps the user's data and settings (src/calcert_desktop/paths.py:
; platformdirs' user_data_dir("CALcert Desktop", "CALcert"); QSettings of organisation
; "CALcert", application "CALcert Desktop").
!define DATA_PARENT "$LOCALAPPDATA\CALcert"
!define DATA_DIR "$LOCALAPPDATA\CALcert\CALcert Desktop"
!define SETTINGS_KEY "Software\CALcert\CALcert Desktop"
; The user's own PATH (HKCU\Environment, "Path"), changed only when asked (the section
; below or /DodajDoPATH). NSIS strings hold NSIS_MAX_STRLEN characters with the final NUL
; (1024 in the usual build, 8192 in the "large strings" one): a longer PATH would be read
; as empty or cut short, and writing it back would lose the rest. So a PATH is changed only
; when it was read whole and the result stays at most PATH_MAX_CHARS long; otherwise it is
; left as it was and the installer says so.
!define /math PATH_MAX_CHARS ${NSIS_MAX_STRLEN} - 2
; The exchange package's file type (issue 19): a double click on a .calpack opens the
; window, which reads the package once someone is signed in (launch.py, ui/packages.py).
!define EXCHANGE_EXTENSION ".calpack"

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
!include WinMessages.nsh

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
  Call PathChoiceFromCommandLine
FunctionEnd

Section "${APP_NAME} (wymagany)" SecProgram
  SectionIn RO
  ; An upgrade replaces the program's files only; the data are not in this folder.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CONSOLE_EXE}"
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

  WriteRegStr SHCTX "Software\Classes\${EXCHANGE_EXTENSION}" "" "CALcert.Pakiet"
  WriteRegStr SHCTX "Software\Classes\CALcert.Pakiet" "" "Paczka spraw CALcert"
  WriteRegStr SHCTX "Software\Classes\CALcert.Pakiet\DefaultIcon" "" "$INSTDIR\${APP_EXE},0"
  WriteRegStr SHCTX "Software\Classes\CALcert.Pakiet\shell\open\command" "" '"$INSTDIR\${APP_EXE}" "%1"'
  ; Explorer shows the new file type at once (SHCNE_ASSOCCHANGED).
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Section "Skrót na pulpicie" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}"
SectionEnd

; Off unless asked: most of the office uses the window only, and PATH is shared by every
; program of this user. Left unticked on an upgrade, an earlier entry stays as it was.
Section /o "Wiersz poleceń: polecenie calcert-cli w zmiennej PATH" SecPath
  Call AddToUserPath
SectionEnd

; /DodajDoPATH on the command line (e.g. with /S) ticks it.
Function PathChoiceFromCommandLine
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/DodajDoPATH" $R1
  ${IfNot} ${Errors}
    SectionSetFlags ${SecPath} ${SF_SELECTED}
  ${EndIf}
FunctionEnd

!macro USER_PATH_FUNCTIONS UN
; $R2 = 1 when HKCU\Environment has a value named Path (whatever it holds), else 0.
Function ${UN}UserPathExists
  StrCpy $R2 0
  StrCpy $R3 0
  ${Do}
    ClearErrors
    EnumRegValue $R4 HKCU "Environment" $R3
    ${If} ${Errors}
    ${OrIf} $R4 == ""
      ${ExitDo}
    ${EndIf}
    ${If} $R4 == "Path"
      StrCpy $R2 1
      ${ExitDo}
    ${EndIf}
    IntOp $R3 $R3 + 1
  ${Loop}
FunctionEnd

; $R0 = the user's PATH; $R1 = "ok" when it was read whole (or there is none: $R0 empty),
; "unsafe" when it exists but could not be read whole (too long for NSIS, or not text).
Function ${UN}ReadUserPath
  StrCpy $R1 "ok"
  ClearErrors
  ReadRegStr $R0 HKCU "Environment" "Path"
  ${If} ${Errors}
    StrCpy $R0 ""
    Call ${UN}UserPathExists
    ${If} $R2 == 1
      StrCpy $R1 "unsafe"
    ${EndIf}
  ${Else}
    StrLen $R2 $R0
    ${If} $R2 > ${PATH_MAX_CHARS}  ; as long as NSIS's buffer: perhaps cut short
      StrCpy $R1 "unsafe"
    ${EndIf}
  ${EndIf}
FunctionEnd

; $R5 = the PATH in $R0 without its entries naming $INSTDIR (with or without a final \, in
; any case), every other entry kept as it was, empty ones too; $R6 = how many were removed.
Function ${UN}PathWithout
  StrCpy $R5 ""
  StrCpy $R6 0
  StrCpy $R7 ""  ; the entry being read
  StrCpy $R8 0   ; the position in $R0
  StrCpy $R9 0   ; entries kept so far
  ${Do}
    StrCpy $R3 $R0 1 $R8
    ${If} $R3 == ";"
    ${OrIf} $R3 == ""
      ${If} $R7 == "$INSTDIR"
      ${OrIf} $R7 == "$INSTDIR\"
        IntOp $R6 $R6 + 1
      ${Else}
        ${If} $R9 > 0
          StrCpy $R5 "$R5;"
        ${EndIf}
        StrCpy $R5 "$R5$R7"
        IntOp $R9 $R9 + 1
      ${EndIf}
      StrCpy $R7 ""
      ${If} $R3 == ""
        ${ExitDo}
      ${EndIf}
    ${Else}
      StrCpy $R7 "$R7$R3"
    ${EndIf}
    IntOp $R8 $R8 + 1
  ${Loop}
FunctionEnd
!macroend
!insertmacro USER_PATH_FUNCTIONS ""
!insertmacro USER_PATH_FUNCTIONS "un."

Function AddToUserPath
  Call ReadUserPath
  ${If} $R1 != "ok"
    DetailPrint "Nie zmieniono zmiennej PATH (dłuższa niż ${PATH_MAX_CHARS} znaków albo nieczytelna)."
    MessageBox MB_OK|MB_ICONEXCLAMATION "Twoja zmienna PATH jest dłuższa, niż instalator może bezpiecznie zmienić (${PATH_MAX_CHARS} znaków), albo nie jest tekstem, więc pozostała bez zmian. Aby używać polecenia calcert-cli, dodaj do niej samodzielnie folder:$\r$\n$INSTDIR" /SD IDOK
    Return
  ${EndIf}
  Call PathWithout
  ${If} $R6 > 0
    DetailPrint "Folder programu jest już w zmiennej PATH."
    Return
  ${EndIf}
  StrLen $R2 $R0
  StrLen $R3 "$INSTDIR"
  IntOp $R2 $R2 + $R3
  IntOp $R2 $R2 + 1
  ${If} $R2 > ${PATH_MAX_CHARS}
    DetailPrint "Nie zmieniono zmiennej PATH (byłaby dłuższa niż ${PATH_MAX_CHARS} znaków)."
    MessageBox MB_OK|MB_ICONEXCLAMATION "Zmienna PATH z folderem programu byłaby dłuższa, niż instalator może bezpiecznie zapisać (${PATH_MAX_CHARS} znaków), więc pozostała bez zmian. Aby używać polecenia calcert-cli, dodaj do niej samodzielnie folder:$\r$\n$INSTDIR" /SD IDOK
    Return
  ${EndIf}
  ${If} $R0 == ""
    StrCpy $R0 "$INSTDIR"
  ${Else}
    StrCpy $R3 $R0 1 -1
    ${If} $R3 == ";"
      StrCpy $R0 "$R0$INSTDIR"
    ${Else}
      StrCpy $R0 "$R0;$INSTDIR"
    ${EndIf}
  ${EndIf}
  ; REG_EXPAND_SZ, as Windows writes the user's PATH: entries such as %USERPROFILE%\bin work.
  WriteRegExpandStr HKCU "Environment" "Path" $R0
  ; Programs started from now on (a new console window) see the new PATH.
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  DetailPrint "Dodano folder programu do zmiennej PATH: $INSTDIR"
FunctionEnd

Function un.RemoveFromUserPath
  Call un.ReadUserPath
  ${If} $R1 != "ok"
    DetailPrint "Nie zmieniono zmiennej PATH (dłuższa niż ${PATH_MAX_CHARS} znaków albo nieczytelna): usuń z niej samodzielnie $INSTDIR."
    Return
  ${EndIf}
  Call un.PathWithout
  ${If} $R6 == 0
    Return
  ${EndIf}
  ${If} $R5 == ""
    DeleteRegValue HKCU "Environment" "Path"
  ${Else}
    WriteRegExpandStr HKCU "Environment" "Path" $R5
  ${EndIf}
  SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
  DetailPrint "Usunięto folder programu ze zmiennej PATH."
FunctionEnd

Section "un.${APP_NAME}" UnSecProgram
  SectionIn RO
  Delete "$DESKTOP\${APP_NAME}.lnk"
  RMDir /r "$SMPROGRAMS\${APP_NAME}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\${CONSOLE_EXE}"
  Delete "$INSTDIR\${UNINSTALLER}"
  ; The user's PATH, if the installer (or the user) put this folder there.
  Call un.RemoveFromUserPath
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINST_KEY}"
  DeleteRegKey SHCTX "Software\Classes\${EXCHANGE_EXTENSION}"
  DeleteRegKey SHCTX "Software\Classes\CALcert.Pakiet"
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
