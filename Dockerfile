# syntax=docker/dockerfile:1
# HybridTrainer web app: build with the .NET SDK image, run on the smaller ASP.NET runtime image as a non-root user.
#   docker build -t hybridtrainer .      (or: docker compose up --build, with PostgreSQL, see docker-compose.yml)
# The app needs ConnectionStrings__HybridTrainer (PostgreSQL); it applies its migrations at start-up.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

# global.json is left out on purpose: it names the SDK feature band used on developer machines, which the SDK image
# may not carry; any 10.0 SDK builds the app.
# Restore first, from the project files alone, so the package layer is reused until a project file changes.
# (nuget.confi[g] copies a NuGet config when the repository has one, and nothing otherwise.)
COPY Directory.Build.props Directory.Packages.props .editorconfig nuget.confi[g] ./
COPY src/HybridTrainer.Domain/HybridTrainer.Domain.csproj src/HybridTrainer.Domain/
COPY src/HybridTrainer.Data/HybridTrainer.Data.csproj src/HybridTrainer.Data/
COPY src/HybridTrainer.Web/HybridTrainer.Web.csproj src/HybridTrainer.Web/
RUN dotnet restore src/HybridTrainer.Web/HybridTrainer.Web.csproj

COPY src/ src/
RUN dotnet publish src/HybridTrainer.Web/HybridTrainer.Web.csproj -c Release --no-restore -o /app/publish \
    -p:UseAppHost=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
# Kestrel listens on 8080 inside the container (the image's default, stated here so it is visible).
ENV ASPNETCORE_HTTP_PORTS=8080 \
    DOTNET_CLI_TELEMETRY_OPTOUT=1
COPY --from=build /app/publish .
# The image's built-in unprivileged user: the app never needs to write into /app.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "HybridTrainer.Web.dll"]
