# SPDX-License-Identifier: EPL-2.0
<#
.SYNOPSIS
The HVNet command on Windows, run from the unzipped product this file sits in (what hvnet does on Linux).

.DESCRIPTION
  .\hvnet.ps1 simulate lab.hvnet
  .\hvnet.ps1 workbench [DIR]     the HVNet Workbench (workbench archive only), DIR a project of its workspace
Java 17 or later: $env:JAVA_HOME\bin\java.exe, else java.exe on the PATH. HVNET_JAVA_OPTS adds JVM options (one
naming a garbage collector replaces ours); HVNET_WORKSPACE is the workbench's workspace (default
$HOME\hvnet-workspace). Arguments and piped input reach the command unchanged; the exit code is the command's.
#>
$hvnetArguments = @($args)
$ErrorActionPreference = 'Continue'   # java -version writes to stderr: never a terminating error here

function Stop-Hvnet([string] $message) {
    [Console]::Error.WriteLine("hvnet: $message")
    exit 2
}

# Windows PowerShell 5.1 (and PowerShell 7 with $PSNativeCommandArgumentPassing = 'Legacy') passes arguments to a
# program without escaping them: there an empty argument becomes "", a quote \" (with the backslashes before it
# doubled), and the trailing backslashes of an argument PowerShell will quote (it holds a space) are doubled.
function ConvertTo-JavaArgument([string] $text) {
    $passing = Get-Variable -Name PSNativeCommandArgumentPassing -ValueOnly -ErrorAction SilentlyContinue
    if ($passing -and "$passing" -ne 'Legacy') { return $text }
    if ($text -eq '') { return '""' }
    $text = $text -replace '(\\*)"', '$1$1\"'
    if ($text -match '\s') { $text = $text -replace '(\\+)$', '$1$1' }
    return $text
}

function Find-Plugin([string] $pattern) {
    Get-ChildItem -LiteralPath (Join-Path $PSScriptRoot 'plugins') -Filter $pattern -File -ErrorAction SilentlyContinue |
        Select-Object -First 1
}

$launcher = Find-Plugin 'org.eclipse.equinox.launcher_*.jar'
if (-not $launcher) { Stop-Hvnet "$PSScriptRoot\plugins has no org.eclipse.equinox.launcher_*.jar: run hvnet.ps1 where the archive was unzipped" }

$java = $null
if ($env:JAVA_HOME) {
    $candidate = Join-Path $env:JAVA_HOME.Trim('"') 'bin\java.exe'
    if (Test-Path -LiteralPath $candidate -PathType Leaf) { $java = $candidate }
}
if (-not $java) {
    $onPath = Get-Command -Name java.exe -CommandType Application -ErrorAction SilentlyContinue | Select-Object -First 1
    if ($onPath) { $java = $onPath.Path }
}
if (-not $java) { Stop-Hvnet 'no Java found: set JAVA_HOME to a Java 17 or later, or put its bin folder on the PATH' }
$specification = & $java -XshowSettings:properties -version 2>&1 | ForEach-Object { "$_" } |
    Select-String -Pattern 'java\.specification\.version = (\d+)' | Select-Object -First 1
if (-not $specification -or [int] $specification.Matches[0].Groups[1].Value -lt 17) {
    Stop-Hvnet "$java is not a Java 17 or later: set JAVA_HOME to one"
}

$userOptions = @(-split "$env:HVNET_JAVA_OPTS" | Where-Object { $_ -ne '' })
# The workbench archive holds the command's bundles too: there the command runs as the product's second application.
$application = @()
if (Find-Plugin 'org.hvnet.ui_*.jar') { $application = @('-Declipse.application=org.hvnet.cli.hvnet', '-Dosgi.instance.area=@none') }

if ($hvnetArguments.Count -gt 0 -and "$($hvnetArguments[0])" -eq 'workbench') {
    if ($application.Count -eq 0) { Stop-Hvnet "this is the command's archive: unzip hvnet-workbench-win32.win32.x86_64.zip for the workbench" }
    $data = $env:HVNET_WORKSPACE
    if (-not $data) { $data = Join-Path $HOME 'hvnet-workspace' }
    $programArguments = @('-data', $data)
    if ($hvnetArguments.Count -gt 1) {
        if (-not (Test-Path -LiteralPath "$($hvnetArguments[1])" -PathType Container)) { Stop-Hvnet "'$($hvnetArguments[1])' is not a folder" }
        $programArguments += @('-hvnetProject', (Resolve-Path -LiteralPath "$($hvnetArguments[1])").ProviderPath)
    }
    $javaArguments = @('-Xmx1g') + $userOptions + @('-jar', $launcher.FullName) + $programArguments
    & $java @($javaArguments | ForEach-Object { ConvertTo-JavaArgument $_ })
    exit $LASTEXITCODE
}

# A short-lived command: C1 only and the serial collector start fastest (as hvnet on Linux does for lab files).
$compiler = @('-XX:TieredStopAtLevel=1')
$collector = @('-XX:+UseSerialGC')
# The language server and the diagram server live as long as the editor: the optimizing compiler pays off there,
# and the language server, which rebuilds a whole model on every edit, runs with the parallel collector.
$subcommand = if ($hvnetArguments.Count -gt 0) { "$($hvnetArguments[0])" } else { '' }
if ($subcommand -eq 'serve' -or $subcommand -eq 'lsp') { $compiler = @() }
if ($subcommand -eq 'lsp') { $collector = @('-XX:+UseParallelGC') }
if ("$env:HVNET_JAVA_OPTS" -match 'GC') { $collector = @() }
$jvmOptions = $compiler + $collector + @('-Xlog:disable')
# (an argument PowerShell read as a list, a,b, goes on as it was typed)
$commandArguments = @($hvnetArguments | ForEach-Object { if ($_ -is [array]) { $_ -join ',' } else { "$_" } })
$javaArguments = $jvmOptions + $userOptions + $application + @('-jar', $launcher.FullName) + $commandArguments
$javaArguments = @($javaArguments | ForEach-Object { ConvertTo-JavaArgument $_ })
if ($MyInvocation.ExpectingInput) {
    # piped lines reach the command's standard input as UTF-8 (Windows PowerShell's default would be ASCII)
    $OutputEncoding = New-Object System.Text.UTF8Encoding $false
    $input | & $java @javaArguments
} else {
    & $java @javaArguments
}
exit $LASTEXITCODE
