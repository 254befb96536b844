; Inno Setup script: a Windows installer for the folder PyInstaller made (dist\engagedesk\).
;
;   iscc /DAppVersion=0.1.0 packaging\engagedesk.iss     ->  dist\EngageDesk-0.1.0-setup.exe
;
; Installs for the current user by default (no administrator needed on a nonprofit's shared
; laptop); the dialog offers "for all users" too.  See packaging/README.md.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; A fixed id: later versions upgrade this installation in place. Never change it.
AppId={{6F1D3C52-7A0B-4E8C-9B7E-2D5A1C0E9F44}
AppName=EngageDesk
AppVersion={#AppVersion}
AppPublisher=EngageDesk
DefaultDirName={autopf}\EngageDesk
DefaultGroupName=EngageDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=EngageDesk-{#AppVersion}-setup
SetupIconFile=icons\engagedesk.ico
UninstallDisplayIcon={app}\engagedesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The database lives in the user's data folder, never in {app}: uninstalling leaves it in place.

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\engagedesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\EngageDesk"; Filename: "{app}\engagedesk.exe"
Name: "{autodesktop}\EngageDesk"; Filename: "{app}\engagedesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\engagedesk.exe"; Description: "{cm:LaunchProgram,EngageDesk}"; Flags: nowait postinstall skipifsilent
