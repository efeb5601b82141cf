@echo off
rem The North Star command line:  northstar.cmd validate [--format text|json|sarif] PATH...
rem Needs Java 21 or newer: the runtime in jre\ when there is one, else %JAVA_HOME%, else java on the PATH.
setlocal enabledelayedexpansion
set "STUDIO=%~dp0"
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java.exe"
if exist "%STUDIO%jre\bin\java.exe" set "JAVA=%STUDIO%jre\bin\java.exe"
set "CP="
for /f "usebackq delims=" %%j in ("%STUDIO%lib\cli.classpath") do set "CP=!CP!;%STUDIO%%%j"
rem batch commands: the throughput collector, survivors straight to the old generation (see lib/java.sh)
set "GC=-XX:+UseParallelGC -XX:MaxTenuringThreshold=0"
if /i "%~1"=="lsp" set "GC="
"%JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 !GC! -cp "!CP:~1!" org.northstar.cli.Main %*
exit /b %ERRORLEVEL%
