# ReportBot: build with the SDK, run on the slim runtime as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ReportBot.sln ./
COPY config/ config/
COPY src/ src/
# ReadyToRun: precompiled code, so a one-off `check FILE` does not pay the JIT of AngleSharp and the reader
# (measured: a saved web page 3.5 s → 2.0 s per process on a loaded 2-core machine; tests/ReportBot.Benchmarks --check).
RUN dotnet publish src/ReportBot/ReportBot.csproj -c Release --use-current-runtime --self-contained false -p:PublishReadyToRun=true -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
# config/ (the report format) is published beside the binary; the SQLite file lives on the volume.
COPY --from=build /app ./
USER root
RUN mkdir -p /data && chown "$APP_UID" /data
# The non-root user the .NET images provide.
USER $APP_UID
VOLUME /data
ENV Storage__Path=/data/reportbot.db
# The token is never baked in: pass Bot__Token with `docker run -e`.
ENTRYPOINT ["dotnet", "ReportBot.dll"]
CMD ["bot"]
