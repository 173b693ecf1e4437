@echo off
rem SPDX-License-Identifier: EPL-2.0
rem hvnet.cmd: the HVNet command on Windows, run from the unzipped product it sits in (what hvnet does on Linux).
rem   hvnet.cmd simulate lab.hvnet
rem   hvnet.cmd workbench [DIR]      the HVNet Workbench (workbench archive only), DIR a project of its workspace
rem Java 17 or later: %JAVA_HOME%\bin\java.exe, else java.exe on the PATH. HVNET_JAVA_OPTS adds JVM options (one
rem naming a garbage collector replaces ours); HVNET_WORKSPACE is the workbench's workspace
rem (default %USERPROFILE%\hvnet-workspace). Quote an argument holding spaces or & | < > ^ as usual in cmd.
setlocal EnableExtensions DisableDelayedExpansion
set "HVNET_HOME=%~dp0"

set "HVNET_LAUNCHER="
for %%J in ("%HVNET_HOME%plugins\org.eclipse.equinox.launcher_*.jar") do set "HVNET_LAUNCHER=%%~fJ"
if defined HVNET_LAUNCHER goto find_java
echo hvnet: "%HVNET_HOME%plugins" has no org.eclipse.equinox.launcher_*.jar: run hvnet.cmd where the archive was unzipped>&2
exit /b 2

:find_java
set "HVNET_JAVA="
if not defined JAVA_HOME goto java_on_path
set "HVNET_JAVA_HOME=%JAVA_HOME:"=%"
if exist "%HVNET_JAVA_HOME%\bin\java.exe" set "HVNET_JAVA=%HVNET_JAVA_HOME%\bin\java.exe"
if defined HVNET_JAVA goto check_java
:java_on_path
for %%X in (java.exe) do set "HVNET_JAVA=%%~$PATH:X"
if defined HVNET_JAVA goto check_java
echo hvnet: no Java found: set JAVA_HOME to a Java 17 or later, or put its bin folder on the PATH>&2
exit /b 2
:check_java
"%HVNET_JAVA%" -XshowSettings:properties -version 2>&1 | findstr /r /c:"java\.specification\.version = 1[7-9]" /c:"java\.specification\.version = [2-9][0-9]" >nul
if not errorlevel 1 goto java_found
echo hvnet: "%HVNET_JAVA%" is not a Java 17 or later: set JAVA_HOME to one>&2
exit /b 2

:java_found
rem The workbench archive holds the command's bundles too: there the command runs as the product's second application.
set "HVNET_APPLICATION="
if exist "%HVNET_HOME%plugins\org.hvnet.ui_*.jar" set "HVNET_APPLICATION=-Declipse.application=org.hvnet.cli.hvnet -Dosgi.instance.area=@none"
if /i "%~1"=="workbench" goto workbench

rem A short-lived command: C1 only and the serial collector start fastest (as hvnet on Linux does for lab files).
set "HVNET_COMPILER=-XX:TieredStopAtLevel=1"
set "HVNET_COLLECTOR=-XX:+UseSerialGC"
rem The language server and the diagram server live as long as the editor: the optimizing compiler pays off there,
rem and the language server, which rebuilds a whole model on every edit, runs with the parallel collector.
if /i "%~1"=="serve" set "HVNET_COMPILER="
if /i "%~1"=="lsp" set "HVNET_COMPILER="
if /i "%~1"=="lsp" set "HVNET_COLLECTOR=-XX:+UseParallelGC"
rem (the test on a line of its own: cmd expands a whole line first, and the substitution of an undefined variable
rem would break the line)
if not defined HVNET_JAVA_OPTS goto command_run
if not "%HVNET_JAVA_OPTS:GC=%"=="%HVNET_JAVA_OPTS%" set "HVNET_COLLECTOR="
:command_run
rem %* is the command line as typed: every argument reaches the command as Windows programs parse it.
"%HVNET_JAVA%" %HVNET_COMPILER% %HVNET_COLLECTOR% -Xlog:disable %HVNET_JAVA_OPTS% %HVNET_APPLICATION% -jar "%HVNET_LAUNCHER%" %*
exit /b %ERRORLEVEL%

:workbench
if defined HVNET_APPLICATION goto workbench_installed
echo hvnet: this is the command's archive: unzip hvnet-workbench-win32.win32.x86_64.zip for the workbench>&2
exit /b 2
:workbench_installed
set "HVNET_DATA=%HVNET_WORKSPACE%"
if not defined HVNET_DATA set "HVNET_DATA=%USERPROFILE%\hvnet-workspace"
rem (a folder ending in \ gets a . after it: \" would escape the closing quote)
if "%HVNET_DATA:~-1%"=="\" set "HVNET_DATA=%HVNET_DATA%."
if "%~2"=="" goto workbench_run
if exist "%~f2\*" goto workbench_project
echo hvnet: "%~2" is not a folder>&2
exit /b 2
:workbench_project
set "HVNET_PROJECT=%~f2"
if "%HVNET_PROJECT:~-1%"=="\" set "HVNET_PROJECT=%HVNET_PROJECT%."
"%HVNET_JAVA%" -Xmx1g %HVNET_JAVA_OPTS% -jar "%HVNET_LAUNCHER%" -data "%HVNET_DATA%" -hvnetProject "%HVNET_PROJECT%"
exit /b %ERRORLEVEL%
:workbench_run
"%HVNET_JAVA%" -Xmx1g %HVNET_JAVA_OPTS% -jar "%HVNET_LAUNCHER%" -data "%HVNET_DATA%"
exit /b %ERRORLEVEL%
