using PromiseKeeper.Domain.Incidents;

namespace PromiseKeeper.Web.Data;

/// <summary>
/// The bytes of an uploaded evidence document, in their own table so that loading an incident
/// never drags files along; they are read only when someone downloads the document.
/// </summary>
public sealed class EvidenceDocumentContent
{
    public Guid EvidenceItemId { get; set; }

    public EvidenceItem Evidence { get; set; } = null!;

    public byte[] Bytes { get; set; } = [];
}
