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
"%JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "!CP:~1!" org.northstar.cli.Main %*
exit /b %ERRORLEVEL%
