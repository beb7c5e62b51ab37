using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;
using PromiseKeeper.Web.Figures;
using PromiseKeeper.Web.Tests.Fixtures;

namespace PromiseKeeper.Web.Tests.Clients;

/// <summary>Contacts and incident figures written straight to the database, for the client page's tests.</summary>
internal static class ClientTestData
{
    public static Task<int> AddContactAsync(this WebAppFixture app, int clientId, string name, bool active = true, string? title = null, string? email = null) =>
        app.WithDbAsync(async db =>
        {
            var contact = ClientContact.Add(clientId, ClientContact.Parse(name, title, email, null, null).OrThrow());
            contact.SetActive(active);
            db.ClientContacts.Add(contact);
            await db.SaveChangesAsync();
            return contact.Id;
        });

    /// <summary>The figures the figures helper's refresh would write (until it lands, tests write them).</summary>
    public static Task AddFiguresAsync(this WebAppFixture app, long incidentId, Severity severity, bool mistakeA = false, int mistakeCount = 0, int blameFindingsSent = 0) =>
        app.WithDbAsync(async db =>
        {
            db.Set<IncidentFigures>().Add(new IncidentFigures
            {
                IncidentId = incidentId,
                Severity = severity,
                MistakeA = mistakeA,
                MistakeCount = mistakeCount,
                BlameFindingsSent = blameFindingsSent,
                ComputedAt = app.Clock.GetUtcNow(),
            });
            await db.SaveChangesAsync();
        });
}
