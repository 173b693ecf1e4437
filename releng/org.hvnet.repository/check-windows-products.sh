#!/usr/bin/env bash
# SPDX-License-Identifier: EPL-2.0
# The build's check of the Windows products (verify phase; any failure fails the build with its reason):
#   check-windows-products.sh PRODUCTS_DIR JAVA_HOME
# - the Windows archives hold hvnet.cmd and hvnet.ps1 (CRLF) at their root and the Equinox launcher jar they start;
#   the workbench's holds the win32 SWT fragment and no GTK one; the Linux archives hold no Windows file;
# - every plugins jar the scripts look for is in the workbench archive, the launcher in the command's too, and the
#   workbench bundle (by which the scripts tell the archives apart) only in the workbench's;
# - the scripts pass the arguments on as given (%* / the argument list) and the exit code through;
# - both Windows archives, unzipped, run the command (`help`) on this JVM as the scripts start it: the command's
#   bundles are platform-neutral, so this is the Windows archives' own configuration at work; the Windows workbench
#   selects the Edge browser (not Internet Explorer) for the diagram.
set -euo pipefail
PRODUCTS="$1"
JAVA_HOME_DIR="$2"
CLI_ZIP="$PRODUCTS/hvnet-cli-win32.win32.x86_64.zip"
WORKBENCH_ZIP="$PRODUCTS/hvnet-workbench-win32.win32.x86_64.zip"
WORK="$PRODUCTS/../windows-check"

fail() { echo "Windows products: $*" >&2; exit 1; }
has() { grep -q -x -E "$2" <<<"$1"; }

[ -f "$CLI_ZIP" ] || fail "$CLI_ZIP is missing"
[ -f "$WORKBENCH_ZIP" ] || fail "$WORKBENCH_ZIP is missing"
cli=$("$JAVA_HOME_DIR/bin/jar" tf "$CLI_ZIP")
workbench=$("$JAVA_HOME_DIR/bin/jar" tf "$WORKBENCH_ZIP")
for archive in cli workbench; do
    for file in hvnet.cmd hvnet.ps1 'plugins/org\.eclipse\.equinox\.launcher_[^/]*\.jar' configuration/config.ini; do
        has "${!archive}" "$file" || fail "the $archive archive lacks $file"
    done
done
has "$workbench" 'plugins/org\.eclipse\.swt\.win32\.win32\.x86_64_[^/]*\.jar' || fail "the workbench archive lacks the win32 SWT fragment"
! has "$workbench" 'plugins/org\.eclipse\.swt\.gtk[^/]*' || fail "the Windows workbench archive holds a GTK SWT fragment"
for linux in "$PRODUCTS"/*-linux.gtk.x86_64.tar.gz; do
    ! tar tzf "$linux" 2>/dev/null | grep -q -E '^(hvnet\.cmd|hvnet\.ps1|plugins/org\.eclipse\.swt\.win32[^/]*)$' \
        || fail "$(basename "$linux") holds a Windows file"
done

rm -rf "$WORK"
mkdir -p "$WORK/cli" "$WORK/workbench"
(cd "$WORK/cli" && "$JAVA_HOME_DIR/bin/jar" xf "$CLI_ZIP")
(cd "$WORK/workbench" && "$JAVA_HOME_DIR/bin/jar" xf "$WORKBENCH_ZIP")
CMD="$WORK/cli/hvnet.cmd"
PS1="$WORK/cli/hvnet.ps1"
for script in "$CMD" "$PS1"; do
    ! grep -q -v $'\r$' "$script" || fail "$(basename "$script") has lines without CRLF (cmd.exe's goto needs them; .gitattributes checks them out so)"
done

# The plugins jars the scripts look for: plugins\NAME_*.jar (hvnet.cmd) and Find-Plugin 'NAME_*.jar' (hvnet.ps1).
plugins=$(grep -h -o -E "[A-Za-z0-9.]+_\*\.jar" "$CMD" "$PS1" | sort -u)
[ -n "$plugins" ] || fail "the scripts name no plugins jar"
while read -r plugin; do
    pattern="plugins/${plugin//./\\.}"
    pattern="${pattern//\*/[^/]*}"
    has "$workbench" "$pattern" || fail "the scripts look for plugins/$plugin: not in the workbench archive"
done <<<"$plugins"
grep -q -F 'org.eclipse.equinox.launcher_*.jar' "$CMD" && grep -q -F 'org.eclipse.equinox.launcher_*.jar' "$PS1" \
    || fail "a script does not start plugins/org.eclipse.equinox.launcher_*.jar"
