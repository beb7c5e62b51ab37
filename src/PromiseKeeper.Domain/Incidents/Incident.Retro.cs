using System.Globalization;
using System.Text;

namespace PromiseKeeper.Domain.Incidents;

// Stage 6: the internal retro with prevention measures.
public sealed partial class Incident
{
    private const string RetroAction = "work on the retro";

    public Retro? Retro { get; private set; }

    /// <summary>The timeline as plain lines, oldest first: the starting point of "what happened".</summary>
    public string SummariseTimeline()
    {
        var text = new StringBuilder();
        foreach (var entry in _timeline.OrderBy(e => e.OccurredAt))
        {
            text.Append(CultureInfo.InvariantCulture, $"{entry.OccurredAt:yyyy-MM-dd}  {entry.Description}\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <exception cref="DomainException">Outside the retro stage, after it was submitted, or when a field rule is broken.</exception>
    public void SaveRetro(RetroDetails details, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        var violations = details.Check();
        if (violations.Count > 0)
        {
            throw new DomainException(violations);
        }

        Retro ??= new Retro();
        Retro.Update(details);
        Record(actor, now, "Saved the retro.");
    }

    /// <exception cref="DomainException">Outside the retro stage, after it was submitted, or when a field rule is broken.</exception>
    public PreventionMeasure AddPreventionMeasure(string? description, string? owner, DateOnly? dueOn, Actor actor, DateTimeOffset now)
    {
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        var check = new RuleCheck();
        check.RequireText("Description", description, PreventionMeasure.DescriptionMaxLength, "Describe the measure so anyone can tell whether it was done.");
        check.RequireText("Owner", owner, IncidentDetails.NameMaxLength, "Every measure needs an owner: who will make it happen?");
        if (dueOn is null)
        {
            check.Add("DueOn", "Every measure needs a due date.");
        }
        else if (dueOn < DateOnly.FromDateTime(now.UtcDateTime))
        {
            check.Add("DueOn", "The due date is in the past; choose a realistic date from today on.");
        }

        check.ThrowIfAny();

        var measure = PreventionMeasure.Create(description!.Trim(), owner!.Trim(), dueOn!.Value);
        _preventionMeasures.Add(measure);
        Record(actor, now, $"Added a prevention measure: {measure.Description} (owner {measure.Owner}, due {Day(measure.DueOn)}).");
        return measure;
    }

    /// <summary>Moves a measure on. Measures are tracked to done even after the incident is closed.</summary>
    /// <exception cref="DomainException">For an unknown measure or status, or on an incident marked not applicable.</exception>
    public void SetMeasureStatus(Guid measureId, MeasureStatus status, Actor actor, DateTimeOffset now)
    {
        if (Stage == PlaybookStage.NotApplicable)
        {
            throw new DomainException("This incident is marked as not applicable; it has no prevention measures to track.");
        }

        if (!Enum.IsDefined(status))
        {
            throw new DomainException("Choose a status for the measure.");
        }

        var measure = _preventionMeasures.FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainException("That measure is not part of this incident; reload the page to see the current ones.");
        if (measure.Status == status)
        {
            return;
        }

        measure.SetStatus(status);
        Record(actor, now, $"Prevention measure \"{measure.Description}\" is now {StatusName(status)}.");
    }

    /// <summary>Submits the retro: it needs every field and at least one prevention measure.</summary>
    /// <exception cref="DomainException">When the retro is incomplete or already submitted.</exception>
    public void SubmitRetro(Actor actor, DateTimeOffset now)
    {
        RequireStage(RetroAction, PlaybookStage.InternalRetro);
        RequireRetroNotSubmitted();
        if (Retro is null)
        {
            throw new DomainException("Write and save the retro before submitting it.");
        }

        if (_preventionMeasures.Count == 0)
        {
            throw new DomainException("Add at least one prevention measure with an owner and a due date before submitting the retro.");
        }

        Retro.Submit(actor, now);
        Record(actor, now, $"Submitted the retro with {_preventionMeasures.Count} prevention measure(s).");
    }

    private void RequireRetroNotSubmitted()
    {
        if (Retro is { IsSubmitted: true })
        {
            throw new DomainException("The retro has been submitted and can no longer be changed. Prevention measures can still be moved on to done.");
        }
    }

    private static string StatusName(MeasureStatus status) => status switch
    {
        MeasureStatus.Planned => "planned",
        MeasureStatus.InProgress => "in progress",
        _ => "done",
    };
}
