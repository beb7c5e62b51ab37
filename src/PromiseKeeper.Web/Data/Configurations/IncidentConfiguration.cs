using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PromiseKeeper.Domain.Clients;
using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(i => i.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Team>().WithMany().HasForeignKey(i => i.TeamId).OnDelete(DeleteBehavior.Restrict);

        builder.Property(i => i.Summary).HasMaxLength(IncidentDetails.SummaryMaxLength);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Stage).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.ContactName).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(i => i.ClientSentence).HasMaxLength(ClientWording.SentenceMaxLength);
        builder.Property(i => i.Greeting).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.ContactTitle).HasMaxLength(ClientWording.ContactTitleMaxLength);
        builder.Property(i => i.ContactRole).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.Property(i => i.ContactEmail).HasMaxLength(IncidentDetails.EmailMaxLength);
        builder.Property(i => i.PromiseDescription).HasMaxLength(IncidentDetails.LongTextMaxLength);
        builder.Property(i => i.PromisedBy).HasMaxLength(IncidentDetails.NameMaxLength);
        builder.PrimitiveCollection(i => i.FormerOwnerNames).HasDefaultValueSql("'{}'");
        builder.Property(i => i.PromiseChannel).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.ContractReference).HasMaxLength(IncidentDetails.ContractReferenceMaxLength);
        builder.Property(i => i.ClientGoals).HasMaxLength(IncidentDetails.LongTextMaxLength);
        builder.Property(i => i.Fault).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.PersonalHarm).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.PersonalHarmNote).HasMaxLength(IncidentDetails.NoteMaxLength);
        builder.Property(i => i.FirstDisclosure).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.DraftsWrittenUnderFault).HasConversion<string>().HasMaxLength(40);

        builder.ComplexProperty(i => i.OurLossEstimate, money =>
        {
            money.Property(m => m.Amount).HasColumnName("OurLossAmount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName("OurLossCurrency").HasMaxLength(3).IsFixedLength();
        });
        builder.ComplexProperty(i => i.ClientClaimedLoss, money =>
        {
            money.Property(m => m.Amount).HasColumnName("ClientClaimedLossAmount").HasPrecision(18, 2);
            money.Property(m => m.Currency).HasColumnName("ClientClaimedLossCurrency").HasMaxLength(3).IsFixedLength();
        });

        builder.Property(i => i.PromiseReference).HasMaxLength(OriginDetails.ReferenceMaxLength);
        builder.Property(i => i.OriginFindings).HasMaxLength(OriginDetails.FindingsMaxLength);
        builder.Property(i => i.NotApplicableReason).HasMaxLength(Incident.NotApplicableReasonMaxLength);
        builder.Property(i => i.LegalReviewStatus).HasConversion<string>().HasMaxLength(20);

        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.Offer);
        builder.Ignore(i => i.ClientLanguage);
        builder.Ignore(i => i.AcknowledgementAdvice);
        builder.Ignore(i => i.LatestLegalReview);
        builder.Ignore(i => i.OpenCheckIns);

        // Each stage's one-off record lives in its own table, loaded with the incident.
        builder.OwnsOne(i => i.Call, call =>
        {
            call.ToTable("IncidentCalls");
            call.WithOwner().HasForeignKey("IncidentId");
            call.Property(c => c.Mode).HasConversion<string>().HasMaxLength(20);
            call.Property(c => c.TimeZoneId).HasMaxLength(100);
            call.Property(c => c.Channel).HasConversion<string>().HasMaxLength(20);
            call.Property(c => c.Attendees).HasMaxLength(CallDetails.AttendeesMaxLength);
            call.Property(c => c.MeetingLink).HasMaxLength(CallDetails.MeetingLinkMaxLength);
            call.Property(c => c.EmailedTo).HasMaxLength(CallDetails.AttendeesMaxLength);
            call.Ignore(c => c.Length);
            call.Property(c => c.RequestEmail).HasMaxLength(CallDetails.ClientTextMaxLength);
            call.Property(c => c.VoicemailScript).HasMaxLength(CallDetails.ClientTextMaxLength);
            call.Property(c => c.CallPlan).HasMaxLength(CallDetails.ClientTextMaxLength);
            call.Property(c => c.EmailInsteadReason).HasMaxLength(EmailInsteadDetails.ReasonMaxLength);
            call.Property(c => c.EmailInsteadMessage).HasMaxLength(CallDetails.ClientTextMaxLength);
        });
        builder.OwnsOne(i => i.Conversation, conversation =>
        {
            conversation.ToTable("IncidentConversations");
            conversation.WithOwner().HasForeignKey("IncidentId");
            conversation.Property(c => c.Notes).HasMaxLength(ConversationDetails.NotesMaxLength);
            conversation.Property(c => c.Agreed).HasMaxLength(ConversationDetails.AgreedMaxLength);
            conversation.Property(c => c.Acknowledgement).HasConversion<string>().HasMaxLength(30);
            conversation.Property(c => c.OfferResponse).HasConversion<string>().HasMaxLength(20);
            conversation.Property(c => c.ResponseNote).HasMaxLength(ConversationDetails.ResponseNoteMaxLength);
        });
        builder.OwnsOne(i => i.Recap, recap =>
        {
            recap.ToTable("IncidentRecaps");
            recap.WithOwner().HasForeignKey("IncidentId");
            recap.Property(r => r.Text).HasMaxLength(Incident.RecapMaxLength);
            recap.Property(r => r.SentByName).HasMaxLength(200);
        });
        builder.OwnsOne(i => i.Retro, retro =>
        {
            retro.ToTable("IncidentRetros");
            retro.WithOwner().HasForeignKey("IncidentId");
            retro.Property(r => r.WhatHappened).HasMaxLength(RetroDetails.TextMaxLength);
            retro.Property(r => r.RootCauseCategory).HasConversion<string>().HasMaxLength(40);
            retro.Property(r => r.RootCause).HasMaxLength(RetroDetails.TextMaxLength);
            retro.Property(r => r.LessonsLearned).HasMaxLength(RetroDetails.TextMaxLength);
            retro.Property(r => r.SubmittedByName).HasMaxLength(200);
            retro.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            retro.Property(r => r.ReviewComments).HasMaxLength(Retro.ReviewCommentsMaxLength);
            retro.Property(r => r.ReviewedByName).HasMaxLength(200);
            // The team leads' queue: submitted retros waiting for a decision.
            retro.HasIndex(r => r.Status).HasFilter($"\"Status\" = '{nameof(RetroReviewStatus.Submitted)}'");
            // The account manager's home page: retros sent back to them, oldest decision first.
            retro.HasIndex(r => r.ReviewedAt, "IX_IncidentRetros_SentBack").HasFilter($"\"Status\" = '{nameof(RetroReviewStatus.SentBack)}'");
        });

        builder.HasMany(i => i.Evidence).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Options).WithOne().HasForeignKey(o => o.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.CheckIns).WithOne().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.PreventionMeasures).WithOne().HasForeignKey(m => m.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.BlameFindings).WithOne().HasForeignKey(f => f.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.LegalReviews).WithOne().HasForeignKey(r => r.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.FieldHistory).WithOne().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Cascade);
        foreach (var collection in new[] { nameof(Incident.Evidence), nameof(Incident.Options), nameof(Incident.CheckIns), nameof(Incident.PreventionMeasures), nameof(Incident.BlameFindings), nameof(Incident.LegalReviews), nameof(Incident.FieldHistory) })
        {
            builder.Navigation(collection).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasMany(i => i.Timeline).WithOne().HasForeignKey(e => e.IncidentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);

        // The list is sorted newest discovery first (DiscoveredAt, Id) and paged by that key; each
        // index leads with the column the list filters on most. PostgreSQL scans them backwards for DESC.
        builder.HasIndex(i => new { i.OwnerId, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.TeamId, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.ClientId, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.Stage, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.DiscoveredAt, i.Id });
        // Every filter combination of the list reads one of these in keyset order; a filter that is not in
        // the index's prefix may only throw away a few rows per kept one (kind: 7 of 8, stage: 15 of 16).
        // Client is too selective for that, so it always leads or follows the owner; an account manager's
        // list leads with the owner; legal's list (contract-linked only) has its own, smaller, kind indexes.
        // The plans for each combination: docs/adr/0013-cheap-rendering-and-database-settings.md.
        builder.HasIndex(i => new { i.OwnerId, i.Stage, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.OwnerId, i.ClientId, i.DiscoveredAt, i.Id });
        builder.HasIndex(i => new { i.ClientId, i.Stage, i.DiscoveredAt, i.Id });
        const string contractLinked = "\"ContractReference\" IS NOT NULL";
        builder.HasIndex(i => new { i.Kind, i.DiscoveredAt, i.Id }, "IX_Incidents_ContractLinked_Kind_DiscoveredAt_Id")
            .HasFilter(contractLinked);
        builder.HasIndex(i => new { i.Stage, i.Kind, i.DiscoveredAt, i.Id }, "IX_Incidents_ContractLinked_Stage_Kind_DiscoveredAt_Id")
            .HasFilter(contractLinked);
        builder.HasIndex(i => new { i.ClientId, i.Kind, i.DiscoveredAt, i.Id }, "IX_Incidents_ContractLinked_ClientId_Kind_DiscoveredAt_Id")
            .HasFilter(contractLinked);

        // Open incidents per client (the clients list); most incidents end up closed, so this stays small.
        // Legal's queue, longest waiting first.
        builder.HasIndex(i => i.LegalReviewRequestedAt, "IX_Incidents_AwaitingLegal")
            .HasFilter($"\"LegalReviewStatus\" = '{nameof(LegalReviewStatus.Awaiting)}'");

        // The account manager's home page: incidents where legal asked for changes.
        builder.HasIndex(i => i.OwnerId, "IX_Incidents_LegalChangesAsked")
            .HasFilter($"\"LegalReviewStatus\" = '{nameof(LegalReviewStatus.ChangesRequired)}'");

        // The clients list's open incidents per client, counted from the index alone for an account manager (OwnerId), a
        // team lead (TeamId or OwnerId) and the head of customer success (all): 2.3 s for 50 clients at a million incidents
        // when the team had to be read from each row.
        builder.HasIndex(i => new { i.ClientId, i.OwnerId }, "IX_Incidents_Open_ClientId_OwnerId")
            .IncludeProperties(i => i.TeamId)
            .HasFilter($"\"Stage\" <> '{nameof(PlaybookStage.Closed)}' AND \"Stage\" <> '{nameof(PlaybookStage.NotApplicable)}'");

        // The emotional bank account's deposits for well-handled incidents, read by day of closing (Figures/ClientBankDaysSql).
        builder.HasIndex(i => new { i.ClientId, i.FinishedAt }, "IX_Incidents_Closed_ClientId_FinishedAt")
            .HasFilter($"\"Stage\" = '{nameof(PlaybookStage.Closed)}'");

        // The dashboard's open incidents on the UTC days its age limits cut (Pages/Dashboard/DashboardSql), counted from the
        // index alone; without it the planner, not knowing the days' ranges, read a whole index per day (55 ms each).
        builder.HasIndex(i => i.DiscoveredAt, "IX_Incidents_Open_DiscoveredAt")
            .IncludeProperties(i => new { i.Stage, i.TeamId })
            .HasFilter($"\"Stage\" <> '{nameof(PlaybookStage.Closed)}' AND \"Stage\" <> '{nameof(PlaybookStage.NotApplicable)}'");

        // The home page ("waiting on me", Pages/Home/WaitingWorkSql): open incidents per account manager and per team.
        builder.HasIndex(i => new { i.OwnerId, i.DiscoveredAt, i.Id }, "IX_Incidents_Open_OwnerId_DiscoveredAt_Id")
            .HasFilter($"\"Stage\" <> '{nameof(PlaybookStage.Closed)}' AND \"Stage\" <> '{nameof(PlaybookStage.NotApplicable)}'");
        builder.HasIndex(i => new { i.TeamId, i.DiscoveredAt, i.Id }, "IX_Incidents_Open_TeamId_DiscoveredAt_Id")
            .HasFilter($"\"Stage\" <> '{nameof(PlaybookStage.Closed)}' AND \"Stage\" <> '{nameof(PlaybookStage.NotApplicable)}'");
    }
}
