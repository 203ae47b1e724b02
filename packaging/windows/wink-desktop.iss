; Inno Setup 6 script of Wink Desktop for Windows. NOT RUN ON OUR MACHINES (Linux only):
; the CI workflow (.github/workflows/build.yml) builds it on windows-latest.
;
; Per-user install without administrator rights (PrivilegesRequired=lowest): the app goes to
; {userpf}\Wink Desktop (%LOCALAPPDATA%\Programs\Wink Desktop), the Start menu entry to the
; user's Programs folder, and the uninstaller is listed in "Installed apps" for this user.
;
; Built by `python packaging/build.py` after PyInstaller has made dist\wink-desktop\:
;     iscc /DAppVersion=0.1.0 packaging\windows\wink-desktop.iss
; Output: dist\wink-desktop-<version>-windows-x64-setup.exe

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z (packaging/build.py does)
#endif

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{7C5E2B8A-3F4D-4B6E-9A1C-2D8F0E6B4A93}
AppName=Wink Desktop
AppVersion={#AppVersion}
AppPublisher=Wink
AppPublisherURL=https://www.wink.fr
AppSupportURL=https://www.wink.fr
PrivilegesRequired=lowest
; With PrivilegesRequired=lowest, {autopf} is {userpf} and {autoprograms} the user's.
DefaultDirName={autopf}\Wink Desktop
DisableDirPage=yes
DefaultGroupName=Wink Desktop
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=wink-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile=..\..\build\package\wink-desktop.ico
UninstallDisplayIcon={app}\wink-desktop.exe
UninstallDisplayName=Wink Desktop
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Windows 10 or later (Qt 6 needs it).
MinVersion=10.0
CloseApplications=yes

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\..\dist\wink-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Wink Desktop"; Filename: "{app}\wink-desktop.exe"
Name: "{autodesktop}\Wink Desktop"; Filename: "{app}\wink-desktop.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\wink-desktop.exe"; Description: "{cm:LaunchProgram,Wink Desktop}"; Flags: nowait postinstall skipifsilent

[Code]
{ "Lancer Wink au démarrage" writes this value (HKCU Run key) from the app's Settings; the
  uninstaller removes it, so Windows does not try to start a program that is gone. The
  user's settings, logs and keyring entries stay (see the README's Install section). }
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    RegDeleteValue(HKEY_CURRENT_USER, 'Software\Microsoft\Windows\CurrentVersion\Run', 'Wink Desktop');
end;
