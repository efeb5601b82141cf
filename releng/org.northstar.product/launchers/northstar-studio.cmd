@echo off
rem Starts North Star Studio:  northstar-studio.cmd [WORKSPACE]
rem Needs Java 21 or newer: the runtime in jre\ when there is one, else %JAVA_HOME%, else javaw on the PATH.
setlocal
set "STUDIO=%~dp0"
set "JAVA=javaw"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\javaw.exe"
if exist "%STUDIO%jre\bin\javaw.exe" set "JAVA=%STUDIO%jre\bin\javaw.exe"
set "WORKSPACE=%USERPROFILE%\northstar-workspace"
if defined NORTHSTAR_WORKSPACE set "WORKSPACE=%NORTHSTAR_WORKSPACE%"
if not "%~1"=="" set "WORKSPACE=%~1"
for %%f in ("%STUDIO%plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%f"
start "North Star Studio" "%JAVA%" -Xms256m -Xmx2g -Dosgi.requiredJavaVersion=21 -jar "%LAUNCHER%" -install "%STUDIO%." -configuration "%STUDIO%configuration" -data "%WORKSPACE%" -showsplash org.northstar.studio