grep -q -F 'org.hvnet.ui_*.jar' "$CMD" && grep -q -F 'org.hvnet.ui_*.jar' "$PS1" \
    || fail "a script does not tell the workbench archive by plugins/org.hvnet.ui_*.jar"
! has "$cli" 'plugins/org\.hvnet\.ui_[^/]*\.jar' || fail "the command's archive holds org.hvnet.ui: the scripts would take it for the workbench's"

# Argument passing and exit code: the command's java line ends with %* (the command line as typed) and is followed by
# exit /b %ERRORLEVEL%; in PowerShell the arguments are the script's own, run through ConvertTo-JavaArgument.
grep -A1 -E '^"%HVNET_JAVA%" .*-jar "%HVNET_LAUNCHER%" %\*'$'\r$' "$CMD" | grep -q -x -F 'exit /b %ERRORLEVEL%'$'\r' \
    || fail "hvnet.cmd does not run the launcher with %* followed by exit /b %ERRORLEVEL%"
grep -q -x -F '$hvnetArguments = @($args)'$'\r' "$PS1" \
    && grep -q -F '+ @('"'"'-jar'"'"', $launcher.FullName) + $commandArguments' "$PS1" \
    && grep -q -F '$javaArguments = @($javaArguments | ForEach-Object { ConvertTo-JavaArgument $_ })' "$PS1" \
    && grep -q -x -F '    & $java @javaArguments'$'\r' "$PS1" \
    && grep -A1 -F '    & $java @(' "$PS1" | grep -q -x -F '    exit $LASTEXITCODE'$'\r' \
    && [ "$(tail -n 1 "$PS1")" = 'exit $LASTEXITCODE'$'\r' ] \
    || fail "hvnet.ps1 does not pass its arguments to the launcher and its exit code back"

# The servers (lsp, serve) start with the optimizing compiler, the language server with the parallel collector, as the
# Linux launcher starts them; every other command with C1 and the serial collector.
grep -q -x -F '"%HVNET_JAVA%" %HVNET_COMPILER% %HVNET_COLLECTOR% -Xlog:disable %HVNET_JAVA_OPTS% %HVNET_APPLICATION% -jar "%HVNET_LAUNCHER%" %*'$'\r' "$CMD" \
    && grep -q -x -F 'if /i "%~1"=="serve" set "HVNET_COMPILER="'$'\r' "$CMD" \
    && grep -q -x -F 'if /i "%~1"=="lsp" set "HVNET_COMPILER="'$'\r' "$CMD" \
    && grep -q -x -F 'if /i "%~1"=="lsp" set "HVNET_COLLECTOR=-XX:+UseParallelGC"'$'\r' "$CMD" \
    || fail "hvnet.cmd does not start lsp and serve with the optimizing compiler (lsp with the parallel collector)"
grep -q -x -F "if (\$subcommand -eq 'serve' -or \$subcommand -eq 'lsp') { \$compiler = @() }"$'\r' "$PS1" \
    && grep -q -x -F "if (\$subcommand -eq 'lsp') { \$collector = @('-XX:+UseParallelGC') }"$'\r' "$PS1" \
    && grep -q -x -F "\$jvmOptions = \$compiler + \$collector + @('-Xlog:disable')"$'\r' "$PS1" \
    || fail "hvnet.ps1 does not start lsp and serve with the optimizing compiler (lsp with the parallel collector)"

grep -q -x -F 'org.eclipse.swt.browser.DefaultType=edge' "$WORK/workbench/configuration/config.ini" \
    || fail "the Windows workbench does not select the Edge browser (the diagram's web client needs it)"

# The command, as the scripts start it, from each unzipped Windows archive (the workbench's as its second application).
application_cmd=$(grep -o -E -- '-Declipse\.application=[A-Za-z0-9.]+' "$CMD")
application_ps1=$(grep -o -E -- '-Declipse\.application=[A-Za-z0-9.]+' "$PS1")
[ "$application_cmd" = "$application_ps1" ] || fail "hvnet.cmd runs $application_cmd, hvnet.ps1 $application_ps1"
for archive in cli workbench; do
    launcher=("$WORK/$archive"/plugins/org.eclipse.equinox.launcher_*.jar)
    options=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xlog:disable)
    [ "$archive" = cli ] || options+=("$application_cmd" -Dosgi.instance.area=@none)
    help=$("$JAVA_HOME_DIR/bin/java" "${options[@]}" -jar "${launcher[0]}" help 2>&1) \
        || fail "the $archive archive's command failed: $help"
    grep -q -F '  simulate FILES' <<<"$help" || fail "the $archive archive's command did not print its help: $help"
done
rm -rf "$WORK"
echo "Windows products: both archives hold what they need, and their command runs"
