# Build the Windows installer of vqdesk: clean venv -> licences -> PyInstaller -> check -> ISCC.
#
#   powershell -ExecutionPolicy Bypass -File installer\build.ps1 [-Python C:\Path\to\python.exe] [-SkipInstaller]
#
# Output: dist\vqdesk\ (the program folder) and dist\vqdesk-<version>-setup.exe.
# This file is kept ASCII-only so that Windows PowerShell 5.1 reads it correctly without a BOM.

param(
    [string]$Python = "",        # default: the py launcher's Python 3.11
    [switch]$SkipInstaller       # stop after PyInstaller and the check (no Inno Setup needed)
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest
$Root = Split-Path -Parent $PSScriptRoot
Set-Location $Root

function Invoke-Checked {
    # Native programs do not stop the script on failure by themselves: check the exit code.
    # A plain function (no param block) so that arguments such as -m reach the program as they are.
    $exe, $rest = $args
    & $exe @rest
    if ($LASTEXITCODE -ne 0) { throw "failed ($LASTEXITCODE): $exe $($rest -join ' ')" }
}

function Find-Iscc {
    $command = Get-Command ISCC.exe -ErrorAction SilentlyContinue
    if ($command) { return $command.Source }
    $candidates = @(
        (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
        (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe")
    )
    foreach ($candidate in $candidates) {
        if (Test-Path $candidate) { return $candidate }
    }
    throw "ISCC.exe (Inno Setup 6) not found: install Inno Setup 6.3 or newer, or put ISCC.exe on PATH."
}

Write-Host "== clean build environment"
$Venv = Join-Path $Root "build\installer-venv"
foreach ($old in @($Venv, "build\pyinstaller", "dist\vqdesk")) {
    if (Test-Path $old) { Remove-Item -Recurse -Force $old }
}
if ($Python) {
    Invoke-Checked $Python -m venv $Venv
} else {
    Invoke-Checked py -3.11 -m venv $Venv
}
$Py = Join-Path $Venv "Scripts\python.exe"
Invoke-Checked $Py -m pip install --quiet --upgrade pip
Invoke-Checked $Py -m pip install --quiet -r installer\requirements-build.txt
Invoke-Checked $Py -m pip install --quiet .
Invoke-Checked $Py -m pip freeze --exclude-editable | Out-File -Encoding ascii build\installer-freeze.txt
$Version = (& $Py -c "import vqdesk; print(vqdesk.__version__)").Trim()
Write-Host "vqdesk $Version"

Write-Host "== licences of the bundled packages"
Invoke-Checked $Py installer\collect_licenses.py

Write-Host "== PyInstaller"
Invoke-Checked $Py -m PyInstaller --noconfirm --clean --workpath build\pyinstaller --distpath dist installer\vqdesk.spec

Write-Host "== check the bundle in a folder with Chinese characters and spaces"
$Cli = Join-Path $Root "dist\vqdesk\vqdesk-cli.exe"
$Chinese = -join [char[]](0x5F20, 0x0020, 0x8001, 0x5E08)          # "zhang laoshi" with a space
$CheckDir = Join-Path ([System.IO.Path]::GetTempPath()) "vqdesk check $Chinese"
if (Test-Path $CheckDir) { Remove-Item -Recurse -Force $CheckDir }
New-Item -ItemType Directory -Path $CheckDir | Out-Null
$Report = Join-Path $CheckDir "$Chinese.vqd"
Invoke-Checked $Cli --version
Invoke-Checked $Cli demo $Report
Invoke-Checked $Cli export $Report --pdf (Join-Path $CheckDir "$Chinese.pdf") --xlsx (Join-Path $CheckDir "$Chinese.xlsx")
Invoke-Checked $Cli import $Report (Join-Path $CheckDir "$Chinese.xlsx")
# The GUI with Qt's real Windows platform plugin: its window shows for 3 s, then it quits by itself
# (VQDESK_QUIT_AFTER_MS); a dialog instead of the window would not quit, hence the time limit.
$env:VQDESK_QUIT_AFTER_MS = "3000"
try {
    $Gui = Start-Process -FilePath (Join-Path $Root "dist\vqdesk\vqdesk.exe") -ArgumentList "`"$Report`"" -PassThru
    $null = $Gui.Handle  # without it .ExitCode stays empty (a known Start-Process quirk)
    if (-not $Gui.WaitForExit(120000)) { $Gui.Kill(); throw "vqdesk.exe did not quit: it could not open the report" }
    if ($Gui.ExitCode -ne 0) { throw "vqdesk.exe exited with $($Gui.ExitCode)" }
} finally {
    Remove-Item Env:VQDESK_QUIT_AFTER_MS
}
Remove-Item -Recurse -Force $CheckDir

if ($SkipInstaller) {
    Write-Host "Program folder: dist\vqdesk (installer skipped)"
    exit 0
}

Write-Host "== Inno Setup"
$Iscc = Find-Iscc
Invoke-Checked $Iscc "/DAppVersion=$Version" installer\vqdesk.iss
$Setup = Join-Path $Root "dist\vqdesk-$Version-setup.exe"
if (-not (Test-Path $Setup)) { throw "ISCC finished but $Setup is missing" }
Write-Host "Installer: $Setup"
