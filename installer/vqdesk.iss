; Inno Setup 6 script for vqdesk (中职质量年报助手).
; Build with installer\build.ps1 (it runs PyInstaller first, then ISCC with /DAppVersion=...).
; This file is UTF-8 with a byte-order mark: ISCC needs the mark to read the Chinese texts.

#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed (x64compatible).
#endif

#define AppName "中职质量年报助手"
#define AppExe "vqdesk.exe"
#define ProgId "vqdesk.report"
#define BundleDir SourcePath + "..\dist\vqdesk"
#ifndef AppVersion
  ; Taken from the version resource PyInstaller wrote (vqdesk.__version__).
  #define AppVersion GetVersionNumbersString(BundleDir + "\" + AppExe)
#endif
; Inno Setup ships no Simplified Chinese messages: installer\languages\ChineseSimplified.isl if
; present, otherwise a copy in the compiler's Languages folder (see installer\README.md).
#if FileExists(SourcePath + "languages\ChineseSimplified.isl")
  #define ChineseMessages SourcePath + "languages\ChineseSimplified.isl"
#else
  #define ChineseMessages "compiler:Languages\ChineseSimplified.isl"
#endif

[Setup]
; The AppId identifies the product for upgrades and uninstall: never change it.
AppId={{248887BA-5C84-4D80-9EAF-BDC72AE5A6B8}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=vqdesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
; Per machine by default; a user without administrator rights chooses "只为我安装" in the dialog.
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
; ASCII folder names only: bundled Python/Qt programs have failed under non-ASCII paths.
DefaultDirName={code:DefaultInstallDir}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
SetupIconFile=..\resources\icons\vqdesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
OutputDir=..\dist
OutputBaseFilename=vqdesk-{#AppVersion}-setup

[Languages]
Name: "chs"; MessagesFile: "{#ChineseMessages}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chs.FileTypeName=vqdesk 质量年报文件
en.FileTypeName=vqdesk quality report file
chs.Licenses=第三方软件许可证
en.Licenses=Third-party licences
chs.NonAsciiDir=安装文件夹“%1”中含有中文或其他非英文字符，个别电脑上程序可能因此无法启动。%n%n建议改用只含英文字母和数字的文件夹，例如 C:\vqdesk。仍要安装到这里吗？
en.NonAsciiDir=The folder "%1" contains non-English characters, which can keep the program from starting on some computers.%n%nA folder with only English letters and digits, such as C:\vqdesk, is recommended. Install here anyway?

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "licenses\*"; DestDir: "{app}\licenses"; Flags: ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:Licenses}"; Filename: "{app}\licenses\THIRD-PARTY.txt"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a .vqd file opens it in vqdesk.  HKA is HKLM for a per-machine install and
; HKCU for a per-user one.  Only the keys written here are removed on uninstall.
Root: HKA; Subkey: "Software\Classes\.vqd"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.vqd\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:FileTypeName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".vqd"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the program folder, and only if nothing is left in it.  Report files (wherever the user
; saved them) and the per-user data folder (%APPDATA%\vqdesk: recent files, sample copy, log)
; are never touched, so reinstalling finds everything as it was.
Type: dirifempty; Name: "{app}"

[Code]
function IsAsciiPath(const Path: String): Boolean;
var
  I: Integer;
begin
  Result := True;
  for I := 1 to Length(Path) do
    if Ord(Path[I]) > 127 then
    begin
      Result := False;
      Exit;
    end;
end;

{ Per machine: C:\Program Files\vqdesk.  Per user: %LOCALAPPDATA%\Programs\vqdesk, which contains
  the user name; when that name is Chinese, C:\vqdesk keeps the path ASCII. }
function DefaultInstallDir(Param: String): String;
begin
  Result := ExpandConstant('{autopf}\vqdesk');
  if not IsAsciiPath(Result) then
    Result := ExpandConstant('{sd}\vqdesk');
end;

function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and not IsAsciiPath(WizardDirValue) then
    Result := MsgBox(FmtMessage(CustomMessage('NonAsciiDir'), [WizardDirValue]),
                     mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES;
end;
