# Builds the Windows installer from the app image the installer module made (p1vault.exe, the window
# launcher, and p1vault-cli.exe, the console launcher), signing both launchers and then the .msi when a
# code-signing certificate is in the environment:
#   P1VAULT_WINDOWS_CERTIFICATE           the certificate with its private key, a base64-encoded .pfx
#   P1VAULT_WINDOWS_CERTIFICATE_PASSWORD  its password
#   P1VAULT_TIMESTAMP_URL                 RFC 3161 time-stamp server (default http://timestamp.digicert.com)
# Without a certificate the .msi is built unsigned and a warning says so (Windows SmartScreen will then
# warn whoever installs it). Needs Java 25's jpackage and WiX (3, or 4/5) on PATH. The .msi is made from
# our own main WiX source (-ResourceDir, msi/main.wxs), which also puts the install folder on the user's PATH.
param(
    [Parameter(Mandatory = $true)][string]$AppImage,
    [Parameter(Mandatory = $true)][string]$Dest,
    [Parameter(Mandatory = $true)][string]$Version,
    [Parameter(Mandatory = $true)][string]$UpgradeUuid,
    [Parameter(Mandatory = $true)][string]$Vendor,
    [Parameter(Mandatory = $true)][string]$Description,
    [Parameter(Mandatory = $true)][string]$ResourceDir
)
$ErrorActionPreference = 'Stop'

function Warn([string]$message) {
    # GitHub Actions shows ::warning:: lines on the run's summary page; elsewhere it is a plain warning.
    if ($env:GITHUB_ACTIONS) { Write-Output "::warning::$message" } else { Write-Warning $message }
}

function Find-SignTool {
    $onPath = Get-Command signtool.exe -ErrorAction SilentlyContinue
    if ($onPath) { return $onPath.Source }
    $kits = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" -ErrorAction SilentlyContinue |
        Sort-Object FullName -Descending
    if ($kits) { return $kits[0].FullName }
    throw 'signtool.exe not found (Windows SDK)'
}

$pfx = $null
if ($env:P1VAULT_WINDOWS_CERTIFICATE) {
    # The certificate is written to the runner's temporary folder only for signing, then deleted.
    $pfx = Join-Path ([IO.Path]::GetTempPath()) ("p1vault-signing-" + [Guid]::NewGuid() + '.pfx')
    [IO.File]::WriteAllBytes($pfx, [Convert]::FromBase64String($env:P1VAULT_WINDOWS_CERTIFICATE))
} else {
    Warn 'P1VAULT_WINDOWS_CERTIFICATE is not set: p1vault.exe, p1vault-cli.exe and the .msi are NOT signed'
}

function Sign([string]$file) {
    if (-not $pfx) { return }
    $timestamp = if ($env:P1VAULT_TIMESTAMP_URL) { $env:P1VAULT_TIMESTAMP_URL } else { 'http://timestamp.digicert.com' }
    & (Find-SignTool) sign /f $pfx /p $env:P1VAULT_WINDOWS_CERTIFICATE_PASSWORD /fd sha256 /tr $timestamp /td sha256 /d 'p1vault' $file
    if ($LASTEXITCODE -ne 0) { throw "signtool failed on $file" }
}

try {
    Sign (Join-Path $AppImage 'p1vault.exe')
    Sign (Join-Path $AppImage 'p1vault-cli.exe')

    New-Item -ItemType Directory -Force -Path $Dest | Out-Null
    # Per-user: no administrator rights needed; installs under %LOCALAPPDATA%\p1vault.
    & jpackage --type msi --app-image $AppImage --dest $Dest --name p1vault --app-version $Version `
        --vendor $Vendor --description $Description `
        --win-per-user-install --win-dir-chooser --win-menu --win-menu-group p1vault --win-shortcut `
        --win-upgrade-uuid $UpgradeUuid --resource-dir $ResourceDir
    if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }

    Sign (Join-Path $Dest "p1vault-$Version.msi")
} finally {
    if ($pfx) { Remove-Item -Force $pfx -ErrorAction SilentlyContinue }
}
