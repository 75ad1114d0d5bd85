; Inno Setup 6 script: the Windows installer for fieldnotes (UNTESTED: see packaging/README.md).
;
; Wraps the PyInstaller folder dist\fieldnotes (packaging/fieldnotes.spec built on Windows)
; and registers .fieldnotes project files to open with fieldnotes. Build, from the
; repository root:
;     iscc /DAppVersion=0.1.0 /DSourceDir=%CD%\dist\fieldnotes /DOutputDir=%CD%\dist packaging\windows\fieldnotes.iss
; (relative paths would be taken from this script's folder, hence the absolute ones).
; Installs for the current user without administrator rights; an administrator can choose
; "all users" in the first page instead (PrivilegesRequiredOverridesAllowed).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\fieldnotes"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif
#define AppId "org.fieldnotes.Fieldnotes"
#define ProgId "org.fieldnotes.Fieldnotes.project"

[Setup]
; A fixed GUID: Windows recognises upgrades and the uninstaller by it. Never change it.
AppId={{6F1E5A3C-2B7D-4E8A-9C41-5D0F3B7A9E21}
AppName=fieldnotes
AppVersion={#AppVersion}
AppVerName=fieldnotes {#AppVersion}
AppPublisher=The fieldnotes contributors
DefaultDirName={autopf}\fieldnotes
DefaultGroupName=fieldnotes
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ChangesAssociations=yes
OutputDir={#OutputDir}
OutputBaseFilename=fieldnotes-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\build-icons\fieldnotes.ico
UninstallDisplayIcon={app}\fieldnotes.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\fieldnotes"; Filename: "{app}\fieldnotes.exe"; AppUserModelID: "{#AppId}"
Name: "{autodesktop}\fieldnotes"; Filename: "{app}\fieldnotes.exe"; Tasks: desktopicon

[Registry]
; .fieldnotes -> our ProgID -> "fieldnotes.exe" "%1". HKA is HKCU for a per-user install
; and HKLM for an all-users one.
Root: HKA; Subkey: "Software\Classes\.fieldnotes"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.fieldnotes\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "fieldnotes project"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\fieldnotes.exe,0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\fieldnotes.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\fieldnotes.exe\SupportedTypes"; ValueType: string; ValueName: ".fieldnotes"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\fieldnotes.exe"; Description: "{cm:LaunchProgram,fieldnotes}"; Flags: nowait postinstall skipifsilent
