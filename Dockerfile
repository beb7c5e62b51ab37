# syntax=docker/dockerfile:1
# PromiseKeeper web app. Build: docker build -t promisekeeper .
# Run with a database: docker compose up (see docker-compose.yml).

# --- build -------------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Restore first, from the project files only, so that this layer is cached
# until a project file or the central package versions change.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/PromiseKeeper.Domain/PromiseKeeper.Domain.csproj src/PromiseKeeper.Domain/
COPY src/PromiseKeeper.Web/PromiseKeeper.Web.csproj src/PromiseKeeper.Web/
RUN dotnet restore src/PromiseKeeper.Web/PromiseKeeper.Web.csproj

COPY src/ src/
RUN dotnet publish src/PromiseKeeper.Web/PromiseKeeper.Web.csproj \
      -c Release --no-restore -o /app/publish -p:UseAppHost=false

# --- runtime -----------------------------------------------------------------
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_NOLOGO=1 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app/publish ./
# The image's built-in non-root user ("app", uid in $APP_UID).
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "PromiseKeeper.Web.dll"]
