using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PromiseKeeper.Web.Data;
using PromiseKeeper.Web.Infrastructure.Localization;
using PromiseKeeper.Web.Infrastructure.Mail;
using PromiseKeeper.Web.Infrastructure.Scheduling;
using PromiseKeeper.Web.Infrastructure.Texts;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var builder = WebApplication.CreateBuilder(MigrationCommand.WithoutSwitch(args));

    builder.Services.AddSerilog((services, logger) => logger
        .ReadFrom.Configuration(builder.Configuration)
        .ReadFrom.Services(services)
        .Enrich.FromLogContext());

    var connectionString = builder.Configuration.GetConnectionString("PromiseKeeper")
        ?? throw new InvalidOperationException(
            "No database: set the connection string 'ConnectionStrings:PromiseKeeper' (environment variable ConnectionStrings__PromiseKeeper), or start the app with scripts/run.sh.");
    builder.Services.AddDbContextPool<PromiseKeeperDbContext>(options => options.UseNpgsql(DatabaseConnectionString.WithAppDefaults(connectionString), ReadRetryingExecutionStrategy.Apply));
    builder.Services.AddSingleton<ClientDirectory>().AddSingleton<ClientDirectoryInvalidation>();
    builder.Services.AddSingleton<PromiseKeeper.Web.Pages.Incidents.List.IncidentListPickers>().AddSingleton<PromiseKeeper.Web.Pages.Incidents.List.IncidentListPickersInvalidation>();
    builder.Services.ConfigureDbContext<PromiseKeeperDbContext>((services, options) => options.AddInterceptors(services.GetRequiredService<PromiseKeeper.Web.Pages.Incidents.List.IncidentListPickersInvalidation>()));
    builder.Services.ConfigureDbContext<PromiseKeeperDbContext>((services, options) => options.AddInterceptors(services.GetRequiredService<ClientDirectoryInvalidation>()));
    LagTolerantReads.Add(builder, connectionString);
    builder.Services.AddSingleton<StreamingReads>();
    builder.Services.AddSingleton<PromiseKeeper.Web.Infrastructure.Display.PagePaths>();
    builder.AddSharedDataProtection();
    builder.AddObservability();
    builder.AddAppLocalization();

    builder.Services
        .AddIdentity<ApplicationUser, IdentityRole>(IdentitySettings.Apply)
        .AddEntityFrameworkStores<PromiseKeeperDbContext>()
        .AddClaimsPrincipalFactory<AppUserClaimsPrincipalFactory>()
        .AddSignInManager<AppSignInManager>()
        .AddPasswordValidator<CommonPasswordValidator>()
        .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
        .AddDefaultTokenProviders();
    builder.Services.AddScoped<ISecurityStampValidator, AppSecurityStampValidator>();
    builder.Services.ConfigureApplicationCookie(IdentitySettings.ApplyCookie);
    builder.AddLoginSessions();
    builder.AddSignInProtection();
    builder.Services.AddAuthorization(Policies.Add);

    builder.Services.AddMediator(options =>
    {
        options.ServiceLifetime = ServiceLifetime.Scoped;
        // Authorization first: a request the user may not make is refused before validation says anything.
        options.PipelineBehaviors = [typeof(RequestAuthorizationBehavior<,>), typeof(ValidationBehavior<,>)];
    });
    builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);

    builder.Services.AddHttpContextAccessor();
    builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();
    builder.Services.AddScoped<ReaderTimes>();
    builder.Services.AddScoped<IAuditLog, AuditLog>();
    builder.Services.AddScoped<IncidentChanges>();
    builder.Services.AddScoped<PromiseKeeper.Web.Pages.Incidents.Playbook.CallInvitationEmails>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.Notifier>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.NotificationRecipients>();
    builder.Services.AddScoped<PromiseKeeper.Web.Infrastructure.Scheduling.ITimeDrivenWork, PromiseKeeper.Web.ClockHistory.ClockSweep>();
    builder.Services.AddScoped<PromiseKeeper.Web.Infrastructure.Scheduling.ITimeDrivenWork, PromiseKeeper.Web.Figures.IncidentFiguresRefresh>();
    builder.Services.AddScoped<PromiseKeeper.Web.Infrastructure.Scheduling.ITimeDrivenWork, PromiseKeeper.Web.Figures.DashboardDaysRefresh>();
    builder.Services.AddScoped<PromiseKeeper.Web.Infrastructure.Scheduling.ITimeDrivenWork, PromiseKeeper.Web.Figures.ClientBankDaysRefresh>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.NotificationTexts>();
    builder.Services.AddScoped<PromiseKeeper.Web.Pages.Incidents.Playbook.OwnerChoices>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.NotificationMails>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.PublicUrls>();
    builder.Services.AddSingleton<PromiseKeeper.Web.Notifications.UnsubscribeTokens>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.Unsubscriptions>();
    builder.Services.AddSingleton(TimeProvider.System);
    builder.Services.Configure<StartupOptions>(builder.Configuration.GetSection(StartupOptions.Section));
    builder.Services.AddSingleton(new LiquidTemplates());
    builder.Services.AddSingleton<DraftTexts>();
    builder.Services.AddSingleton<StageGuidanceTexts>();
    builder.Services.AddSingleton<DemoPlaybook>();
    builder.Services.AddScoped<DemoData>();
    builder.Services.AddScoped<PromiseKeeper.Web.Notifications.DemoNotifications>();
    builder.Services.AddEmailDelivery(builder.Configuration);
    builder.Services.AddTimeDrivenWork(builder.Configuration);

    builder.Services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Incidents", Policies.ReadsIncidents);
            options.Conventions.AuthorizePage("/Incidents/Log", Policies.LogsIncidents);
            options.Conventions.AuthorizePage("/Incidents/Correct", Policies.LogsIncidents);
            options.Conventions.AuthorizeFolder("/Incidents/Playbook", Policies.LogsIncidents);
            options.Conventions.AuthorizePage("/Incidents/RetroReview", Policies.ReadsReviews);
            options.Conventions.AuthorizePage("/Incidents/Reassign", Policies.LeadsTeams);
            options.Conventions.AuthorizeFolder("/Reviews", Policies.ReadsReviews);
            options.Conventions.AuthorizePage("/Incidents/LegalReview", Policies.ReviewsLegally);
            options.Conventions.AuthorizeFolder("/Legal", Policies.ReviewsLegally);
            options.Conventions.AuthorizeFolder("/Clients", Policies.ReadsIncidents);
            options.Conventions.AuthorizePage("/Clients/Create", Policies.LogsIncidents);
            options.Conventions.AuthorizeFolder("/Admin", Policies.ManagesUsers);
            options.Conventions.AuthorizeFolder("/Audit", Policies.ReadsAuditLog);
            options.Conventions.AuthorizeFolder("/Teams", Policies.SetsTeamClocks);
            options.Conventions.AllowAnonymousToPage("/Account/Login");
            options.Conventions.AllowAnonymousToPage("/Error");
        })
        .AddViewLocalization()
        .AddDataAnnotationsLocalization(AppLocalization.FromOuterClass)
        .AddMvcOptions(options =>
        {
            options.Filters.Add<ForbiddenExceptionPageFilter>();
            options.Filters.Add<UnsafeFormValuesPageFilter>();
            options.Filters.Add<FormErrorsPageFilter>();
            options.Filters.Add<ContractIncidentViewAudit>();
            options.ModelBinderProviders.Insert(0, new LineEndingsModelBinderProvider());
            options.ModelBinderProviders.Insert(0, new AmountModelBinderProvider());
        });
    builder.Services.AddBindingMessages();
    builder.AddAppHealthChecks();
    RequestLimits.Apply(builder);
    builder.AddTrustedProxies();
    HtmlCompression.Apply(builder);

    var app = builder.Build();
    if (MigrationCommand.IsRequested(args))
    {
        await MigrationCommand.RunAsync(app);
        return;
    }

    await DatabaseStartup.RunAsync(app.Services, app.Lifetime.ApplicationStopping);

    app.UseTrustedProxies();
    // Details of unexpected errors go to the log only; the person sees a request id to quote.
    app.UseErrorPages();
    app.UseStatusCodePagesWithReExecute("/Error");

    app.UseSerilogRequestLogging(options =>
        options.EnrichDiagnosticContext = (diagnostics, http) =>
        {
            diagnostics.Set("RequestId", http.TraceIdentifier);
            diagnostics.Set("UserId", http.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? "anonymous");
        });
    app.UseClientAbortedRequests();
    app.UseSecurityHeaders();
    app.UseHtmlCompression();
    app.UseFormsWithoutNul();
    app.UseRouting();
    app.UseOnlyPageMethods();
    app.UseSignInRateLimits();
    app.UseAuthentication();
    app.UseAppLocalization();
    app.UseAuthorization();

    // The stylesheets and scripts are public: the sign-in page needs them before anyone has signed in.
    app.MapStaticAssets().AllowAnonymous();
    app.MapRazorPages().WithStaticAssets();
    app.MapHealthEndpoints();

    app.Lifetime.ApplicationStarted.Register(() => StartupBanner.Print(app));
    await app.RunAsync();
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "PromiseKeeper stopped because of an error at startup");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point; public so the tests' WebApplicationFactory can start the app.</summary>
public partial class Program;
